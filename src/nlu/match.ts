import type { CatalogueIndex, Entry, EntryKind } from './catalogue-index';
import { addPostings, type CutScratch, newCutScratch } from '../language/first-cut';
import { cueTags } from './cues';
import type { Query, Slot } from './query';

/** How well one name explains a question: the slots it accounts for, and how much of the name was asked for. */
export interface NameMatch {
  entry: Entry;
  /** Slot index -> credit (0-1). */
  explained: Map<number, number>;
  /** Weighted share of the name's terms the question used (1 = the whole name). */
  precision: number;
  /** Weighted sum of explained slots: for choosing the best name of one thing. */
  strength: number;
}

/**
 * Credit (0-1) a set of name terms gives a slot, and which of the name's terms it used: the slot's own
 * words (or near spellings), or a synonym phrase when one fits better or covers more of the name.
 */
export function slotCredit(slot: Slot, terms: Set<string>, used?: Set<string>): number {
  let own = 0;
  const ownUsed: string[] = [];
  slot.matches.forEach((candidates, k) => {
    let best = 0;
    let bestTerm: string | undefined;
    for (const m of candidates) {
      if (m.credit > best && terms.has(m.term)) {
        best = m.credit;
        bestTerm = m.term;
      }
    }
    // A word the question index does not hold may still be a name's own ("neglect" in a
    // recommendation's text, which the list filters match outside the index): said as written.
    const asTyped = slot.terms[k]!;
    if (best < 1 && terms.has(asTyped)) {
      best = 1;
      bestTerm = asTyped;
    }
    own += best;
    if (bestTerm) ownUsed.push(bestTerm);
  });
  let credit = slot.terms.length > 0 ? own / slot.terms.length : 0;
  let chosen = ownUsed;
  for (const alt of slot.alternatives) {
    // Counted first, listed only when chosen: most names hold none of most synonym phrases.
    let held = 0;
    for (const t of alt.terms) if (terms.has(t)) held += 1;
    const share = held / alt.terms.length;
    // A synonym phrase counts only when (nearly) all of it is there: half of "youth offending
    // service" is not the YOT.
    if (share < (alt.terms.length <= 3 ? 1 : 0.75)) continue;
    const altCredit = share * alt.credit;
    if (!(altCredit > credit) && !(altCredit === credit && held > chosen.length)) continue;
    const hits = alt.terms.filter((t) => terms.has(t));
    // On a tie, a phrase that says more of the name wins only if it includes what was already matched
    // ("reoffending rate" over "reoffending"), not a second way of saying the same ("unfilled posts").
    if (altCredit > credit || chosen.every((t) => hits.includes(t))) {
      credit = altCredit;
      chosen = hits;
    }
  }
  if (used) for (const t of chosen) used.add(t);
  return credit;
}

/**
 * Every term a name could hold for {@link slotCredit} to credit the slot: its own words as typed, their
 * near spellings and its synonym phrases' terms. A name holding none of them explains nothing of it.
 */
export function creditableTerms(slot: Slot): Set<string> {
  const terms = new Set(slot.terms);
  for (const candidates of slot.matches) for (const m of candidates) terms.add(m.term);
  for (const alt of slot.alternatives) for (const t of alt.terms) terms.add(t);
  return terms;
}

/** Matches one name against the question's slots (optionally only some of them). */
export function matchName(query: Query, index: CatalogueIndex, entry: Entry, allowed?: (slot: number) => boolean): NameMatch {
  const terms = entry.termSet;
  const used = new Set<string>();
  const explained = new Map<number, number>();
  let strength = 0;
  query.slots.forEach((slot, n) => {
    if (allowed && !allowed(n)) return;
    const credit = slotCredit(slot, terms, used);
    if (credit > 0) {
      explained.set(n, credit);
      strength += credit * slot.weight;
    }
  });
  let covered = 0;
  let coreCovered = 0;
  // NOTE: `used` holds only the entry's own terms (slotCredit tests each against them).
  for (const term of used) {
    const w = index.weight(term);
    covered += w;
    if (entry.core.has(term)) coreCovered += w;
  }
  const full = entry.totalWeight > 0 ? covered / entry.totalWeight : 0;
  // Naming the core of a name ("vacancy rate") counts for more than the qualifiers left unsaid.
  const core = entry.coreWeight > 0 ? (CORE_SHARE * coreCovered) / entry.coreWeight : 0;
  return { entry, explained, precision: Math.max(full, (full + core) / 2), strength };
}

/**
 * The things of one kind the question could be about, each by its best-matching name, strongest
 * first. Only entries sharing a term with the question are looked at (inverted index), and only the
 * best-scoring few of those are matched in full, so the cost follows the question more than the size
 * of the catalogue.
 */
