import { findActionsByRef, parseRefQuery } from '../domain/update-action-ref';
import type { Action, Plan } from '../domain/model';
import type { CatalogueStore } from '../store/ports';

export interface ActionInPlan {
  action: Action;
  plan: Plan;
}

export type FoundAction =
  | { kind: 'found'; action: Action; plan: Plan }
  /** The ref is in several plans: ask which. */
  | { kind: 'choose'; ref: string; options: ActionInPlan[] }
  | { kind: 'not-found'; ref: string; planWords: string[] }
  | { kind: 'no-ref' };

/**
 * Finds the action a command names ("1.9", "1.1 in dtoc"). When the ref is in several plans and
 * exactly one of them passes `prefer` (say, the one the caller leads), that one is taken; with a list
 * of preferences, the first that picks exactly one.
 */
export async function findAction(
  catalogue: CatalogueStore,
  text: string,
  prefer?: ((action: Action) => boolean) | ((action: Action) => boolean)[],
): Promise<FoundAction> {
  const query = parseRefQuery(text);
  if (!query) return { kind: 'no-ref' };
  const [actions, plans] = await Promise.all([catalogue.listActions(), catalogue.listPlans()]);
  const byPlan = new Map(plans.map((p) => [p.id, p]));
  const matches = findActionsByRef(actions, plans, query)
    .map((action) => ({ action, plan: byPlan.get(action.planId) }))
    .filter((m): m is ActionInPlan => !!m.plan);
  if (matches.length === 0) return { kind: 'not-found', ref: query.ref, planWords: query.planWords };
  const preferences = prefer === undefined ? [] : Array.isArray(prefer) ? prefer : [prefer];
  const preferred = preferences.map((p) => matches.filter((m) => p(m.action))).find((picked) => picked.length === 1);
  const only = matches.length === 1 ? matches[0] : preferred?.[0];
  if (only) return { kind: 'found', ...only };
  return { kind: 'choose', ref: query.ref, options: matches };
}

/** One action and its plan by id (the id a card carries). */
export async function getAction(catalogue: CatalogueStore, actionId: string): Promise<ActionInPlan | undefined> {
  const action = await catalogue.getAction(actionId);
  const plan = action ? await catalogue.getPlan(action.planId) : undefined;
  return action && plan ? { action, plan } : undefined;
}
