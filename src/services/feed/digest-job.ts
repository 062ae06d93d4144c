import type { CardJson } from '../../cards/render';
import type { Plan } from '../../domain/model';
import { choicesOf, levelOf } from '../../domain/update-scale';
import type { ActionUpdate } from '../../domain/updates';
import { digestCard as digestCardView } from '../../views/digest-card';
import { dueDateOf, isOpen } from '../reminders/action-state';
import { compareRefs } from '../reports/build-report';
import { addDays, zonedInstant } from '../scheduler/local-time';
import type { ProactiveContext } from '../scheduler/proactive-context';

/** The digest goes out on Mondays from this local time (or at the first chance later that week). */
export const digestTime = '09:00';

/**
 * The weekly digest for each plan with a feed channel: the status changes of the past seven days
 * and the actions past their due date (the revised one where an update gave it) and not complete.
 * Keyed by plan, channel and ISO week, so a week's digest is posted once.
 */
export async function runDigest(ctx: ProactiveContext, week: string, local: { date: string; weekday: number }): Promise<{ posted: number }> {
  const { stores } = ctx;
  const today = local.date;
  const from = addDays(today, -7);
  const fromInstant = zonedInstant(from, '00:00', ctx.timeZone).toISOString();
  // A feed set after this Monday's digest time waits for next Monday: no digest the day it is set.
  const dueAt = zonedInstant(addDays(today, 1 - local.weekday), digestTime, ctx.timeZone).toISOString();
  let posted = 0;
  for (const schedule of await stores.planSchedules.list()) {
    const plan = schedule.feed && schedule.feed.since <= dueAt ? await stores.catalogue.getPlan(schedule.planId) : undefined;
    if (!plan || !schedule.feed) continue;
    const changes = await stores.actionUpdates.listSince(fromInstant, plan.id);
    const card = await digestCard(ctx, plan, changes, { from, today });
    await stores.outbox.enqueue({
      key: `digest:${plan.id}:${schedule.feed.conversationId}:${week}`,
      target: { kind: 'conversation', conversationId: schedule.feed.conversationId },
      card,
    });
    posted += 1;
  }
  return { posted };
}

async function digestCard(ctx: ProactiveContext, plan: Plan, changes: ActionUpdate[], days: { from: string; today: string }): Promise<CardJson> {
  const actions = await ctx.stores.catalogue.listActions(plan.id);
  const latest = await ctx.stores.actionUpdates.latest(actions.map((a) => a.id));
  const byId = new Map(actions.map((a) => [a.id, a]));
  const overdue = actions
    .filter((a) => {
      const due = dueDateOf(a, latest.get(a.id));
      return !!due && due < days.today && isOpen(a, plan, latest.get(a.id));
    })
    .sort((a, b) => compareRefs(a.ref, b.ref));
  const levelCounts = choicesOf(plan.scale).map((level) => ({
    label: level.label,
    count: actions.filter((a) => levelOf(plan.scale, latest.get(a.id)?.status ?? a.status)?.code === level.code).length,
  }));
  const unrated = actions.length - levelCounts.reduce((n, l) => n + l.count, 0);
  return digestCardView(ctx, { plan, changes, overdue, levelCounts, unrated, latest, refOf: (id) => byId.get(id)?.ref ?? id, days });
}
