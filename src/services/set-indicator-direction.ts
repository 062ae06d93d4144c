import type { Actor, Directory } from '../domain/directory';
import { findPerson } from '../domain/directory';
import { directionText } from '../domain/indicator-direction';
import type { Indicator, Plan } from '../domain/model';
import { words } from '../domain/update-action-ref';
import { administersPlan } from '../domain/update-permissions';
import type { ChangeAuthor } from '../domain/updates';
import type { UpdateStores } from './update-stores';

/** "lower is better for <indicator>", as the command gives it. */
export interface DirectionRequest {
  polarity: 'higher-is-better' | 'lower-is-better';
  indicatorText: string;
}

export type DirectionOutcome =
  | { kind: 'saved'; indicator: Indicator; plan: Plan; summary: string }
  | { kind: 'refused'; message: string }
  | { kind: 'kept'; message: string }
  | { kind: 'which-indicator'; candidates: { indicator: Indicator; plan?: Plan }[] }
  | { kind: 'not-found'; message: string };

const ignored = new Set(['the', 'for', 'of', 'in', 'a', 'an', 'indicator', 'measure', 'kpi']);

/** Indicators of a plan whose name holds every word typed, or, for a ref such as "4.3", that action's. */
function matching(indicators: Indicator[], text: string): Indicator[] {
  const wanted = words(text).filter((w) => !ignored.has(w));
  if (wanted.length === 0) return [];
  const inPlans = indicators.filter((i) => i.planId);
  if (wanted.length === 1 && /^\d+(\.\d+)*[a-z]?$/.test(wanted[0]!)) return inPlans.filter((i) => i.actionRef?.toLowerCase() === wanted[0]);
  return inPlans.filter((i) => {
    const name = new Set(words(`${i.name} ${i.aliases.join(' ')}`));
    return wanted.every((w) => name.has(w));
  });
}

/**
 * Sets which way is better for one of a plan's indicators (plan administrators only), recorded with
 * who and when. The plan's own words and its target against the starting figure come first: where
 * they give a direction, it is kept and the administrator is told why.
 */
export async function setIndicatorDirection(
  stores: UpdateStores,
  directory: Directory,
  actor: Actor,
  request: DirectionRequest,
  now: Date,
): Promise<DirectionOutcome> {
  const all = await stores.catalogue.listIndicators();
  const found = matching(all, request.indicatorText);
  const plans = new Map((await stores.catalogue.listPlans()).map((p) => [p.id, p]));
  if (found.length === 0) {
    return { kind: 'not-found', message: `I can't find a plan's indicator named "${request.indicatorText.trim()}"; use words from its name, or its action's number.` };
  }
  if (found.length > 1) return { kind: 'which-indicator', candidates: found.map((indicator) => ({ indicator, ...(plans.has(indicator.planId!) ? { plan: plans.get(indicator.planId!)! } : {}) })) };
  const indicator = found[0]!;
  const plan = plans.get(indicator.planId!);
  if (!plan) return { kind: 'not-found', message: `The plan of "${indicator.name}" is not in the catalogue any more.` };
  const settings = await stores.planSettings.get(plan.id);
  if (!administersPlan(directory, actor, settings)) {
    return { kind: 'refused', message: `Only the administrators of ${plan.name} can say which way is better for its indicators.` };
  }
  if (indicator.polarity === 'higher-is-better' || indicator.polarity === 'lower-is-better') {
    return {
      kind: 'kept',
      message: `${indicator.name}: ${directionText(indicator.polarity, indicator.polarityReason)}. The plan's own words and figures come first, so I have not changed it.`,
    };
  }
  if (indicator.polarity === 'none') {
    return { kind: 'kept', message: `${indicator.name} is for context in the plan: neither higher nor lower is better, so it gets no status.` };
  }
  const person = findPerson(directory, actor);
  const by: ChangeAuthor = { name: person?.name ?? actor.name ?? 'Someone', ...(actor.aadObjectId ? { aadObjectId: actor.aadObjectId } : {}) };
  const set = { polarity: request.polarity, by, at: now.toISOString() };
  await stores.planSettings.update(plan.id, { directions: { ...(settings?.directions ?? {}), [indicator.id]: set } }, by);
  const reason = { source: 'administrator' as const, detail: 'set in Teams', by: by.name, at: set.at.slice(0, 10) };
  return {
    kind: 'saved',
    indicator,
    plan,
    summary: `${indicator.name} (${plan.name}${indicator.actionRef ? `, action ${indicator.actionRef}` : ''}): ${directionText(request.polarity, reason)}. Its status is now worked out against its target.`,
  };
}
