import { lexicon } from '../../language/lexicon';
import { anyOf } from '../../language/patterns';
import { timeUnitWords } from '../../language/period-words';
import { nameTerms, nameTermsOnce, stem } from '../../nlu/text';
import { type Passage, type PassageIndex, sameSection } from './passage-index';
import type { Form, SearchSlot } from './passage-query';
import { amountPositions, dateStrength, labelNumbers, numbered } from './passage-wanted';

/**
 * A passage read for matching: its sentences (or table rows), its words in order with their
 * positions, where its amounts are, and the words of its heading and document. Read once per passage
 * and kept (passage-search.ts), so later questions reuse it.
 */
export interface Reading {
  sentences: string[];
  /** Term -> positions in the text's word sequence; abbreviations also stand for their spelt-out words. */
  positions: Map<string, number[]>;
  /** Sentence of each position. */
  sentenceOf: number[];
  /** Positions of amounts (figures that are not dates or paragraph numbers). */
  amounts: number[];
  /** Those of them with a unit, money or a share ("£50,043", "£20.5m", "25%"): an amount said of what precedes it. */
  measures: Set<number>;
  /** The text's words in order. */
  terms: string[];
  heading: Map<string, number[]>;
  outline: Map<string, number[]>;
  context: Map<string, number[]>;
  /** The first passage of its section (under its heading, in its document): where the section is quoted from. */
  opensSection: boolean;
}

/** Most words from a figure to what it counts, which follows it ("five care leavers", "12,100 new homes"). */
const COUNTED_SPAN = 4;
/** Most words from what is measured to its amount, which follows it ("the grant, £50,043,", "the deficit for 2021/22 was £20.5m"). */
const MEASURED_SPAN = 5;
/** Words after a figure, or ending it, that make it money (answers.json `money`). */
const units = new Set(lexicon.answers.money);
const unitEnding = new RegExp(`^\\d[\\d.]*${anyOf(lexicon.answers.money)}$`);

/** Whether the figure at `p` is money or a share: "£" before it, a unit after it or in it ("20.5m"), or "per cent". */
function hasUnit(words: string[], p: number, pounds: Set<string> | undefined): boolean {
  const word = words[p]!;
  if (pounds?.has(word.replace(/[a-z]+$/, ''))) return true;
  if (unitEnding.test(word) || units.has(words[p + 1] ?? '')) return true;
  return percent.some((phrase) => phrase.every((t, k) => words[p + 1 + k] === t));
}
/** A table row this short is a label and its figures. */
const SHORT_ROW = 120;

const sentenceSplit = /(?<=[.!?])\s+(?=[A-Z0-9"“‘(£-])/;
/** A "sentence" that is only a paragraph number ("5.1.", "- 2.1") belongs to the words after it. */
const numberOnly = /^[-•*]?\s*[\dA-Za-z]{1,3}(?:\.\d{1,3}){0,3}\.?$/;

/** A passage's sentences; a table row is one, whatever its cells say. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let carry = '';
  for (const line of text.split('\n')) {
    for (const piece of line.includes(' | ') ? [line] : line.split(sentenceSplit)) {
      const s = piece.trim();
      if (!s) continue;
      if (numberOnly.test(s)) carry = `${carry}${s} `;
      else {
        out.push(`${carry}${s}`);
        carry = '';
      }
    }
  }
  if (carry.trim()) out.push(carry.trim());
  return out;
}

function positionsOf(terms: string[], expansions: Map<string, string[]>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const put = (term: string, pos: number) => {
    const list = out.get(term);
    if (list) list.push(pos);
    else out.set(term, [pos]);
  };
  terms.forEach((term, pos) => {
    put(term, pos);
    for (const word of expansions.get(term) ?? []) put(word, pos);
  });
  return out;
}

/** Headings, document contexts and lists' lead-ins are shared by many passages: each is read once. */
const sharedReadings = new WeakMap<PassageIndex, Map<string, Map<string, number[]>>>();

export function shared(index: PassageIndex, text: string): Map<string, number[]> {
  let cache = sharedReadings.get(index);
  if (!cache) sharedReadings.set(index, (cache = new Map()));
  let known = cache.get(text);
  if (!known) {
    known = positionsOf(nameTerms(text), index.expansions);
    if (cache.size > 20000) cache.clear();
    cache.set(text, known);
  }
  return known;
}

function opens(index: PassageIndex, passage: Passage): boolean {
  const before = index.passages[passage.id - 1];
  return !before || !sameSection(before, passage);
}

const none: ReadonlySet<string> = new Set();

/** Reads a passage into sentences and word positions. */
export function readPassage(index: PassageIndex, passage: Passage): Reading {
  const sentences = splitSentences(passage.text);
  const terms: string[] = [];
  const sentenceOf: number[] = [];
  const amounts: number[] = [];
  const measures = new Set<number>();
  sentences.forEach((sentence, n) => {
    const words = nameTermsOnce(sentence);
    // Without a figure a sentence's amounts are number words ("two"), which no name or label holds.
    const figures = /\d/.test(sentence);
    // A number joined to a word is part of a name ("COVID-19"), not an amount.
    const named = figures ? new Set([...sentence.matchAll(/[A-Za-z]+[-–](\d+)\b/g)].map((m) => m[1]!)) : none;
    // "Recommendation No. 10", "priority 2": labels, not amounts.
    const labels = figures ? labelNumbers(sentence) : none;
    const pounds = sentence.includes('£') ? new Set([...sentence.matchAll(/£\s?(\d[\d,]*(?:\.\d+)?)/g)].map((m) => m[1]!.replace(/,/g, ''))) : undefined;
    for (const p of amountPositions(words, numbered(sentence))) {
      if (named.has(words[p]!) || labels.has(words[p]!)) continue;
      amounts.push(terms.length + p);
      if (hasUnit(words, p, pounds)) measures.add(terms.length + p);
    }
    for (const term of words) {
      terms.push(term);
      sentenceOf.push(n);
    }
  });
  return {
    sentences,
    positions: positionsOf(terms, index.expansions),
    sentenceOf,
    amounts,
    measures,
    terms,
    heading: shared(index, passage.heading),
    outline: shared(index, passage.outline),
    context: shared(index, passage.context),
    opensSection: opens(index, passage),
  };
}

/** Positions where a form stands (its words within a few words of each other), by its rarest word. */
export function find(positions: Map<string, number[]>, form: Form): number[] {
  const { terms } = form;
  // Most forms are one word, and most words are not in most passages: answer those without building anything.
  if (terms.length === 1) return positions.get(terms[0]!) ?? [];
  const lists: number[][] = [];
  for (const term of terms) {
    const list = positions.get(term);
    if (!list) return [];
    lists.push(list);
  }
  const span = terms.length + 2;
  const [anchor, ...others] = lists.sort((a, b) => a.length - b.length);
  return anchor!.filter((p) => others.every((list) => nearIn(list, p, span)));
}

/** Whether an ascending list holds a position within `span` of `p` (binary search: lists of common words are long). */
function nearIn(list: readonly number[], p: number, span: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < p - span) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]! <= p + span;
}

