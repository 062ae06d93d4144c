import { isEnglish } from '../language/spelling';
import type { CatalogueIndex } from './catalogue-index';
import { cueTags } from './cues';
import { isStopword, rawTokens, refPattern, stem } from './text';

/** A catalogue term a question term matched, and how sure (1 exact, less for a typo). */
export interface TermMatch {
  term: string;
  credit: number;
}

/**
 * One unit of meaning in a question: a word, or a phrase with synonyms ("looked after children" =
 * "cic" = "lac"). A name explains a slot when it holds the slot's terms or one of its alternatives.
 */
export interface Slot {
  positions: number[];
  raw: string;
  terms: string[];
  /** Per own term: the catalogue terms it matches (itself, or near spellings). */
  matches: TermMatch[][];
  /** Synonym phrases, as catalogue terms, each with the credit a name holding it earns. */
  alternatives: Alternative[];
  weight: number;
  /** Part of a date or period: counts only when a name holds it. */
  soft?: boolean;
}

/** Another way of saying a slot: its terms, and how sure a match on them is. */
export interface Alternative {
  terms: string[];
  credit: number;
}

/** Credit for a synonym that has several meanings ("fte" is first time entrants or full time equivalent). */
const AMBIGUOUS_SYNONYM = 0.6;

export interface Query {
  /** The words as typed, normalised (stopwords kept, for the cue and period readers). */
  words: string[];
  /** Normalised text, words joined by single spaces. */
  text: string;
  slots: Slot[];
}

const UNKNOWN_WEIGHT = 0.6;

/** Edits tolerated in a word of this length: none for short words and references. */
function maxEdits(term: string): number {
  if (/\d/.test(term) || term.length <= 4 || cueTags(term).length > 0) return 0;
  return term.length <= 7 ? 1 : 2;
}

const fuzzyCache = new WeakMap<CatalogueIndex, Map<string, TermMatch[]>>();

/**
 * The catalogue terms a question term stands for: itself if known, else its nearest spellings (one or
 * two edits, or two letters swapped), trying the word as typed when its stem finds nothing.
 */
