import { clipAtWord } from '../../domain/clip';
import { meetingWords } from '../../language/meeting-words';
import { anyPhrase } from '../../language/patterns';
import type { Intent } from '../../nlu/intents';
import { isStopword, nameTerms, stem } from '../../nlu/text';
import { lexicon } from '../../language/lexicon';
import type { AskCatalogue } from './ask-catalogue';
import { notFound } from './answer-fallbacks';
import { type Answer, emptyAnswer } from './answer-types';
import { cite } from './cite';
import { listed } from './format';
import type { PassageScore } from './passage-score';
import { leadInOf, searchPassages } from './passage-search';
import { sameSection } from './passage-index';
import { byTitle, distinct } from './passage-distinct';
import { NEAREST_COVERAGE, withNearest } from './passage-nearest';

type PassageIntent = Extract<Intent, { kind: 'passage' }>;

/**
 * When a passage is trusted as the answer. A passage sharing only some of the question's words is
 * more likely a wrong answer (with figures in it) than a right one, so most of the question's weight
 * must be held in or around it, a good part of it in its own text (or most of it in its text and its
 * section's heading), and at most one word may be missing altogether.
 */
export const MIN_COVERAGE = 0.72;
export const MIN_TEXT_SHARE = 0.45;
/**
 * Or this much of it in its text and its section's heading: the heading names what is asked ("6.
 * Climate change implications", "Background papers", "Appendices") and the section's text answers
 * it without repeating those words.
 */
export const MIN_SECTION_SHARE = 0.7;
const MAX_MISSING = 1;
/**
 * Or, when no passage is trusted, the best one if it holds this much of the question and scores this
 * far above the next (a different passage): it alone is what the words point to.
 */
const CLEAR_COVERAGE = 0.6;
const CLEAR_OWN = 0.3;
const CLEAR_MISSING = 2;
const CLEAR_LEAD = 0.1;
/** A table's row as split into sentences: its cells joined by " | ". */
const tableRow = / \| /;
const EXCERPT_CHARS = 700;
const OTHER_CHARS = 400;
/** Scores this close to the best are "about equally" good. */
const TIE = 0.03;
/** Other passages this close to the best are shown beside it, at most MAX_SHOWN in all. */
const NEAR_SPREAD = 0.3;
const MAX_SHOWN = 3;
/** A topic question shows the passages within this of the best, at most MAX_TOPIC. */
const TOPIC_SPREAD = 0.1;
const MAX_TOPIC = 3;
const SENTENCE_CHARS = 320;
const HEADING_CHARS = 120;

/** A page asked for ("which page is X on", "what pages"): the words are meetings.json's focus on an agenda's pages. */
const pagesAsked = anyPhrase(meetingWords.focus.agenda, 'i');

/** The posts (answers.json `person.posts`) as a question's words are read: "chairs", "assistant director", "head of". */
const postPhrases = new Set(lexicon.answers.person.posts.map((p) => nameTerms(p).join(' ')));

/** "Who chairs the board", "who is the assistant director for...": the slots naming a post, which a person holds (none in "who gets the reports"). */
const postSlots = (intent: PassageIntent) => intent.slots.flatMap((slot, n) => (slot.phrases.some((p) => postPhrases.has(p.join(' '))) ? [n] : []));

/** A form's value on its own, with nothing after it in its passage, and short: a value, not a paragraph between two headings. */
const valueAlone = (hit: PassageScore) => !!hit.passage.value && hit.passage.text.length <= VALUE_CHARS && !hit.passage.text.includes('\n');
const VALUE_CHARS = 100;

