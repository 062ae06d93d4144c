import { lexicon } from '../../language/lexicon';
import { anyOf, anyPhrase } from '../../language/patterns';
import type { PassageWanted } from '../../nlu/intents';
import type { Passage } from './passage-index';
import type { SearchSlot } from './passage-query';
import { countedAt, datedAt, find, held, namesOtherArea, type Reading } from './passage-reading';
import { dateStrength, frequencyAt, holdersIn, holdsWanted, namesPerson } from './passage-wanted';
import { nameTermsOnce } from '../../nlu/text';

/**
 * How well one passage answers a question: which of the question's words it holds, where (its own
 * text, its section heading, its document, the passages beside it), how close together, and whether
 * it holds the kind of thing asked for (a figure, a date, a reason, a rating) near them.
 */
export interface PassageScore {
  passage: Passage;
  score: number;
  /** Weighted share of the question's subject words the passage holds, wherever (0-1). */
  coverage: number;
  /** The same share, counting the passage's own text only. */
  textShare: number;
  /** The same share, counting its text and its section's heading: what the section itself holds. */
  sectionShare: number;
  /** Subject words held nowhere in or around the passage. */
  missing: number;
  /** The places, years and topic the question names are held where they must be. */
  requiredHeld: boolean;
  /** The thing asked for (a figure, a date...) is in the sentences where the words are. */
  fits: boolean;
  /** The sentences that match best (first and last index). */
  best: [number, number];
  /** The one sentence (or table row) holding most of the question. */
  focus: number;
  /** What was asked for stands with what it is about: a figure just before what is counted ("five care leavers"), a date beside what is dated. */
  attached: boolean;
  /** The passage's sentences (or table rows). */
  sentences: string[];
  /** It opens a section whose heading the question names whole: the section answers. */
  titled: boolean;
  /** For "who" a post: its best sentences name someone just beside the post (by title and name, or by name and post). */
  namesSomeone: boolean;
}

/** What the question asks for, beyond its words. */
export interface Asked {
  wanted?: PassageWanted;
  tense?: 'past' | 'future';
  /** A page is asked for ("which page..."): a table of contents answers it, and nothing else. */
  pages?: boolean;
  /** A share is asked ("what %"): the figure must be a percentage. */
  share?: boolean;
  /** "Who chairs...": the slots naming the post asked about (answers.json `person.posts`). */
  posts?: number[];
}

/** A table of contents (answers.json `listings.contents`): where things are, not what they say. */
const contentsHeading = new RegExp(`^${anyOf(lexicon.answers.listings.contents)}$`, 'i');

/** Credit for a word found in the section heading, beside the passage, or in its document (council, title, item). */
const IN_HEADING = 0.85;
const BESIDE = 0.5;
/** Credit for a word in the numbered headings a section sits under ("2. Court disposals"): where it sits, as its document says. */
export const IN_OUTLINE = 0.6;
/**
 * Credit for a word in the sentence a list's items hang from: "the support these groups gave
 * included:" and "- 150 prescriptions collected" are one statement, cut in two by the layout.
 */
const IN_LEAD_IN = 1;
const IN_CONTEXT = 0.6;
/** What standing side by side adds: enough to choose between passages holding the same words. */
const COMPACT = 0.06;
/** A window holding what is asked for (a date for "when") counts as holding this share more of the question. */
const WANTED_IN_WINDOW = 0.3;
/** What a passage in the future tense loses against a question in the past tense. */
const TENSE = 0.06;
/**
 * What naming a person by title and name adds for "who": more than the answer's tie (0.03), as a
 * role or body written bare ("Open Road, which provides...") is as good an answer and adds nothing.
 */
const NAMED = 0.04;
/** What leading into a list adds when a list is asked for: enough to stand clear of the answer's tie (0.03). */
const LISTED = 0.06;
const future = anyPhrase(lexicon.answers.future, 'i');
/** A figure that is a share: "62%", "62 per cent", "Nineteen per cent", "sixty-two percent" (answers.json `percent`, `numbers`, `counts`). */
const percentage = new RegExp(
  `\\d\\s?%|(?:\\d|\\b${anyOf([...lexicon.answers.numbers, ...lexicon.answers.counts])}(?:-[a-z]+)?)\\s+${anyOf(lexicon.answers.percent)}\\b`,
  'i',
);

/**
 * How tightly the question's words sit together in the passage: the number of different slots held,
 * over the fewest consecutive words holding one of each (1 when they stand side by side).
 */
