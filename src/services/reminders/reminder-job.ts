import { type Cadence, cyclesAround, isMeetingOf, type UpdateCycle } from '../../domain/cadence';
import type { Meeting, Plan } from '../../domain/model';
import { longDate } from '../../domain/update-dates';
import type { OutboundMessage } from '../../domain/outbox';
import { compareRefs } from '../reports/build-report';
import { zonedInstant } from '../scheduler/local-time';
import type { ProactiveContext } from '../scheduler/proactive-context';
import type { JobContext } from '../scheduler/scheduled-job';
import { isOpen, updatedAfter } from './action-state';
import { actionLeads, planAdministrators } from './recipients';
import { type ActionLine, lastUpdateText, noticeCard, type NoticeSection, reminderCard } from '../../views/reminder-cards';

/** Leads with this many actions due or fewer get each action's own update card rather than a list. */
const maxSeparateCards = 3;
/** Reminders and notices go out from this local time, whenever the job ran that day. */
export const reminderTime = '09:00';

export interface ReminderSummary extends Record<string, unknown> {
  plans: number;
  remindedLeads: number;
  leadNotices: number;
  overdueNotices: number;
  withoutNextCycle: number;
}

interface PlanRun {
  plan: Plan;
  cadence: Cadence;
  lines: ActionLine[];
  admins: ReturnType<typeof planAdministrators>;
  notBefore: string;
}

/**
 * The daily reminders job: for each plan with a cadence, reminds the leads of actions due an update
 * in the coming cycle (once per lead and cycle), tells the plan's administrators which leads could
 * not be reminded, and, after a cycle's due date, which actions are overdue. Everything goes through
 * the outbox under keys naming the plan, cycle and person, so running twice sends nothing twice.
 */
export async function runReminders(ctx: ProactiveContext, job: Pick<JobContext, 'local'>): Promise<ReminderSummary> {
  const { stores, directory, timeZone } = ctx;
  const today = job.local.date;
  const notBefore = zonedInstant(today, reminderTime, timeZone).toISOString();
  const summary: ReminderSummary = { plans: 0, remindedLeads: 0, leadNotices: 0, overdueNotices: 0, withoutNextCycle: 0 };
  let meetings: Meeting[] | undefined;

  for (const schedule of await stores.planSchedules.list()) {
    const cadence = schedule.cadence;
    const plan = cadence ? await stores.catalogue.getPlan(schedule.planId) : undefined;
    if (!cadence || !plan) continue;
    summary.plans += 1;
    if (cadence.kind === 'before-meeting') meetings ??= await stores.catalogue.listMeetings();
    const dates = cadence.kind === 'before-meeting'
      ? (meetings ?? []).filter((m) => m.council === plan.council && isMeetingOf(m.body, cadence.body)).map((m) => m.date)
      : [];
    const actions = await stores.catalogue.listActions(plan.id);
    const latest = await stores.actionUpdates.latest(actions.map((a) => a.id));
    const lines = actions
      .map((action) => ({ action, ...(latest.get(action.id) ? { latest: latest.get(action.id) } : {}) }))
      .sort((a, b) => compareRefs(a.action.ref, b.action.ref));
    const admins = planAdministrators(directory, await stores.planSettings.get(plan.id));
    const run: PlanRun = { plan, cadence, lines, admins, notBefore };
    const { next, previous } = cyclesAround(cadence, today, dates);
    if (!next) summary.withoutNextCycle += 1;
    if (next && today >= next.remindOn) {
      const sent = await remindLeads(ctx, run, next);
      summary.remindedLeads += sent.leads;
      summary.leadNotices += sent.notices;
    }
    // NOTE: only cycles whose reminders fell under this cadence can be overdue: setting a cadence
    // does not make the cycle before it late.
    if (previous && previous.remindOn >= cadence.since) summary.overdueNotices += await reportOverdue(ctx, run, previous);
  }
  return summary;
}

/** Actions still open and not updated since the cycle opened. */
function dueIn(ctx: ProactiveContext, run: PlanRun, cycle: UpdateCycle): ActionLine[] {
  return run.lines.filter((l) => isOpen(l.action, run.plan, l.latest) && !updatedAfter(l.latest, cycle.opensAfter, ctx.timeZone));
}

