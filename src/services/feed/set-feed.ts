import { type Actor, type Directory, findPerson } from '../../domain/directory';
import type { Plan } from '../../domain/model';
import { administersPlan } from '../../domain/update-permissions';
import type { Stores } from '../../store/ports';
import type { ConversationRecord } from '../../domain/conversations';
import type { ChangeAuthor } from '../../domain/updates';
import { findPlan, whichPlanText } from '../reports/find-plan';

export type FeedOutcome =
  | { kind: 'set'; plan: Plan; replaced: boolean }
  | { kind: 'stopped'; plan: Plan; wasSet: boolean }
  | { kind: 'refused' | 'invalid'; message: string };

/** Who made a change, as it is kept with the setting. */
export function authorOf(directory: Directory, actor: Actor): ChangeAuthor {
  const person = findPerson(directory, actor);
  return { name: person?.name ?? actor.name ?? 'Someone', ...(actor.aadObjectId ? { aadObjectId: actor.aadObjectId } : {}) };
}

/**
 * Sets (or, without a channel, stops) the channel a plan's status changes and weekly digest are
 * posted to. Only the plan's administrators may; updates made from now on are posted.
 */
export async function setFeedChannel(
  stores: Pick<Stores, 'catalogue' | 'planSettings' | 'planSchedules' | 'conversations'>,
  directory: Directory,
  actor: Actor,
  /** `channel`: where to post (the channel itself, with its reference); absent to stop the feed. */
  request: { planText: string; channel?: ConversationRecord },
  now: Date,
): Promise<FeedOutcome> {
  const found = await findPlan(stores.catalogue, request.planText);
  if (found.kind !== 'found') return { kind: 'invalid', message: whichPlanText(found, request.planText) };
  const plan = found.plan;
  if (!administersPlan(directory, actor, await stores.planSettings.get(plan.id))) {
    return { kind: 'refused', message: `Sorry, only the administrators of ${plan.name} can choose where its updates are posted. Ask one of them, or the council's bot administrator.` };
  }
  const current = (await stores.planSchedules.get(plan.id))?.feed;
  if (!request.channel) {
    await stores.planSchedules.setFeed(plan.id, undefined, authorOf(directory, actor));
    return { kind: 'stopped', plan, wasSet: !!current };
  }
  const channelId = request.channel.id;
  await stores.conversations.upsert(request.channel);
  const keepSince = current?.conversationId === channelId ? current.since : undefined;
  await stores.planSchedules.setFeed(plan.id, { conversationId: channelId, since: keepSince ?? now.toISOString() }, authorOf(directory, actor));
  return { kind: 'set', plan, replaced: !!current && current.conversationId !== channelId };
}
