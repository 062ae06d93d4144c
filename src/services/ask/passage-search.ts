import { addPostings, type CutScratch, newCutScratch } from '../../language/first-cut';
import { nameTerms } from '../../nlu/text';
import type { PassageSlot } from '../../nlu/intents';
import type { PassageIndex } from './passage-index';
import { searchSlots, type SearchSlot } from './passage-query';
import { type Reading, readPassage, shared } from './passage-reading';
import { type Asked, IN_OUTLINE, type PassageScore, scorePassage } from './passage-score';

/** Passages looked at in full per question, chosen on a cheap first cut (the weight of the words they hold). */
const CANDIDATES = 150;
/** Once this many passages share a word with the question, common words only add to them. */
const OPEN_CAP = 3000;
/**
 * An everyday word's official form (plain-words.json) held by more than this share of the passages
 * (and more than a few) adds weight to those the question's own words brought in, and brings none:
 * "issues" and "agreed" are everywhere, "equipment" is not.
 */
const PLAIN_BRINGS = 0.05;
const PLAIN_BRINGS_ALWAYS = 20;
/** Readings kept per index (a passage is read once, then reused by later questions; the least recently used go first). */
const READINGS_KEPT = 5000;

const ok = (s: PassageScore) => s.requiredHeld && s.fits;

const readings = new WeakMap<PassageIndex, Map<number, Reading>>();

function reading(index: PassageIndex, id: number): Reading {
  let cache = readings.get(index);
  if (!cache) readings.set(index, (cache = new Map()));
  let known = cache.get(id);
  if (known) {
    // Kept as the most recently used: the passages questions keep coming back to stay read.
    cache.delete(id);
  } else {
    known = readPassage(index, index.passages[id]!);
    if (cache.size >= READINGS_KEPT) cache.delete(cache.keys().next().value!);
  }
  cache.set(id, known);
  return known;
}

/**
 * A cheap first cut: passage -> summed weight of the slots it holds a word of (text or heading).
 * Rare words go first and bring passages in; once there are plenty, common words only add weight.
 * Kept in arrays over the index's passages (reused from question to question) rather than maps:
 * a common word touches thousands of passages at scale. The passages are listed in the order they
 * came in, which settles ties; their weights are good until the next question's cut.
 */