/** Whether the best passage is good enough to be offered as the answer. */
export function trusted(hit: PassageScore): boolean {
  // A section the question names by its heading holds the question there, whatever its text says.
  // A form's value alone ("Children and Families") holds the question in its label, its heading: it cannot repeat the words.
  const held = hit.textShare >= MIN_TEXT_SHARE || hit.sectionShare >= (valueAlone(hit) ? MIN_TEXT_SHARE : MIN_SECTION_SHARE) || hit.titled;
  // A value's label says which field it is, and only the form's other words say whose: none of the question's may be missing.
  return hit.requiredHeld && hit.fits && hit.coverage >= MIN_COVERAGE && held && hit.missing <= (valueAlone(hit) ? 0 : MAX_MISSING);
}

/** The best passage of the papers for anything else, quoted with its document and pages; or an honest "not found". */
export function answerPassage(catalogue: AskCatalogue, intent: PassageIntent): Answer {
  // A place the data has no area for may still be a subject of the papers ("the Hampshire peer challenge"):
  // then they are searched, and only a passage naming it so may answer.
  const named = intent.elsewhere ? namedInPapers(catalogue, intent.elsewhere, intent.query) : undefined;
  if (intent.elsewhere && !named) return notHeldFor(catalogue, intent);
  // A question about an action's lead or a figure's target is not answered by a paragraph.
  if (intent.strict) return notFound(catalogue, intent.query, intent.suggestions);
  const { wanted, tense, share } = intent;
  const pages = pagesAsked.test(intent.query);
  const posts = wanted === 'person' ? postSlots(intent) : [];
  const found = searchPassages(catalogue.passages, intent.slots, {
    ...(wanted ? { wanted } : {}),
    ...(tense ? { tense } : {}),
    ...(pages ? { pages } : {}),
    ...(share ? { share } : {}),
    ...(posts.length > 0 ? { posts } : {}),
  });
  const hits = named ? found.filter((h) => named.test(h.passage.text)) : found;
  const attaching = (wanted === 'number' || wanted === 'date') && intent.slots.some((s) => s.focus);
  const shown = choose(hits, { topic: intent.slots.some((s) => s.topic) && !wanted, attaching, person: posts.length > 0 });
  if (shown.length === 0) return intent.elsewhere ? notHeldFor(catalogue, intent) : withNearest(catalogue, notFound(catalogue, intent.query, intent.suggestions), hits, attaching);
  const [best, ...others] = shown as [PassageScore, ...PassageScore[]];
  const { passage } = best;
  const said = `“${clipAtWord(best.sentences[best.focus] ?? passage.text, SENTENCE_CHARS)}”`;
  const sure = trusted(best);
  const answer = emptyAnswer('passage', 'From the papers', `${introduction(best, sure)}${said}`);
  if (!sure) answer.tentative = true;
  const quote = excerpt(best.sentences, best.best, EXCERPT_CHARS);
  // Items of a list are quoted with the sentence they hang from ("...included:"): it says what they are.
  const leadIn = leadInOf(catalogue.passages, passage.id);
  const led = leadIn && !quote.startsWith(leadIn) ? `${clipAtWord(leadIn, SENTENCE_CHARS)}\n${quote}` : quote;
  const withHeading = passage.heading && !led.startsWith(passage.heading) ? `${passage.heading}\n${led}` : led;
  const listed = byTitle(best) ? restOfSection(catalogue, best) : followingItems(catalogue, best);
  answer.quote = listed ? `${withHeading}\n${listed}` : withHeading;
  for (const other of others) {
    const items = followingItems(catalogue, other);
    const lines = [excerpt(other.sentences, other.best, OTHER_CHARS), ...(items ? [items] : [])];
    answer.sections.push({ heading: `Also in the papers: ${source(catalogue, other) ?? 'the papers'}`, lines });
  }
  answer.notes.push(passageNote(best, others.length));
  answer.sources = [source(catalogue, best)].filter((s): s is string => !!s);
  return answer;
}

/**
 * What the quoted sentence is introduced with. A section answering as a whole is named: its heading
 * says what its sentences are. A passage standing out without holding the whole question is offered
 * as the nearest, not as what the papers say of it.
 */