/** The best credit a slot earns in a word map, and where (positions of the best form). */
export function held(positions: Map<string, number[]>, slot: SearchSlot): { credit: number; at: number[] } {
  let credit = 0;
  let at: number[] = [];
  for (const form of slot.forms) {
    if (form.credit <= credit) continue;
    const found = find(positions, form);
    if (found.length > 0) {
      credit = form.credit;
      at = found;
    }
  }
  return { credit, at };
}

/** Words after a figure that make it a share (answers.json), as terms. */
const percent = lexicon.answers.percent.map((p) => p.split(' ').map(stem));

/**
 * Where each way of saying the slot stands whole in the reading, with how many words it spans: a figure
 * or date goes with "looked after children", not with any "children" ("Section 26 of the Children Act").
 */
const wholeAt = (reading: Reading, slot: SearchSlot) => slot.forms.flatMap((f) => find(reading.positions, f).map((p) => ({ p, width: f.terms.length })));

const tally = new Set(lexicon.answers.tally.map(stem));
/** Units of time as passages are read ("year", "weeks"): periods.json `units`. */
const timeUnits = new Set(timeUnitWords.map(stem));

/**
 * A count stands just before one of the slot's words in a sentence ("74 children"), in the same row
 * of a short table ("YJB | £304,366"), or anywhere in its sentence when marked as a tally ("daily
 * updates were issued ... (45 no.)"). A percentage counts nothing ("62% of children").
 */
export function countedAt(reading: Reading, slot: SearchSlot): boolean {
  // A figure before a unit of time counts the unit ("2-4 year olds", "a 20 week process"), unless the unit is what is asked.
  const ownUnit = (a: number) => timeUnits.has(reading.terms[a + 1] ?? '') && !slot.forms.some((f) => f.terms.includes(reading.terms[a + 1]!));
  const counts = reading.amounts.filter((a) => !percent.some((p) => p.every((t, k) => reading.terms[a + 1 + k] === t)) && !ownUnit(a));
  for (const { p, width } of wholeAt(reading, slot)) {
    const s = reading.sentenceOf[p]!;
    const sentence = reading.sentences[s]!;
    const row = sentence.includes(' | ') && sentence.length <= SHORT_ROW && sentence.split(' | ').length <= 4;
    // The phrase's words may stand either side of the one found (its rarest), up to its width.
    const near = (a: number) => row || (a < p && p - a <= COUNTED_SPAN + width - 1) || tally.has(reading.terms[a + 1] ?? '');
    if (counts.some((a) => reading.sentenceOf[a] === s && near(a))) return true;
    // Money or a share said after what it measures, in the same sentence ("the grant, £50,043, is...").
    for (const a of reading.measures) if (a > p && a - p <= MEASURED_SPAN + width - 1 && reading.sentenceOf[a] === s) return true;
  }
  return false;
}

/** A date stands in the same sentence as one of the slot's words ("the ILACS took place ... 15 to 26 July 2019"). */
export function datedAt(reading: Reading, slot: SearchSlot): boolean {
  return wholeAt(reading, slot).some(({ p }) => dateStrength(reading.sentences[reading.sentenceOf[p]!]!) > 0);
}

/** Some known area other than the slot's own is named in these words ("...made on Shropshire young people"). */
export function namesOtherArea(areas: string[][], slot: SearchSlot, maps: Map<string, number[]>[]): boolean {
  const own = new Set(slot.forms.map((f) => f.terms.join(' ')));
  // NOTE: whether the words are there at all is asked first: it is the cheap test and the one that
  // fails for nearly every area, and there are many areas at scale.
  return areas.some(
    (area) =>
      maps.some((m) => area.every((t) => m.has(t)) && find(m, { terms: area, credit: 1 }).length > 0) &&
      !own.has(area.join(' ')) &&
      !area.every((t) => slot.forms.some((f) => f.terms.includes(t))),
  );
}
