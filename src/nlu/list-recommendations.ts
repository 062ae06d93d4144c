import type { Recommendation } from '../domain/model';
import type { CatalogueIndex, Entry } from './catalogue-index';
import { bodiesNamed, keepRecommendationList } from './list-filters';
import { creditableTerms, matchName } from './match';
import { type ReadContext, slotCues } from './reading';
import { nameTerms } from './text';

/**
 * A recommendation named by what it says rather than its number ("the ofsted staffing capacity
 * priority", "actions on services to foster carers and prospective adopters"): its plan's actions
 * answer it, as the plan's own table maps them, which a filter on the actions' words would miss.
 */
export interface RecommendationByWords {
  id: string;
  /** The plan whose actions answer it (always, for one found for a list of those actions). */
  planId: string | undefined;
  /** Slot -> credit: the words restating it, and its maker's name when said. */
  explained: Map<number, number>;
}

/** Share of the question's subject words one recommendation must restate, its maker named. */
const NAMED_SHARE = 0.5;
/** Without its maker named, nearly all of them, and at least this many words. */
const UNNAMED_SHARE = 0.8;
const UNNAMED_SLOTS = 3;
/** The best must restate this much more than the next, or none is picked. */
const MARGIN = 1.3;

type RecEntry = { rec: Recommendation; entry: Entry };
type RecEntries = RecEntry[];
/** The entries, the recommendations alone, and term (or plan) -> the positions of the entries holding it (or its). */
type KeptEntries = { entries: RecEntries; recs: Recommendation[]; byTerm: Map<string, number[]>; byPlan: Map<string, number[]> };
const entryCache = new WeakMap<CatalogueIndex, KeptEntries>();
const allEntryCache = new WeakMap<CatalogueIndex, KeptEntries>();

/**
 * Each recommendation some plan answers with actions (`all`: every one, a rejected one with none
 * too), as a name entry of its text, weighted as the index weighs words; and the recommendations
 * alone (one list kept, so what is worked out per list is kept too).
 */
function recommendationEntries(index: CatalogueIndex, all = false): KeptEntries {
  const cache = all ? allEntryCache : entryCache;
  const known = cache.get(index);
  if (known) return known;
  const entries: RecEntries = index.data.recommendations
    .filter((r) => all || (r.planId && r.actionRefs.length > 0))
    .map((rec) => {
      const terms = [...new Set(nameTerms(rec.text))];
      const totalWeight = terms.reduce((a, t) => a + index.weight(t), 0);
      const termSet = new Set(terms);
      return { rec, entry: { kind: 'recommendation', ref: rec.id, label: rec.text, terms, termSet, totalWeight, core: termSet, coreWeight: totalWeight } };
    });
  const byTerm = new Map<string, number[]>();
  const byPlan = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, n: number) => {
    const list = map.get(key);
    if (list) list.push(n);
    else map.set(key, [n]);
  };
  entries.forEach(({ rec, entry }, n) => {
    for (const term of entry.terms) add(byTerm, term, n);
    if (rec.planId) add(byPlan, rec.planId, n);
  });
  const kept = { entries, recs: entries.map((e) => e.rec), byTerm, byPlan };
  keepRecommendationList(kept.recs);
  cache.set(index, kept);
  return kept;
}

/**
 * The one recommendation a question about it alone names by what it says ("what did the exec say on
 * the send t&f rec about the accessibility plan"): of the makers the question names most fully ("pru
 * t&f" is the PRU group's, though "t&f" is every group's), restating nearly all of the rest of its
 * words, clearly ahead of the next. Its response is the answer, so a rejected one counts too.
 *
 * @param covered slots already accounted for (the plan's name)
 * @param asked slots asking about the recommendation rather than restating it ("was it accepted")
 */
export function oneRecommendationByWords(ctx: ReadContext, covered: ReadonlySet<number>, asked: ReadonlySet<number>): RecommendationByWords | undefined {
  const kept = recommendationEntries(ctx.index, true);
  const bodies = bodiesNamed(ctx, kept.recs);
  if (bodies.size === 0) return undefined;
  const most = Math.max(...[...bodies.values()].map((slots) => slots.length));
  const isNamed = (e: RecEntry) => bodies.get(e.rec.id)?.length === most;
  const bodySlots = new Set(kept.entries.filter(isNamed).flatMap((e) => bodies.get(e.rec.id) ?? []));
  const found = pick(ctx, kept, isNamed, covered, new Set([...bodySlots, ...asked]), UNNAMED_SHARE, 1);
  if (found) for (const n of bodySlots) found.explained.set(n, 1);
  return found;
}

/**
 * The one recommendation the question's leftover subject words restate, if one clearly does: of the
 * makers the question names ("Ofsted") first, whatever plan its other words matched; else of any
 * maker, when the words restate nearly all of it. Its maker named, the words of the plan's name need
 * not be restated, and it may belong to another plan than they matched.
 *
 * @param covered slots already accounted for (the plan's name)
 * @param planIds the plans the list is limited to, if any
 */