function introduction(best: PassageScore, sure: boolean): string {
  const heading = byTitle(best) && best.passage.heading ? `“${clipAtWord(best.passage.heading, HEADING_CHARS)}”` : undefined;
  if (!sure) return heading ? `Nearest in the papers, under ${heading}: ` : 'Nearest in the papers: ';
  return heading ? `Under ${heading}, the papers say: ` : 'The papers say: ';
}

/** What the person is told about the passages quoted: a passage standing out without holding the whole question is said to be so. */
function passageNote(best: PassageScore, others: number): string {
  if (!trusted(best)) return 'This passage stands out in the papers for your question, though it does not hold all of it: check that it answers you. It is quoted as written; I have not interpreted it.';
  if (others > 0) return 'These are the passages in the papers that best match your question, quoted as written; I have not interpreted them.';
  return 'This is the passage in the papers that best matches your question, quoted as written; I have not interpreted it.';
}

/**
 * The passages to show, best first. A question about a topic ("what did HMIP say about girls") gets
 * the few that say most about it. Any other gets the best one and, when others match nearly as well
 * (holding the places, years and figure asked for and much of the question), up to two of them
 * beside it, each with its source: the papers often say a thing in
 * more than one place, and the person reads which answers them rather than the bot choosing by a
 * hair. When three or more match equally well, the words pick none out and none is offered, unless
 * they are all of one section and tie on what its heading holds for them: that section answers. A "how
 * many" question is answered only by passages giving a figure for what it counts, a "when" question
 * only by those dating what it asks about.
 */
export function choose(hits: PassageScore[], question: { topic: boolean; attaching: boolean; person?: boolean }): PassageScore[] {
  const trustedHits = distinct(hits.filter(trusted));
  if (trustedHits.length === 0) {
    const clear = clearLead(distinct(hits, 2), question.attaching);
    if (clear) return [clear];
  }
  // "How many care leavers" is answered only by a passage giving a figure for care leavers; "when was the inspection", by a date for it.
  const ok = question.attaching ? trustedHits.filter((h) => h.attached) : trustedHits;
  const top = ok[0];
  if (!top) return [];
  if (question.topic) return ok.filter((h) => h.score >= top.score - TOPIC_SPREAD).slice(0, MAX_TOPIC);
  // Three or more passages matching equally well: the words pick none out, and none is offered; unless
  // they are all of one section and tie on what its heading holds for them, which is then the answer.
  const tied = ok.filter((h) => h.score >= top.score - TIE);
  // "Who chairs the board", where several passages speak of its chair: those naming someone answer it
  // (`person`: a post is asked about).
  const naming = question.person ? tied.filter((h) => h.namesSomeone) : [];
  if (tied.length >= 3 && naming.length > 0 && naming.length < 3) return naming;
  if (tied.length >= 3) {
    // Those whose section's heading holds what their text does not ("3.1 Vision and underlying
    // principles"), when they are all of one section: that section answers.
    const headed = tied.filter((h) => h.sectionShare > h.textShare && h.sectionShare >= MIN_SECTION_SHARE);
    const one = headed[0];
    return one && headed.every((h) => sameSection(h.passage, one.passage)) ? [{ ...headed.reduce((a, b) => (b.passage.id < a.passage.id ? b : a)), titled: true }] : [];
  }
  // Beside a trusted best, a passage need only be near: holding the places, years and figure asked for,
  // and as much of the question as a place listed with a "not found" does.
  const near = distinct(hits).filter((h) => h !== top && beside(h, question.attaching) && h.score >= top.score - NEAR_SPREAD);
  return [top, ...near].slice(0, MAX_SHOWN);
}

/**
 * The best passage when none is trusted, if it stands clearly above every other: the papers say the
 * thing asked about in one place, in words of their own, so it holds less of the question than a
 * trusted passage must, yet no other passage comes near it. How far ahead the best is, not only how
 * much it holds, is what says the words picked it out: a best passage only a hair ahead of the next
 * is as often wrong as right.
 */
