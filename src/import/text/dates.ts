/**
 * Dates and times as agenda packs print them: "9 June 2020", "Monday, 16 September 2019",
 * "14 JANUARY 2020", "1st June 2020"; "3.00pm", "10.15 am", "1.00 p.m.", "5:00pm".
 */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** 1-12 for a month name or its common abbreviation ("Sept", "Dec"), else undefined. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m === key || (m.startsWith(key) && (key.length >= 3)));
  return index >= 0 ? index + 1 : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO yyyy-mm-dd when day, month and year make a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Source of a "day month year" date, weekday optional; shared so other patterns can embed it. */
export const LONG_DATE_SOURCE =
  '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})';

/** Every "day month year" date in the text, with where it starts and ends. */
export function findLongDates(text: string): { iso: string; index: number; end: number; raw: string }[] {
  const out: { iso: string; index: number; end: number; raw: string }[] = [];
  for (const m of text.matchAll(new RegExp(`\\b${LONG_DATE_SOURCE}\\b`, 'gi'))) {
    const month = monthNumber(m[2] ?? '');
    const iso = month ? isoDate(Number(m[3]), month, Number(m[1])) : undefined;
    if (iso && m.index !== undefined) out.push({ iso, index: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  return out;
}

/** The first "day month year" date in the text, as ISO. */
export function parseLongDate(text: string): string | undefined {
  return findLongDates(text)[0]?.iso;
}

/** True when the text is a date and nothing else (a report header's date line). */
export function isDateOnly(text: string): boolean {
  const dates = findLongDates(text.trim());
  return dates.length === 1 && dates[0]?.index === 0 && dates[0].end === text.trim().length;
}

/** 24-hour "HH:MM" from "3.00pm", "10.15 am", "1.00 p.m.", "5:00pm", "18:30"; undefined otherwise. */
export function parseClock(text: string): string | undefined {
  const m = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/i.exec(text);
  if (m) {
    let hour = Number(m[1]);
    const minute = Number(m[2] ?? '0');
    const pm = (m[3] ?? '').toLowerCase().startsWith('p');
    if (hour < 1 || hour > 12 || minute > 59) return undefined;
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
    return `${pad(hour)}:${pad(minute)}`;
  }
  const h24 = /\b([01]?\d|2[0-3]):([0-5]\d)\b/.exec(text);
  return h24 ? `${pad(Number(h24[1]))}:${h24[2]}` : undefined;
}