export function compactness(hits: { pos: number; slot: number }[]): number {
  const kinds = new Set(hits.map((h) => h.slot)).size;
  if (kinds <= 1) return 1;
  const sorted = [...hits].sort((a, b) => a.pos - b.pos);
  const count = new Map<number, number>();
  let best = Infinity;
  let left = 0;
  for (const hit of sorted) {
    count.set(hit.slot, (count.get(hit.slot) ?? 0) + 1);
    while (count.size === kinds) {
      const first = sorted[left]!;
      best = Math.min(best, hit.pos - first.pos + 1);
      const n = count.get(first.slot)! - 1;
      if (n === 0) count.delete(first.slot);
      else count.set(first.slot, n);
      left += 1;
    }
  }
  return Math.min(1, kinds / best);
}

/**
 * A question's slots' credits in one word map that many passages share (a section heading, the
 * numbered outline, a document's context: see `shared` in passage-reading.ts), each slot's worked out
 * when first asked for (-1 until then). Kept per question (its slots): the ~150 passages a question
 * looks at sit under far fewer headings and documents, and each asked for them slot by slot.
 */
function sharedCredits(slots: SearchSlot[], map: Map<string, number[]>): number[] {
  let byMap = sharedKnown.get(slots);
  if (!byMap) sharedKnown.set(slots, (byMap = new Map()));
  let known = byMap.get(map);
  if (!known) byMap.set(map, (known = new Array<number>(slots.length).fill(-1)));
  return known;
}
const sharedKnown = new WeakMap<SearchSlot[], Map<Map<string, number[]>, number[]>>();

/** Slot `n`'s credit in a shared word map, from `known` (sharedCredits) or worked out and kept there. */
function creditIn(known: number[], map: Map<string, number[]>, slots: SearchSlot[], n: number): number {
  let credit = known[n]!;
  if (credit < 0) known[n] = credit = held(map, slots[n]!).credit;
  return credit;
}

/**
 * Whether slot `n` is held in the passage's heading, or, for a year or day, in the headings above it: the
 * section's or part's ("Minutes of the meeting ... on Monday 15 July 2019").
 */
function heldAbove(reading: Reading, slots: SearchSlot[], n: number): boolean {
  if (creditIn(sharedCredits(slots, reading.heading), reading.heading, slots, n) > 0) return true;
  return slots[n]!.role === 'figure' && creditIn(sharedCredits(slots, reading.outline), reading.outline, slots, n) > 0;
}

/**
 * Whether the question names the section's heading whole: each of its words is one of the question's
 * ("views of staff", "what are the risks to achieving and sustaining improvement"). The section is
 * then what was asked for, and its first passage stands for it.
 */
export function namesHeading(slots: SearchSlot[], heading: Map<string, number[]>): boolean {
  let byHeading = namedKnown.get(slots);
  if (!byHeading) namedKnown.set(slots, (byHeading = new Map()));
  let named = byHeading.get(heading);
  if (named === undefined) {
    const covered = new Set<string>();
    for (const slot of slots) for (const form of slot.forms) if (find(heading, form).length > 0) for (const t of form.terms) covered.add(t);
    const words = [...heading.keys()].filter((t) => !/\d/.test(t));
    named = words.length >= NAMED_WORDS && words.every((t) => covered.has(t));
    byHeading.set(heading, named);
  }
  return named;
}
/** Words a heading named whole holds: one word ("Background", "Caseload") names a kind of section, not one. */
const NAMED_WORDS = 2;
const namedKnown = new WeakMap<SearchSlot[], Map<Map<string, number[]>, boolean>>();

/**
 * A section named by its heading answers the question only where the question's other words are its
 * own: in its text or its heading, or its document and agenda item ("the commissioner" of a
 * commissioner's report), not only in headings carried over from the section before it.
 */
function restHeldIn(reading: Reading, slots: SearchSlot[], found: { section: number }[]): boolean {
  const context = sharedCredits(slots, reading.context);
  return slots.every((slot, n) => slot.role === 'steer' || slot.weak || found[n]!.section > 0 || creditIn(context, reading.context, slots, n) > 0);
}

