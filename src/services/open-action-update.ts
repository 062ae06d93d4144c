import type { Actor, Directory } from '../domain/directory';
import type { Action, Plan } from '../domain/model';
import { mayUpdate, type UpdatePermission } from '../domain/update-permissions';
import type { PlanSettings } from '../domain/plan-settings';
import type { ActionUpdate } from '../domain/updates';
import { type ActionInPlan, findAction, getAction } from './find-action';
import type { UpdateStores } from './update-stores';

/** Everything an update card shows: the action, its plan, the newest update and the caller's right to change it. */
export interface ActionForUpdate {
  action: Action;
  plan: Plan;
  latest?: ActionUpdate;
  settings?: PlanSettings;
  permission: UpdatePermission;
}

export type OpenedUpdate =
  | { kind: 'open'; target: ActionForUpdate }
  | { kind: 'choose'; ref: string; options: ActionInPlan[] }
  | { kind: 'not-found'; ref: string; planWords: string[] }
  | { kind: 'no-ref' };

/** The action, its newest update and the caller's permission, by id. */
export async function loadActionForUpdate(
  stores: UpdateStores,
  directory: Directory,
  actor: Actor,
  actionId: string,
): Promise<ActionForUpdate | undefined> {
  const found = await getAction(stores.catalogue, actionId);
  if (!found) return undefined;
  const [latest, settings] = await Promise.all([
    stores.actionUpdates.latest([actionId]).then((m) => m.get(actionId)),
    stores.planSettings.get(found.plan.id),
  ]);
  return {
    ...found,
    ...(latest ? { latest } : {}),
    ...(settings ? { settings } : {}),
    permission: mayUpdate(directory, actor, found.action, settings),
  };
}

/**
 * "update 1.9": finds the action and says whether the caller may update it. When the ref is in several
 * plans and the caller may update exactly one of them, that one is opened.
 */
export async function openActionUpdate(
  stores: UpdateStores,
  directory: Directory,
  actor: Actor,
  text: string,
): Promise<OpenedUpdate> {
  const settings = new Map((await stores.planSettings.list()).map((s) => [s.planId, s]));
  const found = await findAction(stores.catalogue, text, (a) => mayUpdate(directory, actor, a, settings.get(a.planId)).allowed);
  if (found.kind !== 'found') return found;
  const target = await loadActionForUpdate(stores, directory, actor, found.action.id);
  if (!target) return { kind: 'not-found', ref: found.action.ref, planWords: [] };
  return { kind: 'open', target };
}