export function findCandidates(
  query: Query,
  index: CatalogueIndex,
  kinds: EntryKind[],
  options: {
    allowed?: (slot: number) => boolean;
    limit?: number;
    within?: (entry: Entry) => boolean;
    /**
     * Only the names of these things (their refs: a set, or a map's keys), as `within` testing
     * `entry.ref` would keep, but found by their refs rather than by testing every candidate.
     */
    among?: { keys(): Iterable<string>; has(ref: string): boolean };
    /** A name counts only if it explains at least one slot passing this test. */
    mustExplain?: (slot: number) => boolean;
  } = {},
): NameMatch[] {
  const byKind = cachedRough(query, index);
  const pool = kinds.length === 1 ? (byKind.get(kinds[0]!) ?? []) : kinds.flatMap((kind) => byKind.get(kind) ?? []).sort((a, b) => b[1] - a[1]);
  const { among } = options;
  const given = !!options.within || !!among;
  const items = (among && kinds.length === 1 && poolOf(index, byKind, kinds[0]!, pool, among)) || pool;
  const shortlist: [number, number][] = [];
  for (const item of items) {
    if (options.within && !options.within(index.entries[item[0]]!)) continue;
    if (among && !among.has(index.entries[item[0]]!.ref)) continue;
    // Far weaker first cuts than the best are not worth matching in full.
    // (Not when looking up given things: each of them is wanted, however weak.)
    if (!given && shortlist.length >= MIN_SHORTLIST && item[1] < shortlist[0]![1] * WEAK_CUT) break;
    shortlist.push(item);
    if (shortlist.length >= SHORTLIST) break;
  }
  const { thingOf } = namesOf(index);
  const best = new Map<number, NameMatch>();
  for (const [n] of shortlist) {
    const entry = index.entries[n]!;
    const match = matchName(query, index, entry, options.allowed);
    if (options.mustExplain && ![...match.explained.keys()].some(options.mustExplain)) continue;
    const key = thingOf[n]!;
    const current = best.get(key);
    // Of one thing's names, the one accounting for more of the question (of the words that matter
    // here) stands for it.
    if (!current || nameValue(query, match, options.mustExplain) > nameValue(query, current, options.mustExplain)) best.set(key, match);
  }
  return [...best.values()].sort((a, b) => rankValue(b) - rankValue(a)).slice(0, options.limit ?? 40);
}

type ByKind = Map<EntryKind, [number, number][]>;
const roughCache = new WeakMap<Query, ByKind>();
/** The scratch round each question's rough scores were made in: their pool positions hold until the next. */
const roughRound = new WeakMap<ByKind, number>();

/**
 * The items of one kind's pool whose entries name the given things, in pool order, found by the
 * things' entries and their positions in the pool rather than by a walk of the pool (thousands of
 * entries at scale). Undefined when the positions kept are another question's (the pool is walked).
 */
function poolOf(index: CatalogueIndex, byKind: ByKind, kind: EntryKind, pool: [number, number][], among: { keys(): Iterable<string> }): [number, number][] | undefined {
  const cut = scratchOf(index);
  const round = roughRound.get(byKind);
  if (round === undefined || round !== cut.round) return undefined;
  const named = namesOf(index).byKind.get(kind);
  const at: number[] = [];
  for (const ref of among.keys()) for (const n of named?.get(ref) ?? []) if (cut.pooled[n] === round) at.push(cut.poolAt[n]!);
  return at.sort((a, b) => a - b).map((p) => pool[p]!);
}

/**
 * The index's entries by the thing they name, once per index: entry numbers by kind, then ref, and
 * each entry's thing as a number. Questions look things up by these many times each; a key string
 * ("kind|ref") built and hashed per look-up cost more than the look-up.
 */
interface Names {
  byKind: Map<EntryKind, Map<string, number[]>>;
  thingOf: Uint32Array;
}

function namesOf(index: CatalogueIndex): Names {
  let names = namesKept.get(index);
  // Rebuilt if entries were added since (as the first cut's scratch is).
  if (!names || names.thingOf.length !== index.entries.length) {
    const byKind = new Map<EntryKind, Map<string, number[]>>();
    const thingOf = new Uint32Array(index.entries.length);
    let things = 0;
    index.entries.forEach((e, n) => {
      let refs = byKind.get(e.kind);
      if (!refs) byKind.set(e.kind, (refs = new Map()));
      let list = refs.get(e.ref);
      if (!list) refs.set(e.ref, (list = []));
      // The thing's number is its first entry's order among things.
      thingOf[n] = list.length > 0 ? thingOf[list[0]!]! : things++;
      list.push(n);
    });
    names = { byKind, thingOf };
    namesKept.set(index, names);
  }
  return names;
}
const namesKept = new WeakMap<CatalogueIndex, Names>();