/** The credit each slot earns in the passage's own text, and anywhere in or around it. */
function credits(areas: string[][], reading: Reading, slots: SearchSlot[], beside: () => Reading[], leadIn: () => Map<string, number[]> | undefined, titled: boolean) {
  const heading = sharedCredits(slots, reading.heading);
  // The first passage of a section the question names: its heading's words are the question's own.
  const inHeading = titled ? 1 : IN_HEADING;
  const outline = sharedCredits(slots, reading.outline);
  const context = sharedCredits(slots, reading.context);
  return slots.map((slot, n) => {
    const own = held(reading.positions, slot);
    if (slot.role === 'steer') return { own, credit: own.credit, section: own.credit };
    let credit = own.credit;
    if (credit < 1) credit = Math.max(credit, inHeading * creditIn(heading, reading.heading, slots, n));
    if (credit < IN_OUTLINE) credit = Math.max(credit, IN_OUTLINE * creditIn(outline, reading.outline, slots, n));
    if (credit < IN_LEAD_IN) {
      const lead = leadIn();
      if (lead) credit = Math.max(credit, IN_LEAD_IN * held(lead, slot).credit);
    }
    if (credit < BESIDE) for (const b of beside()) credit = Math.max(credit, BESIDE * held(b.positions, slot).credit);
    // The document's council stands for a place only when the passage is not about another one ("...in Shropshire").
    if (credit < IN_CONTEXT) {
      const inContext = IN_CONTEXT * creditIn(context, reading.context, slots, n);
      // Asked only when the document would add credit: looking for every other area is the costly part.
      if (inContext > credit && !(slot.role === 'place' && namesOtherArea(areas, slot, [reading.positions, reading.heading, reading.outline, ...beside().map((b) => b.positions)])))
        credit = inContext;
    }
    return { own, credit, section: Math.max(own.credit, creditIn(heading, reading.heading, slots, n)) };
  });
}

/**
 * Whether sentences `from` to `to` of a reading hold what is asked for, remembered with the reading:
 * question after question looks at the same windows, and joining them to look up the text each time
 * cost more than the look-up saved.
 */
function windowHolds(reading: Reading, wanted: PassageWanted, from: number, to: number): boolean {
  let byWanted = windowMemo.get(reading);
  if (!byWanted) windowMemo.set(reading, (byWanted = new Map()));
  let memo = byWanted.get(wanted);
  if (!memo) byWanted.set(wanted, (memo = new Map()));
  // A number, not a string, as the key: no key is built and hashed per sentence looked at.
  const key = from * WINDOW_KEY + to;
  let holds = memo.get(key);
  // A list is led into at the end of a sentence, so its sentences stay on lines of their own.
  if (holds === undefined) memo.set(key, (holds = holdsWanted(wanted, reading.sentences.slice(from, to + 1).join(wanted === 'list' ? '\n' : ' '))));
  return holds;
}
const windowMemo = new WeakMap<Reading, Map<PassageWanted, Map<number, boolean>>>();
/** More sentences than any passage holds (windows end at most one past the last sentence). */
const WINDOW_KEY = 1 << 20;

/**
 * The weight of the slots held in one or two sentences, each slot once, summed in the order first met.
 * A function of its own, not a closure in scorePassage: that ran once per passage looked at.
 */
function sentenceWeight(
  perSentence: Map<number, Set<number>>,
  slots: SearchSlot[],
  found: { own: { credit: number } }[],
  first: number,
  second = first,
): number {
  const a = perSentence.get(first);
  const b = second === first ? undefined : perSentence.get(second);
  let w = 0;
  if (a) for (const n of a) w += slots[n]!.weight * found[n]!.own.credit;
  if (b) for (const n of b) if (!a?.has(n)) w += slots[n]!.weight * found[n]!.own.credit;
  return w;
}

/**
 * Where each slot's words stand in sentences `from` to `to`, slot by slot. Positions ascend, and so do
 * their sentences: a slot's walk stops past the window rather than filtering every position it holds.
 */
function hitsWithin(reading: Reading, slots: SearchSlot[], found: { own: { at: number[] } }[], [from, to]: [number, number]): { pos: number; slot: number }[] {
  const hits: { pos: number; slot: number }[] = [];
  slots.forEach((slot, n) => {
    if (slot.role === 'steer') return;
    for (const pos of found[n]!.own.at) {
      const s = reading.sentenceOf[pos]!;
      if (s > to) break;
      if (s >= from) hits.push({ pos, slot: n });
    }
  });
  return hits;
}

/** The position among the reading's words of sentence `s`'s character `index` (words counted as the reading counts them). */
const wordAt = (reading: Reading, s: number, index: number) => reading.sentenceOf.indexOf(s) + nameTermsOnce(reading.sentences[s]!.slice(0, index)).length;

