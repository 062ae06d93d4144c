import { cueTags } from './cues';
import type { Recommendation } from '../domain/model';
import type { ListFilter } from './intents';
import type { NameMatch } from './match';
import { type ReadContext, slotCues } from './reading';
import { comparable, nameTerms } from './text';

/** Slots holding a word of the question. */
export function slotsOfWord(ctx: ReadContext, word: string): number[] {
  return ctx.query.words.flatMap((w, p) => (w === word ? ctx.query.slots.flatMap((s, n) => (s.positions.includes(p) ? [n] : [])) : []));
}

/** Recommendations with this number; when the question names who made them ("Ofsted"), only theirs. */
export function recommendationsNumbered(ctx: ReadContext, number: string, planIds: string[]): { ids: string[]; slots: number[]; restated: number[] } {
  const wanted = number.toLowerCase();
  const all = ctx.index.data.recommendations.filter((r) => r.number.toLowerCase() === wanted || r.number.toLowerCase().startsWith(`${wanted}(`));
  const byBody = bodiesNamed(ctx, all);
  const named = all.filter((r) => byBody.has(r.id));
  const inPlan = all.filter((r) => r.planId && planIds.includes(r.planId));
  const chosen = named.length > 0 ? named : inPlan.length > 0 ? inPlan : all;
  return { ids: chosen.map((r) => r.id), slots: [...new Set(named.flatMap((r) => byBody.get(r.id)!))], restated: restatedSlots(ctx, chosen) };
}

/**
 * Words of the question that restate what the recommendations themselves say ("ofsted priority 10
 * leadership on foster carers"): they say which one is meant, they do not narrow its actions.
 */
function restatedSlots(ctx: ReadContext, recommendations: Recommendation[]): number[] {
  if (recommendations.length !== 1) return [];
  const terms = new Set(nameTerms(recommendations[0]!.text));
  return ctx.query.slots.flatMap((slot, n) => (slot.terms.length > 0 && slotCues(slot).length === 0 && slot.terms.every((t) => terms.has(t)) ? [n] : []));
}

/** Recommendations whose maker ("Ofsted ILACS 2019", "PRU Referrals task and finish group") the question names, with the slots used. */
export function bodiesNamed(ctx: ReadContext, recommendations: readonly Recommendation[] = ctx.index.data.recommendations): Map<string, number[]> {
  // A list kept with the catalogue is asked about once per plan a list question may mean: worked out
  // once per question. A list made for one call (those of a number) is not kept.
  if (!keptLists.has(recommendations) && recommendations !== ctx.index.data.recommendations) return findBodiesNamed(ctx, recommendations);
  let known = bodiesKnown.get(ctx);
  if (!known) bodiesKnown.set(ctx, (known = new Map()));
  let found = known.get(recommendations);
  if (!found) known.set(recommendations, (found = findBodiesNamed(ctx, recommendations)));
  return found;
}
const bodiesKnown = new WeakMap<ReadContext, Map<readonly Recommendation[], Map<string, number[]>>>();
const keptLists = new WeakSet<readonly Recommendation[]>();

/** Marks a list of recommendations as kept with the catalogue (built once, asked about question after question). */
export function keepRecommendationList(recommendations: readonly Recommendation[]): void {
  keptLists.add(recommendations);
}

function findBodiesNamed(ctx: ReadContext, recommendations: readonly Recommendation[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const byBody = new Map<string, number[]>();
  for (const body of makersOf(recommendations)) {
    const terms = bodyTerms(ctx, body);
    const slots = ctx.query.slots.flatMap((slot, n) =>
      slot.terms.length > 0 && slotCues(slot).length === 0 && (slot.terms.every((t) => terms.has(t)) || slot.alternatives.some((a) => a.terms.every((t) => terms.has(t)))) ? [n] : [],
    );
    if (slots.length > 0) byBody.set(body, slots);
  }
  // Most questions name no maker: then the recommendations (thousands at scale) are not walked.
  if (byBody.size === 0) return out;
  for (const r of recommendations) {
    const slots = byBody.get(r.body);
    if (slots) out.set(r.id, slots);
  }
  return out;
}

/** The makers of a list of recommendations, each once; remembered for the lists kept with the catalogue. */
function makersOf(recommendations: readonly Recommendation[]): string[] {
  let makers = makersKept.get(recommendations);
  if (!makers) makersKept.set(recommendations, (makers = [...new Set(recommendations.map((r) => r.body))]));
  return makers;
}
const makersKept = new WeakMap<readonly Recommendation[], string[]>();

const bodyTermCache = new WeakMap<object, Map<string, Set<string>>>();

/** A recommendation maker's name as terms, worked out once per catalogue. */
function bodyTerms(ctx: ReadContext, body: string): Set<string> {
  let cache = bodyTermCache.get(ctx.index);
  if (!cache) bodyTermCache.set(ctx.index, (cache = new Map()));
  let terms = cache.get(body);
  if (!terms) cache.set(body, (terms = new Set(nameTerms(body))));
  return terms;
}

/** The lead filter for a named person (their titles) or a role in general, and the slots it used. */
export function leadFilter(ctx: ReadContext, person: NameMatch | undefined, role: NameMatch | undefined): { filter: NonNullable<ListFilter['lead']>; explained: Map<number, number> } | undefined {
  if (person && (!role || person.strength >= role.strength)) {
    const known = ctx.index.people.get(person.entry.ref);
    if (!known) return undefined;
    return {
      filter: { label: known.name, titles: [known.name, ...known.titles.map((t) => t.title)], ...(known.council ? { council: known.council } : {}), match: 'exact' },
      explained: person.explained,
    };
  }
  if (!role) return undefined;
  return { filter: { label: role.entry.label, titles: [role.entry.label], match: 'contains' }, explained: role.explained };
}

const leadTexts = new WeakMap<object, string[]>();

/** A role some action's lead names ("Fostering Manager"); committee memberships lead nothing. */
export function leadsSomething(ctx: ReadContext, title: string): boolean {
  let leads = leadTexts.get(ctx.index);
  if (!leads) leadTexts.set(ctx.index, (leads = [...new Set(ctx.index.data.actions.flatMap((a) => a.leads.map((l) => ` ${comparable(l)} `)))]));
  const wanted = ` ${comparable(title)} `;
  return leads.some((l) => l.includes(wanted));
}

/** Words left over that actions' texts contain: "which actions are about fostering". */
export function topicTerms(ctx: ReadContext, covered: Map<number, number>, planIds: string[] | undefined): { terms: string[]; slots: number[] } {
  const terms: string[] = [];
  const slots: number[] = [];
  const planWords = new Set((planIds ?? []).flatMap((id) => {
    const plan = ctx.index.plans.get(id);
    return plan ? [plan.name, ...plan.aliases].flatMap(nameTerms) : [];
  }));
  const byAnyPlan = new Set(ctx.plans.flatMap((p) => [...p.explained.keys()]));
  ctx.query.slots.forEach((slot, n) => {
    if (covered.has(n) || byAnyPlan.has(n) || slot.terms.some((t) => cueTags(t).length > 0 || planWords.has(t))) return;
    const hit = slot.matches.flat().find((m) =>
      (ctx.index.postings.get(m.term) ?? []).some((e) => {
        const entry = ctx.index.entries[e]!;
        return entry.kind === 'action' && (!planIds || planIds.includes(ctx.index.actions.get(entry.ref)?.planId ?? ''));
      }),
    );
    if (hit) {
      terms.push(hit.term);
      slots.push(n);
    }
  });
  return { terms, slots };
}