function cachedRough(query: Query, index: CatalogueIndex): ByKind {
  let rough = roughCache.get(query);
  if (!rough) roughCache.set(query, (rough = roughScores(query, index)));
  return rough;
}

/**
 * Entry -> summed weight of the slots it shares a term with (a cheap first cut), split by kind of
 * entry and sorted, best first, so each kind's search looks only at its own. Rare words go first and
 * bring in candidates; once there are plenty, common words ("plan", "rate") only add to the
 * candidates already found, so a large catalogue does not make every question scan it all. Kept in
 * arrays over the entries (reused from question to question), not maps: a common word touches
 * thousands of entries at scale; ties keep the order entries came in.
 */
function roughScores(query: Query, index: CatalogueIndex): ByKind {
  const cut = scratchOf(index);
  const { weight } = cut;
  const round = (cut.round += 1);
  const order: number[] = [];
  const slots = query.slots
    .map((slot) => ({ slot, terms: [...new Set([...slot.matches.flat().map((m) => m.term), ...slot.alternatives.flatMap((a) => a.terms)])] }))
    .map((s) => ({ ...s, df: s.terms.reduce((sum, t) => sum + (index.postings.get(t)?.length ?? 0), 0), cue: s.slot.soft || cueTags(s.slot.terms[0] ?? '').length > 0 }))
    // Subject words bring candidates in first, rarest first; cue and date words ("rate", "march") last.
    .sort((a, b) => Number(a.cue) - Number(b.cue) || a.df - b.df);
  for (const { slot, terms, df } of slots) {
    const open = order.length < CANDIDATE_CAP;
    // Too common to tell candidates apart: matched in full later, not worth a scan here.
    if (!open && df > CANDIDATE_CAP * 4) continue;
    cut.mark += 1;
    for (const term of terms) addPostings(cut, index.postings.get(term) ?? [], slot.weight, open, order);
  }
  const out: ByKind = new Map();
  const lists: [number, number][][] = [];
  for (const n of order) {
    const code = cut.kindOf[n]!;
    const list = lists[code];
    if (list) list.push([n, weight[n]!]);
    else out.set(cut.kinds[code]!, (lists[code] = [[n, weight[n]!]]));
  }
  for (const list of out.values()) {
    list.sort((a, b) => b[1] - a[1]);
    list.forEach(([n], p) => {
      cut.pooled[n] = round;
      cut.poolAt[n] = p;
    });
  }
  roughRound.set(out, round);
  return out;
}

/** Per entry, beside the first cut's counters: its kind (a number for kinds[n]) and its place in its pool. */
interface RoughScratch extends CutScratch {
  kindOf: Uint8Array;
  kinds: EntryKind[];
  /** The question whose pool an entry was last in, and its position there. */
  pooled: Uint32Array;
  poolAt: Uint32Array;
}
const scratches = new WeakMap<CatalogueIndex, RoughScratch>();

function scratchOf(index: CatalogueIndex): RoughScratch {
  let scratch = scratches.get(index);
  const n = index.entries.length;
  if (!scratch || scratch.weight.length !== n) {
    const kinds = [...new Set(index.entries.map((e) => e.kind))];
    const kindOf = Uint8Array.from(index.entries, (e) => kinds.indexOf(e.kind));
    scratch = { ...newCutScratch(n), kindOf, kinds, pooled: new Uint32Array(n), poolAt: new Uint32Array(n) };
    scratches.set(index, scratch);
  }
  return scratch;
}

/** Candidates brought in by rare words before common words stop adding new ones. */
const CANDIDATE_CAP = 600;

const CORE_SHARE = 0.9;

/** Entries matched in full per kind search; the rest are dropped on a rough score. */
const SHORTLIST = 80;
const MIN_SHORTLIST = 12;
const WEAK_CUT = 0.4;

const rankValue = (m: NameMatch) => m.strength * (0.6 + 0.4 * m.precision);
function nameValue(query: Query, m: NameMatch, counts?: (slot: number) => boolean): number {
  if (!counts) return m.strength * (0.9 + 0.1 * m.precision);
  let strength = 0;
  for (const [slot, credit] of m.explained) if (counts(slot)) strength += credit * query.slots[slot]!.weight;
  return strength * (0.9 + 0.1 * m.precision) + m.strength * 1e-3;
}