/** Words between what is asked about and how often it is said to happen. */
const SAID_NEAR = 8;

/** Whether a frequency is said within SAID_NEAR words of a subject word of the question, in or beside the best sentences. */
function frequencyNear(reading: Reading, slots: SearchSlot[], found: { own: { at: number[] } }[], [from, to]: [number, number]): boolean {
  for (let s = Math.max(0, from - 1); s <= Math.min(to + 1, reading.sentences.length - 1); s += 1) {
    const sentence = reading.sentences[s]!;
    const index = frequencyAt(sentence);
    if (index < 0) continue;
    const at = wordAt(reading, s, index);
    if (slots.some((slot, n) => slot.role === 'subject' && !slot.weak && found[n]!.own.at.some((p) => Math.abs(p - at) <= SAID_NEAR))) return true;
  }
  return false;
}

/** Words (not counting stopwords) between the post asked about and where its holder's name starts: "chaired by Lucy Butler", "Lucy Butler (Independent Chair)". */
const HOLDER_BEFORE = 3;
const HOLDER_AFTER = 4;

/** Whether sentences `from` to `to` name someone just beside a word of the post asked about: that post's holder, not anyone named. */
function holderBeside(reading: Reading, found: { own: { at: number[] } }[], [from, to]: [number, number], posts: number[]): boolean {
  for (let s = from; s <= to; s += 1) {
    const sentence = reading.sentences[s]!;
    for (const index of holdersIn(sentence)) {
      const at = wordAt(reading, s, index);
      if (posts.some((n) => found[n]?.own.at.some((p) => p >= at - HOLDER_BEFORE && p <= at + HOLDER_AFTER))) return true;
    }
  }
  return false;
}

const windowText = (reading: Reading, [from, to]: [number, number]) => reading.sentences.slice(from, to + 1).join(' ');