async function remindLeads(ctx: ProactiveContext, run: PlanRun, cycle: UpdateCycle): Promise<{ leads: number; notices: number }> {
  const { plan } = run;
  const byLead = new Map<string, { person: ReturnType<typeof actionLeads>['recipients'][number]['person']; lines: ActionLine[] }>();
  const unmatched = new Map<string, string[]>();
  const unreachable = new Map<string, string[]>();
  const noLead: string[] = [];
  const add = (map: Map<string, string[]>, key: string, ref: string) => map.set(key, [...(map.get(key) ?? []), ref]);
  for (const line of dueIn(ctx, run, cycle)) {
    const leads = actionLeads(ctx.directory, line.action);
    if (line.action.leads.length === 0) noLead.push(line.action.ref);
    for (const lead of leads.unmatched) add(unmatched, lead, line.action.ref);
    for (const name of leads.unreachable) add(unreachable, name, line.action.ref);
    for (const r of leads.recipients) {
      const entry = byLead.get(r.aadObjectId) ?? { person: r.person, lines: [] };
      entry.lines.push(line);
      byLead.set(r.aadObjectId, entry);
    }
  }

  let leads = 0;
  for (const [aadObjectId, { person, lines }] of byLead) {
    const key = `reminder:${plan.id}:${cycle.id}:${aadObjectId}`;
    // NOTE: one reminder per lead and cycle, however their list changes on later days.
    if (await ctx.stores.outbox.get(key)) continue;
    const target = { kind: 'user' as const, aadObjectId };
    const notice = `Reminder: your update is due by ${longDate(cycle.due)}.`;
    const forms = lines.length <= maxSeparateCards && ctx.updateCard
      ? await Promise.all(lines.map((l) => ctx.updateCard!(l.action.id, person, notice)))
      : [];
    const messages: OutboundMessage[] = forms.length > 0 && forms.every(Boolean)
      ? forms.map((card, i) => ({ key: i === 0 ? key : `${key}#${i + 1}`, target, card: card!, notBefore: run.notBefore }))
      : [{ key, target, card: reminderCard(ctx.cards, { plan, cycle, cadence: run.cadence, lines, timeZone: ctx.timeZone }), notBefore: run.notBefore }];
    // The canonical key goes last, so a crash part-way leaves the lead to be reminded again in full.
    for (const message of [...messages.slice(1), messages[0]!]) await ctx.stores.outbox.enqueue(message);
    leads += 1;
  }

  const sections: NoticeSection[] = [
    { heading: 'Leads with nobody in the directory', items: [...unmatched].map(([lead, refs]) => ({ label: lead, detail: `Actions ${refs.join(', ')}` })) },
    { heading: 'People in the directory with no Teams (Entra) id', items: [...unreachable].map(([name, refs]) => ({ label: name, detail: `Actions ${refs.join(', ')}` })) },
    { heading: 'Actions the plan names no lead for', items: noLead.length > 0 ? [{ label: `Actions ${noLead.join(', ')}`, detail: 'Add the lead to the plan, or update these yourself.' }] : [] },
  ];
  if (sections.every((s) => s.items.length === 0)) return { leads, notices: 0 };
  const card = noticeCard(ctx.cards, {
    title: `Leads I could not remind: ${plan.name}`,
    intro: `Updates to ${plan.name} are due by ${longDate(cycle.due)}. I reminded ${leads} lead${leads === 1 ? '' : 's'}; for these actions I found nobody to remind, and I do not guess.`,
    sections,
    note: "Add the people to the directory (PEOPLE_FILE) with the job title the plan uses, or name a delegate with delegate [ref] to [e-mail]. You get this as an administrator of the plan.",
  });
  return { leads, notices: await tellAdministrators(ctx, run, `reminder-leads:${plan.id}:${cycle.id}`, card) };
}

async function reportOverdue(ctx: ProactiveContext, run: PlanRun, cycle: UpdateCycle): Promise<number> {
  const overdue = dueIn(ctx, run, cycle);
  if (overdue.length === 0) return 0;
  const leadNames = (line: ActionLine) => {
    const { recipients, unreachable, unmatched } = actionLeads(ctx.directory, line.action);
    const names = [...recipients.map((r) => r.person.name), ...unreachable];
    const who = line.action.leads.join('; ') || 'no lead named';
    return names.length > 0 ? `${who} (${names.join(', ')})` : unmatched.length > 0 ? `${who} (nobody in the directory)` : who;
  };
  const card = noticeCard(ctx.cards, {
    title: `Overdue updates: ${run.plan.name}`,
    urgent: true,
    intro: `${overdue.length} action${overdue.length === 1 ? ' had' : 's had'} no update by ${longDate(cycle.due)}, the date the plan's cadence set. Their leads were reminded from ${longDate(cycle.remindOn)}.`,
    sections: [
      {
        heading: 'Not updated',
        items: overdue.map((line) => ({
          label: `Action ${line.action.ref}: ${leadNames(line)}`,
          detail: `${line.action.text} Last update: ${lastUpdateText(run.plan, line, ctx.timeZone)}.`,
        })),
      },
    ],
    note: 'You get this as an administrator of the plan. Type history followed by a ref to see an action\'s updates.',
  });
  return tellAdministrators(ctx, run, `overdue:${run.plan.id}:${cycle.id}`, card);
}

async function tellAdministrators(ctx: ProactiveContext, run: PlanRun, keyBase: string, card: Record<string, unknown>): Promise<number> {
  if (run.admins.recipients.length === 0) {
    ctx.logger.warn({ planId: run.plan.id, notice: keyBase.split(':')[0] }, 'a plan has no administrator the bot can message');
    return 0;
  }
  for (const admin of run.admins.recipients) {
    await ctx.stores.outbox.enqueue({ key: `${keyBase}:${admin.aadObjectId}`, target: { kind: 'user', aadObjectId: admin.aadObjectId }, card, notBefore: run.notBefore });
  }
  return run.admins.recipients.length;
}