function clearLead(hits: PassageScore[], attaching: boolean): PassageScore | undefined {
  const [top, next] = hits;
  // Ahead of another passage: a passage alone in sharing the question's words is ahead of nothing.
  if (!top || !next || !top.requiredHeld || !top.fits || (attaching && !top.attached)) return undefined;
  // A form's value alone says whose it is only by the form's other words: all of the question's must be there (trusted).
  // A table's row (a header, a label and its cells) answers only a question its label holds (trusted).
  if (valueAlone(top) || tableRow.test(top.sentences[top.focus] ?? '')) return undefined;
  // Picked out by its own words, in its text or its section's heading, not by those around it.
  if (top.coverage < CLEAR_COVERAGE || top.sectionShare < CLEAR_OWN || top.missing > CLEAR_MISSING) return undefined;
  return top.score - next.score >= CLEAR_LEAD ? top : undefined;
}

/** Whether a passage may stand beside the best one. */
function beside(hit: PassageScore, attaching: boolean): boolean {
  return hit.requiredHeld && hit.fits && hit.coverage >= NEAREST_COVERAGE && (!attaching || hit.attached);
}

const source = (catalogue: AskCatalogue, hit: PassageScore) => cite(catalogue, { documentId: hit.passage.documentId, lineStart: hit.passage.page.lineStart });

/** Words after a place that still mean the place itself (places.json `areaWords`): "Kent County Council" is Kent. */
const areaWords = new Set(lexicon.places.areaWords);

/**
 * What the question names after a place the data has no area for, as the papers name it ("Hampshire
 * peer challenge"), as a pattern a passage must hold; undefined when the papers do not name it so. A
 * place alone is not enough: "Kent" is in the papers as "Kent Police" and "Mid Kent College", which
 * say nothing of Kent's own figures, and "Kent County Council" or "Kent schools" are Kent's own.
 */
function namedInPapers(catalogue: AskCatalogue, place: string, question: string): RegExp | undefined {
  const words = question.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const placeWords = place.split(/\s+/);
  const at = words.findIndex((_, i) => placeWords.every((w, k) => words[i + k] === w));
  const next = at >= 0 ? words[at + placeWords.length] : undefined;
  if (!next || !/^[a-z]{3,}$/.test(next) || isStopword(next) || areaWords.has(next)) return undefined;
  const { postings, passages } = catalogue.passages;
  const phrase = new RegExp(`\\b${placeWords.join('\\s+')}\\s+${next}\\b`, 'i');
  return (postings.get(stem(next)) ?? []).some((id) => phrase.test(passages[id]!.text)) ? phrase : undefined;
}

/** The question names a place the data holds nothing for: say so, and which councils it does hold. */
function notHeldFor(catalogue: AskCatalogue, intent: PassageIntent): Answer {
  const answer = notFound(catalogue, intent.query, intent.suggestions);
  const place = intent.elsewhere!.replace(/\b\w/g, (c) => c.toUpperCase());
  const councils = [...new Set([...catalogue.documents.values()].map((d) => d.council).filter(Boolean))].sort();
  answer.headline = `I hold no papers or figures for ${place}, so I can't answer "${intent.query}".${councils.length > 0 ? ` The councils in the data are ${listed(councils)}.` : ''}`;
  return answer;
}



/** A sentence introducing what follows ("our plan will focus on:", "by;", "the following were achieved:-"). */
const leadIn = /[:;]\s*[-–]?$/;
/** Passages read after a lead-in, and the characters of each item shown. */
const MAX_ITEMS = 8;
const ITEM_CHARS = 160;
const ITEMS_CHARS = 900;
const bullet = /^[-•*]\s/;
const numberedItem = /^\d{1,2}[.)]\s/;

