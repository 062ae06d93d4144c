import type { CueTag } from './cues';
import type { Intent, PassageSlot, PassageWanted } from './intents';
import { otherPlace } from './places';
import type { Slot } from './query';
import { type ReadContext, slotCues } from './reading';
import { rawTokens, stem } from './text';
import { isGeneralWord } from '../language/general-words';
import { lexicon } from '../language/lexicon';
import { anyOf, anyPhrase, escapePhrase } from '../language/patterns';
import { periodWords, timeUnitWords } from '../language/period-words';
import { plainWords } from '../language/plain-words';
import { writtenOut } from '../language/contractions';
import { questionWords } from '../language/question-words';

/**
 * A question no catalogue reading answers, put to the papers: its words with their other ways of
 * saying them, what each word does (names the subject, a place, a year; or steers), and what kind of
 * thing is wanted. Pure: the search itself is src/services/ask.
 */

// The words are data (src/language/data/questions.json): what each does, and what kind of answer they ask for.
const { passage: roles, wanted: asked, tense: tenses } = questionWords;
/** Words that ask for the papers rather than name a subject ("what did the report say about..."). */
const asking = new Set(roles.asking.map(stem));
const auxiliaries = new Set(roles.auxiliaries);
const aboutWords = new Set(roles.about);
const dated = new Set(roles.dated);

/** Questions about a date something is due or a figure's target: the papers' prose rarely answers them. */
const strictCues = ['due', 'target'] as const;
/**
 * Questions about actions, their lead, progress or lateness: the papers answer them only where they use
 * the word (or one of its synonyms) themselves, so the passage must hold it. (Words of comparison,
 * "national", "compared", only steer: requiring them chose worse passages, dev 3 wrong figures more.)
 */
const heldCues: readonly CueTag[] = ['action', 'lead', 'update', 'late'];
/** Unless the question asks for the kind of thing that answers them: who leads (a person), when it is due (a date). */
const answerable: Partial<Record<CueTag, PassageWanted>> = { lead: 'person', due: 'date' };

/** A year or amount ("2022", "2021/22", "19" of "2018-19"): a passage must hold it. Single digits are ordinary words. */
const isFigure = (slot: Slot) => slot.terms.length === 1 && /^\d[\d/.]*$/.test(slot.terms[0]!) && slot.terms[0]!.replace(/\D/g, '').length >= 2;

