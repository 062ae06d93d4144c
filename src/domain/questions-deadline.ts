import { type DeadlineRule, dayText } from './questions';
import { type BankHoliday, bankHolidaysBetween, clearWorkingDaysBefore } from './working-days';
import { dateFormat } from './date-format';

/** A deadline worked out from a rule: the instant, the local day, and any bank holidays it stepped over. */
export interface ComputedDeadline {
  /** ISO instant (UTC). */
  at: string;
  /** Local ISO date of the deadline. */
  date: string;
  time: string;
  skipped: BankHoliday[];
}

/** Minutes the zone is ahead of UTC at an instant (60 for London in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = dateFormat({
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant) / 60_000);
}

/** The UTC instant of a wall-clock date and time in a time zone (5pm in London in April = 16:00Z). */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  // NOTE: near a clock change the offset at the first guess can differ from the offset at the answer.
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** When a rule closes questions for a meeting on `meetingDate`. */
export function computeDeadline(rule: DeadlineRule, meetingDate: string, timeZone: string): ComputedDeadline {
  const date = rule.kind === 'fixed' ? rule.date : clearWorkingDaysBefore(meetingDate, rule.days);
  return {
    at: zonedInstant(date, rule.time, timeZone),
    date,
    time: rule.time,
    skipped: rule.kind === 'fixed' ? [] : bankHolidaysBetween(date, meetingDate),
  };
}

/** "5pm on Wednesday 1 April 2026" (or "5:30pm"), in the council's time zone. */
export function formatDeadline(instant: string, timeZone: string): string {
  const at = new Date(instant);
  const clock = dateFormat({ timeZone, hour: 'numeric', minute: '2-digit', hourCycle: 'h12' })
    .format(at)
    .replace(/\s/g, '')
    .replace(':00', '')
    .toLowerCase();
  return `${clock === '12pm' ? 'noon' : clock} on ${dayText(at, timeZone)}`;
}

/** How the rule reads, for the chair's confirmation: "3 clear working days before, at 17:00". */
export function describeRule(rule: DeadlineRule, skipped: BankHoliday[]): string {
  if (rule.kind === 'fixed') return 'a date and time set by the chair';
  const days = `${rule.days} clear working day${rule.days === 1 ? '' : 's'} before the meeting`;
  if (skipped.length === 0) return `${days}, weekends skipped`;
  return `${days}, weekends and ${skipped.map((h) => `${h.name} (${h.date})`).join(', ')} skipped`;
}
