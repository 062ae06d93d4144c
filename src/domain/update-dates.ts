import { dateFormat } from './date-format';
/**
 * Dates for officers' updates, in the council's time zone. Pure: the instant is passed in.
 */

/** The calendar date (yyyy-mm-dd) an instant falls on in `timeZone`. */
export function dateIn(instant: Date | string, timeZone: string): string {
  const at = new Date(instant);
  // Every time zone's offset in use since 1972 is whole minutes, so one minute falls on one date: the last is remembered.
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastDays.get(timeZone);
  if (last && last.minute === minute) return last.day;
  const day = formatDay(at, timeZone);
  if (!Number.isNaN(minute)) lastDays.set(timeZone, { minute, day });
  return day;
}
/** The date of the last minute asked in each time zone: every question asks today's, and formatting one costs tens of microseconds. */
const lastDays = new Map<string, { minute: number; day: string }>();

function formatDay(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = dateFormat({ timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  let year = '';
  let month = '';
  let day = '';
  // The first of each part, as a search for each would find.
  for (const p of format.formatToParts(instant)) {
    if (p.type === 'year' && !year) year = p.value;
    else if (p.type === 'month' && !month) month = p.value;
    else if (p.type === 'day' && !day) day = p.value;
  }
  return `${year}-${month}-${day}`;
}
/** The day formatter of each time zone, found without building its key (dateIn runs on every question). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "20 November 2026 at 09:30" in `timeZone`, for "who updated, when". */
export function whenIn(instant: Date | string, timeZone: string): string {
  const d = new Date(instant);
  const date = dateFormat({ timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  const time = dateFormat({ timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  return `${date} at ${time}`;
}

/** "31 October 2019" for an ISO date (no time zone: a date is a date). */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return dateFormat({ timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}

/** True when `isoDate` is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(isoDate: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return false;
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}