function firstCut(index: PassageIndex, slots: SearchSlot[]): { order: number[]; weight: Float64Array } {
  const cut = scratchOf(index);
  const { weight } = cut;
  cut.round += 1;
  const order: number[] = [];
  const outlines = outlinePostings(index);
  const slotOrder = slots.filter((s) => s.role !== 'steer').sort((a, b) => a.df - b.df);
  // A word in more passages than the cut holds brings none in once rarer words have brought some.
  const bringing = (open: boolean, plain: boolean | undefined, size: number) =>
    open && (plain ? size <= Math.max(PLAIN_BRINGS_ALWAYS, PLAIN_BRINGS * index.passages.length) : order.length === 0 || size <= OPEN_CAP);
  for (const slot of slotOrder) {
    const open = order.length < OPEN_CAP;
    cut.mark += 1;
    for (const form of slot.forms) {
      const w = slot.weight * form.credit;
      // A phrase is looked up by its rarest word; the full check comes later.
      const list = form.terms.map((t) => index.postings.get(t) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
      const brings = bringing(open, form.plain, list.length);
      // A common word once the cut is full: look its passages up among those already in, not the reverse.
      if (!brings && list.length > order.length * LOOKUP_RATIO) addAmong(cut, order, (id) => sortedHas(list, id), w);
      else addPostings(cut, list, w, brings, order);
      // The headings above a passage ("2. Court disposals" above "Areas for improvement:") hold words
      // its own text need not repeat: they count as scoring counts them there (IN_OUTLINE).
      const [runs, size] = form.terms
        .map((t): [number[], number] => {
          const held = outlines.get(t) ?? [];
          return [held, sizeOfRuns(held)];
        })
        .reduce((a, b) => (b[1] < a[1] ? b : a));
      const outlineBrings = bringing(open, form.plain, size);
      if (!outlineBrings && size > order.length * LOOKUP_RATIO) addAmong(cut, order, (id) => inRuns(runs, id), IN_OUTLINE * w);
      else if (size > 0) addPostings(cut, idsOfRuns(runs), IN_OUTLINE * w, outlineBrings, order);
    }
  }
  return { order, weight };
}

/** Weight for the passages already in the cut that hold a common word (`holds`), each once per slot. */
function addAmong(cut: CutScratch, order: readonly number[], holds: (id: number) => boolean, w: number): void {
  const { weight, seen, mark } = cut;
  for (const id of order) {
    if (seen[id] === mark || !holds(id)) continue;
    seen[id] = mark;
    weight[id] = weight[id]! + w;
  }
}

/** The passages runs ([first, last] ids, flattened) hold: how many, which, and whether one is among them. */
function sizeOfRuns(runs: readonly number[]): number {
  let size = 0;
  for (let r = 0; r < runs.length; r += 2) size += runs[r + 1]! - runs[r]! + 1;
  return size;
}
function idsOfRuns(runs: readonly number[]): number[] {
  const ids: number[] = [];
  for (let r = 0; r < runs.length; r += 2) for (let id = runs[r]!; id <= runs[r + 1]!; id += 1) ids.push(id);
  return ids;
}
function inRuns(runs: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = runs.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[2 * mid + 1]! < id) lo = mid + 1;
    else if (runs[2 * mid]! > id) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * Term -> the passages whose headings above (their outline) hold it, as runs of neighbouring passages
 * ([first, last] ids, flattened): a section's passages share them, and words there need not be
 * repeated in a passage's text ("2. Court disposals" above "Areas for improvement:"). Built once per index.
 */
function outlinePostings(index: PassageIndex): Map<string, number[]> {
  let known = outlinesKnown.get(index);
  if (known) return known;
  known = new Map();
  const read = new Map<string, string[]>();
  const { passages } = index;
  for (let first = 0; first < passages.length; ) {
    const { outline, documentId } = passages[first]!;
    let last = first;
    while (last + 1 < passages.length && passages[last + 1]!.documentId === documentId && passages[last + 1]!.outline === outline) last += 1;
    let terms = read.get(outline);
    // An abbreviation also stands for its words, as in the passages' own postings.
    if (!terms) read.set(outline, (terms = [...new Set(nameTerms(outline).flatMap((t) => [t, ...(index.expansions.get(t) ?? [])]))]));
    for (const term of terms) {
      const runs = known.get(term);
      if (runs) runs.push(first, last);
      else known.set(term, [first, last]);
    }
    first = last + 1;
  }
  outlinesKnown.set(index, known);
  return known;
}
const outlinesKnown = new WeakMap<PassageIndex, Map<string, number[]>>();

const scratches = new WeakMap<PassageIndex, CutScratch>();

function scratchOf(index: PassageIndex): CutScratch {
  let scratch = scratches.get(index);
  const n = index.passages.length;
  if (!scratch || scratch.weight.length !== n) {
    scratch = newCutScratch(n);
    scratches.set(index, scratch);
  }
  return scratch;
}

/** A posting list this many times longer than the passages already in is looked up, not walked. */
const LOOKUP_RATIO = 4;

/** Whether an ascending list of ids holds one (binary search). */
function sortedHas(list: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid]!;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The `count` passages with the most weight, heaviest first and, among equals, in the order they came
 * in: the weight the count-th one has is found first, so only those at or above it are sorted.
 */
export function heaviest(rough: Map<number, number>, count: number): [number, number][] {
  const order = [...rough.keys()];
  const weight = new Float64Array(order.length === 0 ? 0 : Math.max(...order) + 1);
  for (const [id, w] of rough) weight[id] = w;
  return heaviestOf(order, weight, count);
}

/** The same, for a first cut's passages (in the order they came in) and their weights. */
function heaviestOf(order: readonly number[], weight: Float64Array, count: number): [number, number][] {
  if (order.length <= count) return order.map((id): [number, number] => [id, weight[id]!]).sort((a, b) => b[1] - a[1]);
  const weights = new Float64Array(order.length);
  order.forEach((id, n) => (weights[n] = weight[id]!));
  weights.sort();
  const floor = weights[weights.length - count]!;
  const kept: [number, number][] = [];
  for (const id of order) if (weight[id]! >= floor) kept.push([id, weight[id]!]);
  return kept.sort((a, b) => b[1] - a[1]).slice(0, count);
}

/** The passages around one, in the same document and section, for words said just before or after. */
function beside(index: PassageIndex, id: number): Reading[] {
  const passage = index.passages[id]!;
  const out: Reading[] = [];
  for (const n of [id - 1, id + 1]) {
    const other = index.passages[n];
    if (other && other.documentId === passage.documentId && other.heading === passage.heading) out.push(reading(index, n));
  }
  return out;
}

/** A list item ("- 150 prescriptions collected"), and the paragraph items hang from ("...included:"). */
const item = /^[-•*]\s/;
const leadsIn = /:\s*$/;
/** Passages looked back through for the lead-in of the list a passage's items belong to. */
const ITEMS_BACK = 6;

/**
 * The paragraph a passage's list items hang from ("The support these groups gave included:"), when
 * the passage opens with items and the paragraph stands before them in the same section: what the
 * items are about is said there, once, not in each of them.
 */
export function leadInOf(index: PassageIndex, id: number): string | undefined {
  let known = leadInsKnown.get(index);
  if (!known) leadInsKnown.set(index, (known = new Map()));
  let lead = known.get(id);
  if (lead === undefined) known.set(id, (lead = findLeadIn(index, id) ?? null));
  return lead ?? undefined;
}
/** Lead-ins by passage (null: none), found once per index: they depend on the papers alone. */
const leadInsKnown = new WeakMap<PassageIndex, Map<number, string | null>>();

function findLeadIn(index: PassageIndex, id: number): string | undefined {
  const passage = index.passages[id]!;
  if (!item.test(passage.text)) return undefined;
  for (let n = id - 1; n >= 0 && n >= id - ITEMS_BACK; n -= 1) {
    const other = index.passages[n]!;
    if (other.documentId !== passage.documentId || other.heading !== passage.heading) return undefined;
    const lines = other.text.split('\n');
    for (let l = lines.length - 1; l >= 0; l -= 1) {
      const line = lines[l]!;
      if (leadsIn.test(line)) return line;
      if (!item.test(line)) return undefined;
    }
  }
  return undefined;
}

const wordsOf = (index: PassageIndex, text: string | undefined) => (text === undefined ? undefined : shared(index, text));

/** A value worked out when first asked for, then kept: a passage's lead-in is asked for by every slot its text lacks. */
function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) [value, made] = [make(), true];
    return value;
  };
}

/**
 * The passages that best answer a question, best first, each scored with whether it holds the places
 * and figures the question names and (for "how many", "when", "why"...) the kind of thing asked for
 * near its words; the caller decides which may be offered.
 */
export function searchPassages(index: PassageIndex, slots: PassageSlot[], ask: Asked = {}, limit = 20): PassageScore[] {
  const search = searchSlots(index, slots);
  if (!search.some((s) => s.role !== 'steer')) return [];
  const cut = firstCut(index, search);
  const shortlist = heaviestOf(cut.order, cut.weight, CANDIDATES);
  return shortlist
    .map(([id]) => scorePassage(index.areas, index.passages[id]!, reading(index, id), search, ask, () => beside(index, id), once(() => wordsOf(index, leadInOf(index, id)))))
    .sort((a, b) => Number(ok(b)) - Number(ok(a)) || b.score - a.score || a.passage.id - b.passage.id)
    .slice(0, limit);
}
