import { type Actor, type Directory } from '../../domain/directory';
import { type Cadence, cyclesAround, describeCadence, isMeetingOf, parseCadence, type UpdateCycle } from '../../domain/cadence';
import type { Plan } from '../../domain/model';
import { dateIn, longDate } from '../../domain/update-dates';
import { administersPlan } from '../../domain/update-permissions';
import type { Stores } from '../../store/ports';
import { authorOf } from '../feed/set-feed';
import { findPlan, whichPlanText } from '../reports/find-plan';

export type CadenceOutcome =
  | { kind: 'saved' | 'shown'; plan: Plan; cadence?: Cadence; summary: string }
  | { kind: 'refused' | 'invalid'; message: string };

type CadenceStores = Pick<Stores, 'catalogue' | 'planSettings' | 'planSchedules'>;

/** "Next: due 4 December 2026, leads reminded from 27 November 2026." or why there is none. */
async function nextCycleText(stores: CadenceStores, plan: Plan, cadence: Cadence, today: string): Promise<string> {
  const dates = cadence.kind === 'before-meeting'
    ? (await stores.catalogue.listMeetings()).filter((m) => m.council === plan.council && isMeetingOf(m.body, cadence.body)).map((m) => m.date)
    : [];
  const next: UpdateCycle | undefined = cyclesAround(cadence, today, dates).next;
  if (next) {
    return `Next: due ${longDate(next.due)}${next.meetingDate ? ` for the meeting on ${longDate(next.meetingDate)}` : ''}; leads are reminded from ${longDate(next.remindOn)}.`;
  }
  return dates.length === 0
    ? `I hold no meetings of ${cadence.kind === 'before-meeting' ? cadence.body : 'that board'} for ${plan.council}, so no reminder can be worked out until its meetings are imported.`
    : `I hold no meeting of ${cadence.kind === 'before-meeting' ? cadence.body : 'that board'} after today, so nothing is due until the next one is imported.`;
}

/**
 * Shows, sets or (with "off") clears how often a plan's leads update: "monthly on 5", "5 working days
 * before <board>". Setting is for the plan's administrators; anyone may see it.
 */
export async function planCadence(
  stores: CadenceStores,
  directory: Directory,
  actor: Actor,
  request: { planText: string; cadenceText?: string },
  clock: { now: Date; timeZone: string },
): Promise<CadenceOutcome> {
  const today = dateIn(clock.now, clock.timeZone);
  const found = await findPlan(stores.catalogue, request.planText);
  if (found.kind !== 'found') return { kind: 'invalid', message: whichPlanText(found, request.planText) };
  const plan = found.plan;
  if (request.cadenceText === undefined) {
    const cadence = (await stores.planSchedules.get(plan.id))?.cadence;
    if (!cadence) return { kind: 'shown', plan, summary: `${plan.name} has no update cadence, so nobody is reminded. An administrator can set one, for example set reminders for ${plan.name}: monthly on 5.` };
    return { kind: 'shown', plan, cadence, summary: `${plan.name}: updates are ${describeCadence(cadence)}. ${await nextCycleText(stores, plan, cadence, today)}` };
  }
  if (!administersPlan(directory, actor, await stores.planSettings.get(plan.id))) {
    return { kind: 'refused', message: `Sorry, only the administrators of ${plan.name} can change when its leads are reminded.` };
  }
  if (/^(off|none|stop)$/i.test(request.cadenceText.trim())) {
    await stores.planSchedules.setCadence(plan.id, undefined, authorOf(directory, actor));
    return { kind: 'saved', plan, summary: `Reminders for ${plan.name} are off.` };
  }
  const parsed = parseCadence(request.cadenceText, today);
  if (!parsed.ok) return { kind: 'invalid', message: parsed.error };
  await stores.planSchedules.setCadence(plan.id, parsed.cadence, authorOf(directory, actor));
  return {
    kind: 'saved',
    plan,
    cadence: parsed.cadence,
    summary: `Saved: updates to ${plan.name} are ${describeCadence(parsed.cadence)}. ${await nextCycleText(stores, plan, parsed.cadence, today)}`,
  };
}
