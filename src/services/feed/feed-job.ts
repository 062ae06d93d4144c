import type { Action, Plan } from '../../domain/model';
import type { ProactiveContext } from '../scheduler/proactive-context';
import { feedUpdateCard } from '../../views/feed-cards';

/** The job's name, its state's key. */
export const feedJob = 'feed';
/**
 * Updates are re-read this far behind the watermark: an update's time is taken when the officer
 * submits, and a slow transaction can commit after a later one. Posts are keyed by update, so
 * reading one twice posts it once.
 */
export const feedOverlapMs = 10 * 60_000;

/**
 * Posts new action updates to their plans' feed channels. Reads the updates made since its
 * watermark (kept in the database, so it survives restarts and is shared by instances), not the
 * update path itself: an update is recorded whether or not a feed is set or Teams answers.
 */
export async function runFeed(ctx: ProactiveContext, now: Date): Promise<{ posted: number; updates: number }> {
  const { stores } = ctx;
  const feeds = (await stores.planSchedules.list()).filter((s) => s.feed);
  if (feeds.length === 0) return { posted: 0, updates: 0 };
  const state = await stores.jobs.getState(feedJob);
  const watermark = typeof state?.watermark === 'string' ? Date.parse(state.watermark) - feedOverlapMs : 0;
  const earliestFeed = Math.min(...feeds.map((s) => Date.parse(s.feed!.since)));
  const since = new Date(Math.max(watermark, earliestFeed)).toISOString();
  const updates = await stores.actionUpdates.listSince(since);
  const plans = new Map<string, Plan | undefined>();
  const actions = new Map<string, Action[]>();
  let posted = 0;
  for (const update of updates) {
    const feed = feeds.find((s) => s.planId === update.planId)?.feed;
    if (!feed || update.at < feed.since) continue;
    if (!plans.has(update.planId)) plans.set(update.planId, await stores.catalogue.getPlan(update.planId));
    const plan = plans.get(update.planId);
    if (!actions.has(update.planId)) actions.set(update.planId, await stores.catalogue.listActions(update.planId));
    const action = actions.get(update.planId)?.find((a) => a.id === update.actionId);
    if (!plan || !action) continue;
    await stores.outbox.enqueue({
      key: `feed:${update.id}:${feed.conversationId}`,
      target: { kind: 'conversation', conversationId: feed.conversationId },
      card: feedUpdateCard(ctx.cards, plan, action, update, ctx.timeZone),
    });
    posted += 1;
  }
  const newest = updates.reduce((max, u) => (u.at > max ? u.at : max), typeof state?.watermark === 'string' ? state.watermark : '');
  // NOTE: never ahead of now: an update stamped by a clock running fast must still be read next time.
  const capped = newest && newest > now.toISOString() ? now.toISOString() : newest;
  if (capped) await stores.jobs.setState(feedJob, { watermark: capped });
  return { posted, updates: updates.length };
}
