import { dateIn } from '../../domain/update-dates';
import { dateFormat } from '../../domain/date-format';

/** Wall-clock reading of an instant in a time zone: date, HH:MM and ISO weekday (1 = Monday). */
export function localNow(instant: Date, timeZone: string): { date: string; time: string; weekday: number } {
  const time = dateFormat({ timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  const date = dateIn(instant, timeZone);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return { date, time, weekday };
}

/** The instant a local date and HH:MM falls at in a time zone (daylight saving included). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  // Two passes: the zone's offset at a first guess, then at the corrected instant (DST edges).
  let guess = wanted;
  for (let pass = 0; pass < 2; pass += 1) {
    const seen = localNow(new Date(guess), timeZone);
    const seenAt = Date.parse(`${seen.date}T${seen.time}:00Z`);
    guess += wanted - seenAt;
  }
  return new Date(guess);
}

/** ISO week of a date: "2026-W47" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The ISO date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
