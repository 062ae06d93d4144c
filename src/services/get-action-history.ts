import type { Actor, Directory } from '../domain/directory';
import type { Action, Plan } from '../domain/model';
import { mayUpdate } from '../domain/update-permissions';
import type { ActionUpdate } from '../domain/updates';
import { type FoundAction, findAction, getAction } from './find-action';
import type { UpdateStores } from './update-stores';

export type ActionHistory =
  | { kind: 'history'; action: Action; plan: Plan; updates: ActionUpdate[] }
  | Exclude<FoundAction, { kind: 'found' }>;

/**
 * "history 1.9" (or a card's action id): every update of the action, oldest first. Anyone may read
 * it: the status of a plan's actions is reported to its board in public. A ref in several plans is
 * the asker's own action when they may update exactly one of them, as for "update 1.9".
 */
export async function getActionHistory(
  stores: UpdateStores,
  which: { text: string } | { actionId: string },
  asker?: { directory: Directory; actor: Actor },
): Promise<ActionHistory> {
  const settings = asker ? new Map((await stores.planSettings.list()).map((s) => [s.planId, s])) : undefined;
  const mine = asker && settings ? (a: Action) => mayUpdate(asker.directory, asker.actor, a, settings.get(a.planId)).allowed : undefined;
  const found =
    'text' in which
      ? await findAction(stores.catalogue, which.text, mine)
      : await getAction(stores.catalogue, which.actionId).then((f): FoundAction => (f ? { kind: 'found', ...f } : { kind: 'no-ref' }));
  if (found.kind !== 'found') return found;
  const updates = await stores.actionUpdates.history(found.action.id);
  return { kind: 'history', action: found.action, plan: found.plan, updates };
}