export function recommendationByWords(ctx: ReadContext, covered: ReadonlySet<number>, planIds: string[]): RecommendationByWords | undefined {
  const kept = recommendationEntries(ctx.index);
  const slots = [...covered].sort((a, b) => a - b).join(',');
  // Of a maker named, whatever plan: the same for every plan the question may mean (hundreds at scale).
  const named = remember(ctx, `named ${slots}`, () => byMakerNamed(ctx, kept, covered));
  if (named) return named;
  // The plans' own recommendations, looked up: at scale there are many plans and thousands of recommendations.
  return remember(ctx, `plans ${slots} ${planIds.join(' ')}`, () => {
    const inPlans = planIds.length === 0 ? undefined : [...new Set(planIds)].flatMap((id) => kept.byPlan.get(id) ?? []).sort((a, b) => a - b).map((n) => kept.entries[n]!);
    return pick(ctx, kept, () => true, covered, covered, UNNAMED_SHARE, UNNAMED_SLOTS, inPlans);
  });
}

function byMakerNamed(ctx: ReadContext, kept: KeptEntries, covered: ReadonlySet<number>): RecommendationByWords | undefined {
  const bodies = bodiesNamed(ctx, kept.recs);
  if (bodies.size === 0) return undefined;
  const named = pick(ctx, kept, (e) => bodies.has(e.rec.id), covered, new Set([...bodies.values()].flat()), NAMED_SHARE, 1);
  if (named) for (const n of bodies.get(named.id) ?? []) named.explained.set(n, 1);
  return named;
}

/** A finding kept for the rest of the question: each plan a list question may mean asks again. */
function remember(ctx: ReadContext, key: string, find: () => RecommendationByWords | undefined): RecommendationByWords | undefined {
  let known = byWordsKnown.get(ctx);
  if (!known) byWordsKnown.set(ctx, (known = new Map()));
  if (!known.has(key)) known.set(key, find());
  return known.get(key);
}
const byWordsKnown = new WeakMap<ReadContext, Map<string, RecommendationByWords | undefined>>();

/**
 * The recommendation (of those `keep` passes, among `among` when given) restating at least `share` of
 * the open subject words, in `slots` or more, clearly ahead of the next. Words the plan's name
 * accounts for (`covered`) need not be restated, but count when they are.
 */
function pick(
  ctx: ReadContext,
  kept: KeptEntries,
  keep: (e: RecEntry) => boolean,
  covered: ReadonlySet<number>,
  blocked: ReadonlySet<number>,
  share: number,
  slots: number,
  among?: RecEntries,
): RecommendationByWords | undefined {
  // Worked out once per slot, not once per slot and recommendation matched.
  const open = ctx.query.slots.map((slot, n) => !slot.soft && slotCues(slot).length === 0 && !blocked.has(n));
  const subject = (n: number) => open[n]!;
  // The best must restate `share` of the open words the plan's name does not cover, and a runner-up
  // stops it only within MARGIN of it: a recommendation whose slots weigh less than that can be neither.
  const floor = (share * ctx.query.slots.reduce((sum, slot, n) => sum + (open[n] && !covered.has(n) ? slot.weight : 0), 0)) / MARGIN;
  const scored = (among ?? holding(kept, slotTerms(ctx, open), floor))
    .filter(keep)
    .map(({ rec, entry }) => ({ rec, match: matchName(ctx.query, ctx.index, entry, subject) }))
    .filter(({ match }) => match.explained.size > 0)
    .sort((a, b) => b.match.strength - a.match.strength);
  const [best, next] = scored;
  if (!best || best.match.explained.size < slots) return undefined;
  const total = ctx.query.slots.reduce((sum, slot, n) => sum + (subject(n) && (!covered.has(n) || best.match.explained.has(n)) ? slot.weight : 0), 0);
  if (best.match.strength < total * share) return undefined;
  if (next && best.match.strength < next.match.strength * MARGIN) return undefined;
  return { id: best.rec.id, planId: best.rec.planId, explained: new Map(best.match.explained) };
}

/** Each open slot's weight and the terms a name could hold to explain it. */
function slotTerms(ctx: ReadContext, open: readonly boolean[]): { terms: Set<string>; weight: number }[] {
  return ctx.query.slots.flatMap((slot, n) => (open[n] ? [{ terms: creditableTerms(slot), weight: slot.weight }] : []));
}

/**
 * The entries holding terms of slots weighing at least `floor` in all (the most they could restate),
 * in their own order (ties are settled by it): found through the terms' lists rather than by matching
 * every one (thousands at scale).
 */
function holding(kept: KeptEntries, slots: readonly { terms: Set<string>; weight: number }[], floor: number): RecEntries {
  const most = new Float64Array(kept.entries.length);
  const last = new Int32Array(kept.entries.length).fill(-1);
  const found: number[] = [];
  slots.forEach(({ terms, weight }, k) => {
    for (const term of terms) {
      for (const n of kept.byTerm.get(term) ?? []) {
        if (last[n] === k) continue;
        if (last[n] === -1) found.push(n);
        last[n] = k;
        most[n] += weight;
      }
    }
  });
  return found
    .filter((n) => most[n]! >= floor)
    .sort((a, b) => a - b)
    .map((n) => kept.entries[n]!);
}