/**
 * What a passage's best sentence (or the one after it) introduces, when it ends in a colon or
 * semicolon and its items were cut into the passages after it: the bullets that follow in the same
 * section, or the sections headed as items ("Fair cost of care fee uplifts:"), each item clipped.
 * Undefined when nothing follows.
 */
function followingItems(catalogue: AskCatalogue, hit: PassageScore): string | undefined {
  // The lead-in is the matching sentence or the one just after it ("...structured into five service areas. These are:").
  const at = [hit.focus, hit.focus + 1].find((n) => leadIn.test((hit.sentences[n] ?? '').trim()));
  if (at === undefined) return undefined;
  // The items begun in the passage itself are already quoted; anything else after the lead-in ends the list.
  if (!hit.sentences.slice(at + 1).every((s) => bullet.test(s))) return undefined;
  const { passages } = catalogue.passages;
  const lines: string[] = [];
  const headed = new Set<string>();
  let chars = 0;
  for (let id = hit.passage.id + 1; id <= hit.passage.id + MAX_ITEMS && chars < ITEMS_CHARS; id += 1) {
    const next = passages[id];
    if (!next || next.documentId !== hit.passage.documentId) break;
    const sameSection = next.heading === hit.passage.heading;
    let line: string;
    let ends = false;
    if (sameSection && bullet.test(next.text)) line = next.text;
    else if (!sameSection && leadIn.test(next.heading)) {
      if (lines.at(-1)?.startsWith(`${next.heading} `)) continue;
      line = `${next.heading} ${next.text}`;
    } else if (!sameSection && numberedItem.test(next.heading)) {
      // A numbered list whose short items were read as headings ("3. Joint commissioning – ..."): the
      // item, and the numbered lines under it; the first line that is not one ends the list.
      const body = next.text.split('\n');
      const stop = body.findIndex((l) => !numberedItem.test(l));
      ends = stop >= 0;
      // A section cut into two passages: its heading is quoted once.
      const items = [...(headed.has(next.heading) ? [] : [next.heading]), ...(ends ? body.slice(0, stop) : body)];
      if (items.length === 0) break;
      headed.add(next.heading);
      line = items.join('\n');
    } else break;
    const clipped = clipItem(line);
    lines.push(clipped);
    chars += clipped.length;
    if (ends) break;
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/**
 * The passages after one in its section, when the section's heading is what matched: the heading
 * says what they are ("Risks to achieving and sustaining improvement"), each of them one of it.
 */
function restOfSection(catalogue: AskCatalogue, hit: PassageScore): string | undefined {
  const { passages } = catalogue.passages;
  const lines: string[] = [];
  let chars = hit.passage.text.length;
  for (let id = hit.passage.id + 1; id <= hit.passage.id + MAX_ITEMS; id += 1) {
    const next = passages[id];
    if (!next || !sameSection(next, hit.passage)) break;
    const clipped = clipItem(next.text);
    if (chars + clipped.length > ITEMS_CHARS) break;
    lines.push(clipped);
    chars += clipped.length;
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** An item as shown under what introduces it: each of its lines clipped at a word. */
const clipItem = (text: string) => text.split('\n').map((l) => clipAtWord(l, ITEM_CHARS)).join('\n');

/** The matching sentences and those around them, up to a phone screen's length. */
function excerpt(sentences: string[], [from, to]: [number, number], max: number): string {
  const whole = sentences.join('\n');
  if (whole.length <= max) return whole;
  let start = Math.max(0, from - 1);
  let end = to;
  const length = () => sentences.slice(start, end + 1).join(' ').length;
  while (end + 1 < sentences.length && length() + sentences[end + 1]!.length <= max) end += 1;
  while (start > 0 && length() + sentences[start - 1]!.length <= max) start -= 1;
  const body = clipAtWord(sentences.slice(start, end + 1).join(' '), max * 1.5);
  return `${start > 0 ? '… ' : ''}${body}${end + 1 < sentences.length ? ' …' : ''}`;
}