export function matchTerm(index: CatalogueIndex, term: string, typed?: string): TermMatch[] {
  if (index.postings.has(term)) return [{ term, credit: 1 }];
  let cache = fuzzyCache.get(index);
  if (!cache) fuzzyCache.set(index, (cache = new Map()));
  const key = `${term}|${typed ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let found = nearest(index, term);
  if (found.length === 0 && typed && typed !== term) found = nearest(index, typed);
  if (cache.size > 5000) cache.clear();
  cache.set(key, found);
  return found;
}

function nearest(index: CatalogueIndex, term: string): TermMatch[] {
  const edits = maxEdits(term);
  if (edits === 0) return [];
  const near = [...index.vocabulary.fuzzyGet(term, edits)].filter(([t]) => !refPattern.test(t) && !/^\d+$/.test(t));
  if (near.length > 0) {
    const best = Math.min(...near.map(([, [, d]]) => d));
    return near.filter(([, [, d]]) => d === best).map(([t, [, d]]) => ({ term: t, credit: 1 - 0.15 * d }));
  }
  // Two letters swapped ("agnecy") is one slip, though it costs two edits.
  const swapped: TermMatch[] = [];
  for (let i = 0; i + 1 < term.length; i += 1) {
    const candidate = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
    if (candidate !== term && index.postings.has(candidate)) swapped.push({ term: candidate, credit: 0.85 });
  }
  return swapped;
}

/** Reads a question into words and slots, with synonyms and typo-tolerant term matches; `skip` positions (a period) become soft slots. */
export function parseQuery(text: string, index: CatalogueIndex, skip: ReadonlySet<number> = new Set()): Query {
  const words = rawTokens(text);
  const content = words.map((w, i) => ({ pos: i, term: stem(w) })).filter((_, i) => !isStopword(words[i]!));
  // A typed word also stands for its nearest catalogue spellings when matching synonym phrases.
  const forms = content.map((c) => new Set([c.term, ...matchTerm(index, c.term, words[c.pos]).map((m) => m.term)]));
  const used = new Set<number>();
  const slots: Slot[] = [];

  // Words the names write as one ("out-of-court") first: "court" alone would match every court.
  joinSmallWords(index, words, used, slots);

  // Synonym phrases first, longest first, so "looked after children" is one slot, not three.
  const occurrences: { start: number; length: number; group: number; terms: string[] }[] = [];
  forms.forEach((starts, s) => {
    for (const form of starts) {
      for (const phrase of index.synonyms.byFirst.get(form) ?? []) {
        const n = phrase.terms.length;
        if (s + n > content.length || !phrase.terms.every((t, k) => forms[s + k]!.has(t))) continue;
        if (!slipsConfirmed(phrase.terms, content.slice(s, s + n), words)) continue;
        occurrences.push({ start: s, length: n, group: phrase.group, terms: phrase.terms });
      }
    }
  });
  occurrences.sort((a, b) => b.length - a.length || a.start - b.start);
  for (const occ of occurrences) {
    const span = content.slice(occ.start, occ.start + occ.length);
    if (span.some((c) => used.has(c.pos))) continue;
    const key = occ.terms.join(' ');
    const groups = [...new Set(occurrences.filter((o) => o.start === occ.start && o.terms.join(' ') === key).map((o) => o.group))];
    const around = new Set(forms.filter((_, k) => k < occ.start || k >= occ.start + occ.length).flatMap((f) => [...f]));
    const meant = groupsMeant(groups, index.synonyms.context, around);
    const alternatives: Alternative[] = meant.groups
      .flatMap((g) => index.synonyms.byGroup.get(g) ?? [])
      .filter((p) => p.terms.join(' ') !== key)
      .map((p) => ({ terms: p.terms, credit: p.ambiguous && !meant.byContext ? AMBIGUOUS_SYNONYM : 1 }));
    // "first time entrants" also matches "first-time entrant" (stored as one word).
    for (let k = 0; k + 1 < span.length; k += 1) {
      const joined = stem(words[span[k]!.pos]! + words[span[k + 1]!.pos]!);
      if (index.postings.has(joined)) alternatives.push({ terms: [...occ.terms.slice(0, k), joined, ...occ.terms.slice(k + 2)], credit: 1 });
    }
    // And so does "fte", whose spelt-out synonym the names hyphenate.
    const known = new Set(alternatives.map((a) => a.terms.join(' ')));
    for (const alternative of [...alternatives]) {
      for (let k = 0; k + 1 < alternative.terms.length; k += 1) {
        const joined = stem(alternative.terms[k]! + alternative.terms[k + 1]!);
        const terms = [...alternative.terms.slice(0, k), joined, ...alternative.terms.slice(k + 2)];
        if (!index.postings.has(joined) || known.has(terms.join(' '))) continue;
        known.add(terms.join(' '));
        alternatives.push({ ...alternative, terms });
      }
    }
    span.forEach((c) => used.add(c.pos));
    slots.push(makeSlot(index, words, span, alternatives));
  }

  for (let k = 0; k < content.length; k += 1) {
    const c = content[k]!;
    if (used.has(c.pos)) continue;
    const next = content[k + 1];
    // NOTE: "first time" in a question should also match "first-time" in a name (stored as one word).
    const joined = next ? stem(words[c.pos]! + words[next.pos]!) : '';
    if (next && !used.has(next.pos) && next.pos === c.pos + 1 && index.postings.has(joined)) {
      used.add(c.pos).add(next.pos);
      slots.push(makeSlot(index, words, [c, next], [{ terms: [joined], credit: 1 }]));
      k += 1;
      continue;
    }
    used.add(c.pos);
    // "19-21" also matches a name that writes the two ends apart ("19 th to 21 st").
    const range = /^(\d{1,2})-(\d{1,2})$/.exec(c.term);
    slots.push(makeSlot(index, words, [c], range ? [{ terms: [range[1]!, range[2]!], credit: 1 }] : []));
  }
  slots.sort((a, b) => a.positions[0]! - b.positions[0]!);
  // Words of a date or period steer (lists, meetings) and may match a name ("last financial year"),
  // but a reading is not marked down for leaving them unexplained.
  for (const slot of slots) if (slot.positions.some((p) => skip.has(p))) slot.soft = true;
  return { words, text: words.join(' '), slots };
}

/**
 * Whether a synonym phrase matched through near spellings may stand. A word of English read as a slip
 * needs another word of the phrase typed as it is: "care levers" is care leavers, but "found" alone is
 * not "fund" (the speller leaves English words as typed for the same reason).
 */
function slipsConfirmed(terms: readonly string[], span: readonly { pos: number; term: string }[], words: readonly string[]): boolean {
  const slipped = span.filter((c, k) => c.term !== terms[k]);
  if (slipped.length === 0) return true;
  if (!slipped.some((c) => isEnglish(words[c.pos]!))) return true;
  return slipped.length < span.length;
}

/**
 * Of the groups a phrase belongs to, the ones its context picks ("fte" beside "youth justice" is first
 * time entrants): a group is picked when every term of one of its context phrases is in the question.
 * With none picked, or all, every group stays, and a phrase with two meanings is weaker evidence for each.
 */
function groupsMeant(groups: number[], context: Map<number, string[][]>, around: ReadonlySet<string>): { groups: number[]; byContext: boolean } {
  if (groups.length < 2) return { groups, byContext: false };
  const picked = groups.filter((g) => (context.get(g) ?? []).some((terms) => terms.every((t) => around.has(t))));
  return picked.length > 0 && picked.length < groups.length ? { groups: picked, byContext: true } : { groups, byContext: false };
}

/** Longest run of typed words read as one word of the names. */
const JOINED_WORDS = 3;

/**
 * "Out of court" in a question is the names' "out-of-court" (stored as one word, "outofcourt"): a run of
 * typed words with a small word in it ("of", "in", "on") whose letters together make a word the names
 * use, and that is not itself a small word ("into"), is one slot. Runs of words that are all content
 * words are joined below, one pair at a time.
 */
function joinSmallWords(index: CatalogueIndex, words: string[], used: Set<number>, slots: Slot[]): void {
  for (let i = 0; i < words.length; i += 1) {
    for (let n = JOINED_WORDS; n >= 2; n -= 1) {
      if (i + n > words.length) continue;
      const run = words.slice(i, i + n);
      const small = run.filter((w) => isStopword(w)).length;
      if (small === 0 || small === n || run.some((_, k) => used.has(i + k)) || !run.every((w) => /^[a-z]+$/.test(w))) continue;
      const typed = run.join('');
      const joined = stem(typed);
      if (isStopword(typed) || !index.postings.has(joined)) continue;
      const slot = makeSlot(index, words, [{ pos: i, term: joined }], []);
      slot.positions = run.map((_, k) => i + k);
      slot.raw = run.join(' ');
      slot.positions.forEach((p) => used.add(p));
      slots.push(slot);
      i += n - 1;
      break;
    }
  }
}

function makeSlot(index: CatalogueIndex, words: string[], span: { pos: number; term: string }[], alternatives: Alternative[]): Slot {
  const terms = span.map((c) => c.term);
  const matches = span.map((c) => matchTerm(index, c.term, words[c.pos]));
  const known = matches.flatMap((m) => m.map((x) => index.weight(x.term)));
  // An unknown word with a known synonym ("kids" = "children") weighs what its synonym weighs.
  const altWeights = alternatives
    .map((alt) => alt.terms.filter((t) => index.postings.has(t)).map((t) => index.weight(t)))
    .filter((w) => w.length > 0)
    .map((w) => Math.max(...w));
  // A word the catalogue has never seen weighs less than the rarest known word: it may be the subject
  // ("weather"), or just a way of putting it ("conversion"); the papers search decides which.
  const weight = known.length > 0 ? Math.max(...known) : altWeights.length > 0 ? Math.min(...altWeights) : index.maxWeight * UNKNOWN_WEIGHT;
  return {
    positions: span.map((c) => c.pos),
    raw: span.map((c) => words[c.pos]).join(' '),
    terms,
    matches,
    alternatives,
    weight,
  };
}
