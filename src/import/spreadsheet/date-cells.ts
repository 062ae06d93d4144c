/** Date and due-date cells: exact days, months, and the plan texts parseDueDate understands. */
import { parseDueDate } from '../../domain/due-date';
import type { DueDate } from '../../domain/model';
import { fail, ok, type Parsed } from './cell-values';
import type { SheetCell } from './types';

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An exact day written as 31/01/2020, 31-01-2020, 31.01.20 or 2020-01-31; undefined otherwise. */
export function exactDay(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  let y: number, m: number, d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3]!.length === 2 ? `20${uk[3]}` : uk[3])];
  else return undefined;
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORDS = new Set([...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)), 'sept']);

/** Edit distance counting a swap of neighbours as one edit ("Jnauary" is one from "January"). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * A word that is nearly a month name but not one. The plan parser reads the year of "Jnauary 2020"
 * as the whole of 2020; an officer's typo should be sent back, not read as December.
 */
export function misspeltMonth(text: string): string | undefined {
  return text.match(/[a-z]{4,}/gi)?.find((word) => {
    const w = word.toLowerCase();
    if (MONTH_WORDS.has(w)) return false;
    return MONTH_NAMES.some((m) => editDistance(w, m) <= (w.length <= 5 ? 1 : 2));
  });
}

function safeDue(raw: string): DueDate | undefined {
  if (misspeltMonth(raw)) return undefined;
  try {
    return parseDueDate(raw);
  } catch {
    return undefined;
  }
}

const typoHint = (text: string): string => {
  const word = misspeltMonth(text);
  return word ? ` ('${word}' looks like a misspelt month)` : '';
};

/** A plan or period date: an Excel date, an exact day, or a month such as "March 2020" (its last day). */
export function parseDay(cell: SheetCell | undefined, example: string): Parsed<string | undefined> {
  if (!cell || cell.text === '') return ok(undefined);
  if (cell.date) return ok(cell.date);
  const day = exactDay(cell.text);
  if (day) return ok(day);
  const due = safeDue(cell.text);
  if (due?.date && !due.from && !due.recurrence) return ok(due.date);
  return fail(`'${cell.text}' is not a date we recognise; write e.g. ${example}${typoHint(cell.text)}`);
}

/** A due date: an Excel date, an exact day, or any period text the plan parser understands. */
export function parseDue(cell: SheetCell | undefined): Parsed<DueDate | undefined> {
  if (!cell || cell.text === '') return ok(undefined);
  if (cell.date) return ok({ raw: cell.text, date: cell.date, precision: 'day' });
  const day = exactDay(cell.text);
  if (day) return ok({ raw: cell.text, date: day, precision: 'day' });
  const due = safeDue(cell.text);
  if (due && (due.date || due.from || due.recurrence || due.completed)) return ok({ ...due, raw: cell.text });
  return fail(`'${cell.text}' is not a date or period we recognise; write e.g. 'January 2020' or '31/01/2020'${typoHint(cell.text)}`);
}
