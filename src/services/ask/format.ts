import { format, parseISO } from 'date-fns';
import type { Action } from '../../domain/model';

/** The same as `value.toLocaleString('en-GB', { maximumFractionDigits: 4 })`, made once: toLocaleString builds a formatter per call. */
const figures = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/** A figure with its unit as a person writes it ("64%", "£655,327", "38 weeks"); the raw text when there is no figure. */
export function formatValue(value: number | null, unit?: string, raw?: string): string {
  if (value === null) return raw ? `"${raw}"` : 'no figure';
  const text = figures.format(value);
  if (!unit || unit === 'count' || unit === 'rating') return text;
  if (unit === '%') return `${text}%`;
  if (unit === '£') return value < 0 ? `-£${text.slice(1)}` : `£${text}`;
  // A table in thousands of pounds: "£2,260k", as precise as the table and no more.
  if (unit === '£000') return value < 0 ? `-£${text.slice(1)}k` : `£${text}k`;
  // A score against its maximum, as inspections print it: "18 out of 36", not "18 score out of 36".
  const outOf = /^score out of (\d+)$/.exec(unit);
  if (outOf) return `${text} out of ${outOf[1]}`;
  return `${text} ${unit}`;
}

/** "14 January 2020" from an ISO date or date-time. */
export function formatDate(iso: string): string {
  const date = parseISO(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMMM yyyy');
}

/** "Tuesday 14 January 2020" from an ISO date. */
export function formatDay(iso: string): string {
  const date = parseISO(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'EEEE d MMMM yyyy');
}

/** "3pm", "10.15am" from "15:00", "10:15" (as council papers write times). */
export function formatTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) return hhmm;
  const hour = Number(m[1]);
  const suffix = hour >= 12 ? 'pm' : 'am';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return m[2] === '00' ? `${h12}${suffix}` : `${h12}.${m[2]}${suffix}`;
}

/** "1 plan", "3 actions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A sentence's first letter as a capital ("recommendation" -> "Recommendation"). */
export const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Names joined as a sentence says them ("a, b and c"); past `max`, the rest as "and N others". */
export function listed(names: string[], max = Number.POSITIVE_INFINITY): string {
  const said = names.slice(0, max);
  const rest = names.length - said.length;
  const all = rest > 0 ? [...said, `${rest} other${rest === 1 ? '' : 's'}`] : said;
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

/** An action listed under what it answers: its text, with its lead and its due date as the plan writes them ("Dec 2020"). */
export function actionLine(a: Action): string {
  const due = a.due?.raw.replace(/\s+/g, ' ').trim();
  // NOTE: leads joined by "and", so the "; " before the due date is the only one.
  const about = [...(a.leads.length > 0 ? [`lead: ${a.leads.join(' and ')}`] : []), ...(due ? [`due: ${due}`] : [])];
  return `${a.text}${about.length > 0 ? ` (${about.join('; ')})` : ''}`;
}
