import { randomUUID } from 'node:crypto';
import type { Actor, Directory } from '../domain/directory';
import { dateIn } from '../domain/update-dates';
import { checkUpdate, type FieldErrors, type UpdateField, type UpdateInput, type UpdateSubmission } from '../domain/update-rules';
import type { ActionUpdate, ChangeAuthor } from '../domain/updates';
import { refusalFor } from './action-card';
import { type ActionForUpdate, loadActionForUpdate } from './open-action-update';
import type { UpdateStores } from './update-stores';

export interface UpdateRequest {
  /** The card's data and inputs, parsed at the edge (teams/verbs.ts); the rules are checked here. */
  data: UpdateSubmission;
  actor: Actor;
  /** Same submission delivered twice = same key (worked out from the activity by the caller). */
  idempotencyKey: string;
}

export type UpdateOutcome =
  | { kind: 'updated'; update: ActionUpdate; target: ActionForUpdate }
  /** Delivered before and recorded then: this is what was recorded. */
  | { kind: 'duplicate'; update: ActionUpdate; target: ActionForUpdate }
  | { kind: 'rejected'; errors: FieldErrors<UpdateField>; input: UpdateInput; target: ActionForUpdate }
  /**
   * Someone updated the action after the card was shown: nothing written; `target.latest` is theirs,
   * and `mine` says whether that was the same person (from another card).
   */
  | { kind: 'conflict'; input: UpdateInput; target: ActionForUpdate; seenVersion: number; mine: boolean }
  /** The caller may not update it: `message` says why and where to see its updates. */
  | { kind: 'refused'; target: ActionForUpdate; message: string }
  /** The card does not name an action this bot has (out of date, or not one of ours). */
  | { kind: 'unknown-card' };

/**
 * Records an officer's status update of an action: checks the card's data, who is asking, the plan's
 * rules, and that nobody updated it since the card was shown; appends it once however often Teams
 * delivers it.
 */
export async function updateActionStatus(
  stores: UpdateStores,
  directory: Directory,
  clock: { now: Date; timeZone: string },
  request: UpdateRequest,
): Promise<UpdateOutcome> {
  const { actionId, version, ...input } = request.data;
  const target = await loadActionForUpdate(stores, directory, request.actor, actionId);
  if (!target) return { kind: 'unknown-card' };
  if (!target.permission.allowed) return { kind: 'refused', target, message: refusalFor({ ...target, permission: target.permission }) };

  const checked = checkUpdate(input, target.plan.scale, dateIn(clock.now, clock.timeZone));
  if (!checked.ok) return { kind: 'rejected', errors: checked.errors, input, target };

  const person = target.permission.person;
  const author: ChangeAuthor = {
    name: person?.name ?? request.actor.name ?? 'Someone',
    ...(request.actor.aadObjectId ? { aadObjectId: request.actor.aadObjectId } : {}),
  };
  const previousStatus = target.latest?.status ?? target.action.status;
  const result = await stores.actionUpdates.append(
    {
      id: randomUUID(),
      actionId,
      planId: target.plan.id,
      ...checked.update,
      ...(previousStatus ? { previousStatus } : {}),
      author,
      at: clock.now.toISOString(),
      idempotencyKey: request.idempotencyKey,
    },
    version,
  );
  if (result.kind === 'ok') return { kind: 'updated', update: result.update, target };
  if (result.kind === 'duplicate') return { kind: 'duplicate', update: result.update, target };
  const me = request.actor.aadObjectId?.toLowerCase();
  const mine = !!me && result.latest.author.aadObjectId?.toLowerCase() === me;
  return { kind: 'conflict', input, target: { ...target, latest: result.latest }, seenVersion: version, mine };
}