/** "Who", "whose", "whom" (the grammar's person words): a person or body is wanted. */
const asksWho = new RegExp(`\\b(?:${lexicon.grammar.answerTypes.person.join('|')})\\b`);
const { number, rating, money } = asked;
/** "How many", "what is the total ...", "what percentage", "number of", "total", "%". */
const numberAsked = new RegExp(
  [
    `\\bhow ${anyOf(number.how)}\\b`,
    `\\bwhat (is|was|are|were) (the )?([\\w'’]+ ){0,3}${anyOf(number.whatIs)}s?\\b`,
    `\\bwhat ${anyOf(number.what)}\\b`,
    `\\b${anyOf(number.of)} of\\b`,
    `\\b${anyOf(number.alone)}\\b`,
    '%',
  ].join('|'),
);
/** "How often" (questions.json `wanted.frequency`). */
export const frequencyAsked = anyPhrase(asked.frequency);
const durationAsked = anyPhrase(asked.duration);
const sharingAsked = new RegExp(`%|${anyPhrase(number.what).source}`);
const ratingAsked = anyPhrase(rating.words);
const judgementAsked = anyPhrase(rating.judgements);
const inspectionNamed = anyPhrase(rating.inspections);
const dateAsked = anyPhrase(asked.date);
const dateOpens = new Set(asked.dateOpens);
/** "When" after a word that does not open a clause joins two ("who did they consult when designing it"): it asks nothing. */
const withoutJoiningWhen = (q: string) => withoutWhenClause(q.replace(/([a-z'’]+)\s+when\b/g, (all, before: string) => (dateOpens.has(before) ? all : before)));
/**
 * "When the PPE supply chains failed, who led the procurement": "when" before the subject of a clause
 * ("the", "we"), with a question after it (a later "who", "what", "how"...), sets the scene and asks
 * nothing; "when exactly did..." and "when and where..." still ask when (questions.json `sceneSetting`).
 */
const { sceneSetting } = asked;
const whenClause = new RegExp(`\\bwhen\\s+(?=${anyOf(sceneSetting.subjects)}\\b)(?=.*\\b${anyOf(sceneSetting.questions)}\\b)`, 'g');
const withoutWhenClause = (q: string) => q.replace(whenClause, '');
const reasonAsked = anyPhrase(asked.reason);
const moneyNamed = anyPhrase(money.words);
/**
 * A question asking whether ("does it...", "has the council..."), at its start or a clause's; not a
 * polite opening ("can you tell me the grant", "do you know the budget"), which asks what follows.
 */
const asksWhether = new RegExp(`(?:^|[-–:?;,]) *${anyOf(roles.auxiliaries)} (?!you\\b|u\\b)`);
const howNotHowMuch = new RegExp(`\\b(how|what (?:is|was|are|were) the ${anyOf(money.unless)})\\b`);


const listOpeners = new Set(asked.list.openers);
const listLinking = new Set(asked.list.linking);
// "One" is left out: "which one is late" counts nothing.
const countWordSet = new Set(lexicon.answers.counts.slice(1));

/**
 * Whether the word at `at` is a count of things asked for ("what 3 areas", "what are the five
 * priorities"): a small count after an opener and at most three linking words, not before a unit of
 * time ("what 5 year plan").
 */
function countsList(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  if (!(/^\d{1,2}$/.test(word) || countWordSet.has(word)) || units.has(words[at + 1] ?? '')) return false;
  let before = at - 1;
  while (before >= 0 && at - before <= 3 && listLinking.has(words[before]!)) before -= 1;
  return before >= 0 && listOpeners.has(words[before]!);
}

const amountWords = new Set([...money.words, ...number.whatIs, ...number.whatIs.map((w) => `${w}s`), ...asked.things.amounts]);
const thingOpeners = new Set(asked.things.openers);

/**
 * "What outcomes is the grant for", "which schemes does it fund": "what" or "which" and a noun that
 * is not an amount ("what grant", "what level of funding" ask for one) nor a verb ("what did").
 */
function asksForThings(words: readonly string[]): boolean {
  const at = words.findIndex((w) => thingOpeners.has(w));
  const next = words[at + 1];
  return at >= 0 && !!next && !listLinking.has(next) && !auxiliaries.has(next) && !amountWords.has(next) && /^[a-z]{3,}$/.test(next);
}

/** What kind of thing the question asks for, judged from its wording. */
export function wantedOf(question: string): PassageWanted | undefined {
  const q = ` ${writtenOut(question).toLowerCase()} `;
  // "How often does the board meet" asks for a frequency; "how often ..., %?" for a share.
  if (frequencyAsked.test(q) && !sharingAsked.test(q)) return 'frequency';
  // "How long will meetings be": a span of time, not any figure.
  if (durationAsked.test(q) && !sharingAsked.test(q)) return 'duration';
  if (numberAsked.test(q)) return 'number';
  if (ratingAsked.test(q) || (judgementAsked.test(q) && inspectionNamed.test(q))) return 'rating';
  if (dateAsked.test(withoutJoiningWhen(q))) return 'date';
  if (reasonAsked.test(q)) return 'reason';
  if (asksWho.test(q)) return 'person';
  // "What 3 areas did HMIP rate": that many things, as a list (when no other kind of answer is asked).
  const words = rawTokens(question);
  if (words.some((_, at) => countsList(words, at))) return 'list';
  // Asking about money without asking when or why asks how much; asking whether ("does it involve any
  // capital spend") or for things of another kind ("what outcomes is the grant for") does not.
  if (moneyNamed.test(q) && !howNotHowMuch.test(q) && !asksWhether.test(q) && !asksForThings(words)) return 'number';
  return undefined;
}

/**
 * Verbs that carry no subject ("how much does the YJB put in", "went missing"): they steer. Measure
 * words after "how" ("how close", "how big") ask for a degree, as "how many" does.
 */
const light = new Set(roles.light.map(stem));
/** Prepositions and particles the stopword list keeps (they are part of some names): "after lockdown", "get back". */
const particles = new Set(roles.particles.map(stem));
const measures = new Set(roles.measures);

/** Cue words that only say what kind of answer is wanted; other cue words ("plan", "signed") are words of the papers too. */
const steering: readonly CueTag[] = ['figure', 'count', 'list', 'more', 'soft', 'papers', 'trend', 'status', 'next', 'comparator', 'meaning'];
/** Words before a time frame: "after lockdown", "during covid" say when, not what. */
const temporal = new Set(roles.temporal);

function roleOf(slot: Slot, n: number, places: Set<number>, words: string[]): Pick<PassageSlot, 'role' | 'weak'> | undefined {
  if (places.has(n)) return { role: 'place' };
  if (isFigure(slot)) return { role: 'figure' };
  if (slot.soft) return undefined;
  const first = slot.positions[0]!;
  if (slot.terms.length === 1 && (light.has(slot.terms[0]!) || particles.has(slot.terms[0]!) || (words[first - 1] === 'how' && measures.has(words[first]!)))) return { role: 'steer' };
  if (temporal.has(words[first - 1] ?? '') || (temporal.has(words[first - 2] ?? '') && words[first - 1] === 'the')) return { role: 'steer' };
  const cues = slotCues(slot);
  // A word of general English ("enough", "according") weighs half: the papers' rarity overstates it.
  if (cues.length === 0) return slot.terms.length === 1 && isGeneralWord(slot.raw.toLowerCase()) ? { role: 'subject', weak: true } : { role: 'subject' };
  if (cues.includes('soft')) return undefined;
  // "Commissioner", "minister", "letter" say whose words are wanted: a subject. "Say", "report": steering.
  if (cues.every((c) => c === 'papers')) return slot.terms.every((t) => asking.has(t)) ? { role: 'steer' } : { role: 'subject' };
  return cues.every((c) => steering.includes(c)) ? { role: 'steer' } : { role: 'subject', weak: true };
}

/** Small counts written both ways in the papers ("3 areas", "three broad areas"): the word, stemmed as passages are read, by its figure. */
// "One" is left out: "which one", "no one" count nothing.
const countWords = new Map(lexicon.answers.counts.slice(1).map((w, n) => [String(n + 2), stem(w)]));
const countFigures = new Map([...countWords].map(([n, w]) => [w, n]));

/** A figure written short ("10k", "3.5m"): its number and the multiple its letter stands for. */
const shortFigure = /^(\d+(?:\.\d+)?)([km])$/;
const multiples: Record<string, number> = { k: 1e3, m: 1e6 };

/**
 * A figure written short in full, as the papers' words read it ("per 10k": "10,000", read as 10000):
 * one word, never a phrase ("1 million" would be found in "million by 1").
 */
function writtenInFull(term: string): string[][] {
  const short = shortFigure.exec(term);
  return short ? [[String(Math.round(Number(short[1]) * multiples[short[2]!]!))]] : [];
}

/** The slot's ways of being written: its own words, each synonym phrase, a small count's other spelling, and a short figure in full. */
function phrasesOf(slot: Slot): string[][] {
  const out = new Map<string, string[]>();
  for (const phrase of [slot.terms, ...slot.alternatives.map((a) => a.terms)]) if (phrase.length > 0) out.set(phrase.join(' '), phrase);
  const [only, ...rest] = slot.terms;
  const other = only && rest.length === 0 ? (countWords.get(only) ?? countFigures.get(only)) : undefined;
  if (other && other !== only) out.set(other, [other]);
  if (only && rest.length === 0) for (const full of writtenInFull(only)) out.set(full.join(' '), full);
  return [...out.values()];
}

const measureWords = new Set(number.whatIs.flatMap((w) => [w, `${w}s`]));
const whatWords = new Set(['what', 'whats']);

/**
 * Where the words of what is counted or measured begin after ("how many", "number of", or "what is
 * the" before a measure: "what's the reoffending rate for girls"), and the last of them (the
 * measure; no end for "how many"); -1 if nowhere.
 */
function countedAfter(words: string[], figureAsked: boolean): [number, number] {
  const counted = words.findIndex((w, i) => (roles.counted.how.includes(w) && words[i - 1] === 'how') || (w === 'of' && roles.counted.of.includes(words[i - 1] ?? '')));
  if (counted >= 0) return [counted, Infinity];
  const what = figureAsked ? words.findIndex((w) => whatWords.has(w)) : -1;
  if (what < 0) return [-1, Infinity];
  let at = what;
  while (auxiliaries.has(words[at + 1] ?? '') || words[at + 1] === 'the') at += 1;
  // The words before the measure say what is measured ("reoffending rate"); a measure named first
  // ("the latest number in the report") leaves it to the rest of the question.
  const measure = words.slice(at + 1, at + 1 + MEASURE_WITHIN).findIndex((w) => measureWords.has(w));
  return measure > 0 ? [at, at + 1 + measure] : [-1, Infinity];
}
/** A measure word ("rate", "total") this near "what is the" says a figure of what stands there is asked. */
const MEASURE_WITHIN = 4;

/**
 * Marks what is counted, measured or dated (the subjects right after "how many", "how much",
 * "number of", or "when was") and what the papers are asked about (the subjects after "say about").
 */
function mark(slots: (PassageSlot & { from: number; to: number })[], words: string[], wanted: PassageWanted | undefined): void {
  // "What is the X rate" marks X only when a figure is asked; "how many" and "number of" always mark what follows.
  const measured = countedAfter(words, wanted === 'number');
  const counting =
    wanted === 'date'
      ? // "When was the ILACS inspection": what is dated follows "when" and its verb.
        words.findIndex((w, i) => auxiliaries.has(w) && words.slice(0, i).some((x) => dated.has(x)))
      : measured[0];
  // "What's the reoffending rate": only the words up to the measure say what is measured.
  const until = measured[1];
  // "Care leavers in the new house - how many?": with nothing after it, what is counted opens the question.
  const countedFirst = counting >= 0 && !slots.some((slot) => slot.role === 'subject' && slot.from > counting);
  let last = -1;
  for (const slot of slots) {
    if (counting < 0 || slot.role !== 'subject' || (countedFirst ? slot.from >= counting : slot.from <= counting) || slot.from > until) continue;
    // The words of what is counted follow "how many" together ("emergency covid grant"): any of them may carry the figure.
    if (last >= 0 && slot.from > last + 2) break;
    slot.focus = true;
    last = slot.to;
  }
  // "What did the commissioner say about leadership": the words after "about" are what is asked about.
  const said = words.findIndex((w) => asking.has(stem(w)));
  const about = said >= 0 ? words.findIndex((w, i) => i > said && aboutWords.has(w)) : -1;
  if (about >= 0) for (const slot of slots) if (slot.role === 'subject' && slot.from > about) slot.topic = true;
}

/** Unit words of time ("year", "months"): "the next 5 years" is a span of time, not a next meeting. */
const units = new Set(timeUnitWords);
const unitTerms = new Set(timeUnitWords.map(stem));

/**
 * "Within 20 weeks", "for 12 months": a figure and its unit of time are one span, held together in a
 * passage ("a 20 week process"), not a figure anywhere ("a 20% increase") and a unit elsewhere.
 */
function withUnits<T extends PassageSlot & { from: number; to: number }>(slots: T[]): T[] {
  const out: T[] = [];
  for (const slot of slots) {
    const before = out[out.length - 1];
    const unit = slot.phrases.length === 1 && slot.phrases[0]!.length === 1 && unitTerms.has(slot.phrases[0]![0]!) ? slot.phrases[0]![0]! : undefined;
    if (unit && before?.role === 'figure' && before.to + 1 === slot.from) out[out.length - 1] = { ...before, phrases: before.phrases.map((p) => [...p, unit]), to: slot.to };
    else out.push(slot);
  }
  return out;
}
/** Everyday phrases of several words (plain-words.json: "went well", "signed off"), as terms joined by spaces. */
const plainPhrases = new Set([...plainWords.keys()].filter((key) => key.includes(' ')));
/** The longest everyday phrase looked for, in words. */
const PLAIN_PHRASE_WORDS = Math.max(0, ...[...plainPhrases].map((key) => key.split(' ').length));
/** Words a phrase's words may stand apart by (small words between: "areas for improvement"). */
const PLAIN_PHRASE_GAP = 2;

/**
 * "What went well", "who signed it off": an everyday phrase of several words read as one word of the
 * question, so the papers' own word for it ("strengths", "approved") is searched as its other way of
 * being written (passage-query.ts); read word by word, "went" only steered and "well" named a subject.
 */
function withPlainPhrases<T extends PassageSlot & { from: number; to: number }>(slots: T[], words: readonly string[], original: string): T[] {
  if (plainPhrases.size === 0) return slots;
  const typed = original.toLowerCase();
  const out: T[] = [];
  for (let at = 0; at < slots.length; at += 1) {
    const run = longestPlainRun(slots, at, words, typed);
    if (run === 0) {
      out.push(slots[at]!);
      continue;
    }
    const parts = slots.slice(at, at + run);
    // The phrase names what is asked about, whatever its words did alone ("went" steers, "well" is general English).
    const { weak: _, ...first } = parts[0]!;
    out.push({ ...first, phrases: [parts.flatMap((slot) => slot.phrases[0]!)], role: 'subject', to: parts[run - 1]!.to } as T);
    at += run - 1;
  }
  return out;
}

/** How many slots from `at` make an everyday phrase, longest first (0: none). */
function longestPlainRun(slots: readonly (PassageSlot & { from: number; to: number })[], at: number, words: readonly string[], typed: string): number {
  for (let run = Math.min(PLAIN_PHRASE_WORDS, slots.length - at); run >= 2; run -= 1) {
    const parts = slots.slice(at, at + run);
    const apart = parts.some((slot, k) => k > 0 && slot.from - parts[k - 1]!.to > PLAIN_PHRASE_GAP);
    const other = parts.some((slot) => slot.role === 'place' || slot.role === 'figure' || slot.phrases[0]?.length !== 1);
    if (apart || other || !plainPhrases.has(parts.map((slot) => slot.phrases[0]![0]).join(' '))) continue;
    // Typed together, with no mark between ("was staff pay, back in 2019" is no "pay back").
    const span = words.slice(parts[0]!.from, parts[run - 1]!.to + 1).map(escapePhrase);
    if (new RegExp(`(?<![\\p{L}\\p{N}])${span.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u').test(typed)) return run;
  }
  return 0;
}

const numbers = new Set(lexicon.answers.numbers);
const nextWords = new Set(periodWords.relative.next);

/** The question asks when a body next meets ("next improvement board"), not about "the next 3 years". */
function asksNextMeeting(ctx: ReadContext): boolean {
  if (!ctx.tags.has('next') || !ctx.tags.has('meeting')) return false;
  const words = ctx.query.words;
  const spans = words.every((w, i) => {
    if (!nextWords.has(w)) return true;
    const after = /^\d+$/.test(words[i + 1] ?? '') || numbers.has(words[i + 1] ?? '') ? words[i + 2] : words[i + 1];
    return units.has(after ?? '');
  });
  return !(spans && words.some((w) => nextWords.has(w)));
}

const future = anyPhrase(tenses.future);
const past = anyPhrase(tenses.past);

/** The papers question: its slots, what is wanted, and whether the papers may answer it at all. */
export function passageIntent(ctx: ReadContext, suggestions: { label: string; text: string }[]): Intent {
  const words = ctx.query.words;
  // A place the data has no area for: the papers may still speak of it ("the Hampshire peer challenge"), and a passage must name it.
  const areaSlots = ctx.areas.flatMap((a) => a.slots);
  const elsewhere = areaSlots.length === 0 ? otherPlace(words, ctx.index.areas) : undefined;
  const placeWords = new Set(elsewhere?.split(' ').map(stem));
  const named = ctx.query.slots.flatMap((slot, n) => (slot.terms.length > 0 && slot.terms.every((t) => placeWords.has(t)) ? [n] : []));
  const places = new Set([...areaSlots, ...named]);
  const wanted = wantedOf(ctx.original);
  const slots = withPlainPhrases(withUnits(
    ctx.query.slots.flatMap((slot, n) => {
      const read = roleOf(slot, n, places, words);
      if (!read) return [];
      const held = read.role === 'subject' && slotCues(slot).some((c) => heldCues.includes(c) && !(wanted && answerable[c] === wanted));
      return [{ phrases: phrasesOf(slot), ...read, ...(held ? { held } : {}), from: slot.positions[0]!, to: slot.positions[slot.positions.length - 1]! }];
    }),
  ), words, ctx.original);
  mark(slots, words, wanted);
  // "When is it due": a passage giving a date where its words are may answer it.
  const strict = strictCues.some((t) => ctx.tags.has(t) && !(wanted && answerable[t] === wanted)) || asksNextMeeting(ctx);
  const tense = future.test(ctx.query.text) ? 'future' : past.test(ctx.query.text) ? 'past' : undefined;
  const share = wanted === 'number' && sharingAsked.test(` ${ctx.original.toLowerCase()} `);
  return {
    kind: 'passage',
    query: ctx.shown,
    slots: slots.map(({ from: _, to: __, ...slot }) => slot),
    suggestions,
    ...(wanted ? { wanted } : {}),
    ...(tense ? { tense } : {}),
    ...(share ? { share } : {}),
    ...(strict ? { strict } : {}),
    ...(elsewhere ? { elsewhere } : {}),
  };
}