/** Scores a passage; `around` gives the readings of the passages beside it in the same section (read only if needed). */
export function scorePassage(
  areas: string[][],
  passage: Passage,
  reading: Reading,
  slots: SearchSlot[],
  ask: Asked,
  around: () => Reading[],
  leadIn: () => Map<string, number[]> | undefined = () => undefined,
): PassageScore {
  let besideReadings: Reading[] | undefined;
  const titled = reading.opensSection && namesHeading(slots, reading.heading);
  const found = credits(areas, reading, slots, () => (besideReadings ??= around()), leadIn, titled);
  let total = 0;
  let got = 0;
  let inText = 0;
  let inSection = 0;
  let missing = 0;
  let requiredHeld = true;
  let steer = 0;
  // Sentence -> the slots its words hold (by index), for how close together the words are.
  const perSentence = new Map<number, Set<number>>();
  slots.forEach((slot, n) => {
    const { own, credit } = found[n]!;
    if (slot.role === 'steer') {
      if (own.credit > 0) steer += 1;
      return;
    }
    total += slot.weight;
    got += slot.weight * credit;
    inText += slot.weight * own.credit;
    inSection += slot.weight * found[n]!.section;
    if (credit === 0) missing += 1;
    // A place must be the passage's or its document's; a year, or what is asked of a record ("actions"),
    // must be in the passage or its heading (a year also in the headings above); a topic in the passage.
    if (slot.role === 'place' && credit === 0) requiredHeld = false;
    if (slot.topic && own.credit === 0) requiredHeld = false;
    if ((slot.role === 'figure' || slot.held) && own.credit === 0 && !heldAbove(reading, slots, n)) requiredHeld = false;
    for (const p of own.at) {
      const s = reading.sentenceOf[p]!;
      perSentence.set(s, (perSentence.get(s) ?? new Set()).add(n));
    }
  });
  if (!ask.pages && contentsHeading.test(passage.heading.trim())) requiredHeld = false;
  // The two neighbouring sentences holding the most of the question, and what it asks for: where the answer is.
  let best: [number, number] = [0, Math.min(1, reading.sentences.length - 1)];
  let bestWeight = -1;
  let bestRank = -1;
  for (let s = 0; s < reading.sentences.length; s += 1) {
    const weight = perSentence.has(s) || perSentence.has(s + 1) ? sentenceWeight(perSentence, slots, found, s, s + 1) : 0;
    const holds = ask.wanted && weight > 0 && windowHolds(reading, ask.wanted, s, s + 1);
    const rank = weight + (holds ? WANTED_IN_WINDOW * total : 0);
    if (rank > bestRank) [bestRank, bestWeight, best] = [rank, weight, [s, Math.min(s + 1, reading.sentences.length - 1)]];
  }
  // What was asked for is in the matching sentences or just before or after them (a share, as a percentage).
  const window: [number, number] = [Math.max(0, best[0] - 1), best[1] + 1];
  const holds = !!ask.wanted && windowHolds(reading, ask.wanted, ...window) && (!ask.share || percentage.test(windowText(reading, window)));
  // A name is often written bare ("Author: Jo Bloggs"), which no pattern tells from other words: a
  // person only ranks a passage higher, and its absence does not rule one out.
  // How often is said of what the question names, a few words from it ("the Management Board meets
  // every two months"), not of another body in a long sentence that also names it.
  const said = ask.wanted === 'frequency' ? holds && frequencyNear(reading, slots, found, best) : holds;
  // A list may also be written inline ("five priorities: a, b, ..."), so leading into one only ranks a passage higher.
  const fits = !ask.wanted || ask.wanted === 'person' || ask.wanted === 'list' || said;
  // "How many care leavers": a figure just before "care leavers" (or beside it in a table row) is what was asked for.
  let attached = slots.some((slot) => slot.focus && (ask.wanted === 'date' ? datedAt(reading, slot) : countedAt(reading, slot)));
  // "How many times...", "how much each year": what is counted is a general word, not the papers' own, and
  // its absence says nothing; a figure where the question's words are is what was asked for.
  const counted = slots.some((slot) => slot.focus);
  if (!attached && holds && counted && slots.every((slot, n) => !slot.focus || (slot.weak && found[n]!.own.credit === 0))) attached = true;
  let kind = holds ? 0.04 : 0;
  if (ask.wanted === 'number' && attached) kind += 0.08;
  // The matching sentences' text, joined only when a date, a person or the tense is asked about.
  if (ask.wanted === 'date') kind += 0.02 * dateStrength(windowText(reading, best));
  // "Who is the commissioner": a sentence naming her ("...is Mrs Eleanor Brazil") over those naming only the role.
  // The text is joined only when a person is asked for.
  const namesSomeone = ask.wanted === 'person' && !!ask.posts?.length && holderBeside(reading, found, best, ask.posts);
  if (ask.wanted === 'person' && (namesSomeone || namesPerson(windowText(reading, best)))) kind += NAMED;
  // "What 3 areas did HMIP rate": the sentence the areas are listed under, over those only naming them.
  if (ask.wanted === 'list' && holds) kind += LISTED;
  // "When was it signed off" is not answered by what "will be" done.
  if (ask.tense === 'past' && future.test(windowText(reading, best))) kind -= TENSE;
  const hits = hitsWithin(reading, slots, found, best);
  const coverage = total > 0 ? got / total : 0;
  // The words its section's heading holds stand together as the section's title: held beside every sentence of it.
  const viaHeading = inSection - inText;
  const proximity = inSection > 0 ? Math.min(1, (Math.max(0, bestWeight) + viaHeading) / inSection) : 0;
  const score = coverage * (0.8 + 0.2 * proximity) + kind + Math.min(0.04, 0.02 * steer) + COMPACT * compactness(hits);
  let focus = sentenceWeight(perSentence, slots, found, best[1]) > sentenceWeight(perSentence, slots, found, best[0]) ? best[1] : best[0];
  // "How often", "how long": the headline is the sentence saying it, when only the other one of the pair does.
  if ((ask.wanted === 'frequency' || ask.wanted === 'duration') && best[0] !== best[1]) {
    const other = focus === best[0] ? best[1] : best[0];
    if (!windowHolds(reading, ask.wanted, focus, focus) && windowHolds(reading, ask.wanted, other, other)) focus = other;
  }
  // "What % of the youth population is BME": the headline is the sentence giving the share, when it
  // follows the one naming what it is a share of ("...a youth population of 27,033. Of this, 12.9 per
  // cent..."; a table's heading row, then its rows).
  if (ask.share && focus === best[0] && best[1] !== focus) {
    if (!percentage.test(reading.sentences[focus] ?? '') && percentage.test(reading.sentences[best[1]] ?? '')) focus = best[1];
  }
  return { passage, score, coverage, textShare: total > 0 ? inText / total : 0, sectionShare: total > 0 ? inSection / total : 0, missing, requiredHeld, fits, best, focus, attached, sentences: reading.sentences, titled: titled && restHeldIn(reading, slots, found), namesSomeone };
}
