import type Holidays from 'date-holidays';

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays (with substitute days).
 * Pure: the bank holidays are computed by the date-holidays rules, not fetched.
 *
 * @remarks
 * Dates are ISO calendar dates ("2026-04-09"), so no time zone can shift a day. A `Date` passed in
 * is read as its UTC calendar date; pass an ISO date when you mean a local date.
 */

export interface BankHoliday {
  /** ISO date. */
  date: string;
  name: string;
}

let calendar: Holidays | undefined;
const byYear = new Map<number, Map<string, string>>();

/** Bank holidays of a year, date → name (only 'public' days: observances such as Mother's Day are not holidays). */
function holidaysOf(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    // NOTE: loaded on first use: the rules of every country are about 8 MB of heap, which a bot that
    // counts no working days (no question window open) need not carry.
    calendar ??= new (require('date-holidays') as typeof Holidays)('GB', 'ENG');
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type === 'public') days.set(holiday.date.slice(0, 10), holiday.name);
    }
    byYear.set(year, days);
  }
  return days;
}

function toIso(date: string | Date): string {
  if (typeof date !== 'string') return date.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}/.test(date)) throw new Error(`Not an ISO date: ${date}`);
  return date.slice(0, 10);
}

function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The bank holiday on this date in England and Wales, if it is one. */
export function bankHoliday(date: string | Date): BankHoliday | undefined {
  const iso = toIso(date);
  const name = holidaysOf(Number(iso.slice(0, 4))).get(iso);
  return name ? { date: iso, name } : undefined;
}

/** True on a weekday that is not a bank holiday in England and Wales. */
export function isWorkingDay(date: string | Date): boolean {
  const iso = toIso(date);
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !bankHoliday(iso);
}

/**
 * The date `n` working days after `date` (before it when `n` is negative); `date` itself is not
 * counted. `n = 0` gives `date` back unchanged.
 */
export function addWorkingDays(date: string | Date, n: number): string {
  let iso = toIso(date);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    iso = shift(iso, step);
    if (isWorkingDay(iso)) left -= 1;
  }
  return iso;
}

/**
 * The deadline day of a "`n` clear working days before" rule: the last working day that leaves `n`
 * whole working days between it and `date`, neither end counted (the usual reading of "clear days").
 *
 * @example clearWorkingDaysBefore('2019-09-16', 3) // '2019-09-10': Wed, Thu and Fri lie between
 */
export function clearWorkingDaysBefore(date: string | Date, n: number): string {
  return addWorkingDays(toIso(date), -(n + 1));
}

/** Bank holidays from `from` to `to`, both included, oldest first: to say which days a rule skipped. */
export function bankHolidaysBetween(from: string | Date, to: string | Date): BankHoliday[] {
  const out: BankHoliday[] = [];
  for (let iso = toIso(from), end = toIso(to); iso <= end; iso = shift(iso, 1)) {
    const holiday = bankHoliday(iso);
    if (holiday) out.push(holiday);
  }
  return out;
}
