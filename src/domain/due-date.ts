import type { DatePrecision, DueDate } from './model';

/**
 * Reads the "By When" / "Timescale" texts of council plans into a {@link DueDate}.
 *
 * @remarks
 * Only what the text states is parsed: a month without a year ("End November") or a two-digit year
 * after a month name ("JANUARY 18": January 2018 or 18 January?) gives no date. Periods end on their
 * last day; "2019/20" is a UK financial year (April-March) and Q1 of it is April-June 2019.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d{2})';

interface Span {
  index: number;
  length: number;
  start?: string;
  end?: string;
  /** A range ("October to December 2019") carries its own start, whatever words precede it. */
  range?: boolean;
  /** How precisely the text names `end`. */
  precision: DatePrecision;
}

type Reader = (m: RegExpExecArray) => Omit<Span, 'index' | 'length'> | undefined;

const MONTH_LABELS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO date as precisely as its source named it: "31 January 2020" (a day), "January 2020" (a
 * month), "Q3 2019/20" (a financial quarter, by its last day), "2019/20" (a financial year), "2020".
 */
export function dateAtPrecision(isoDate: string, precision: DatePrecision | undefined): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const monthName = MONTH_LABELS[m - 1] ?? '';
  const fyStart = m <= 3 ? y - 1 : y;
  const fy = `${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`;
  switch (precision) {
    case 'month': return `${monthName} ${y}`;
    case 'quarter': return `Q${[4, 1, 2, 3][Math.floor((m - 1) / 3)]} ${fy}`;
    case 'financial-year': return fy;
    case 'year': return String(y);
    default: return `${d} ${monthName} ${y}`;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const firstOf = (y: number, m: number) => iso(y, m, 1);
const lastOf = (y: number, m: number) => iso(y, m, daysIn(y, m));
const month = (name: string) => MONTHS[name.toLowerCase()] ?? 0;
const fullYear = (yy: string) => (yy.length === 2 ? 2000 + Number(yy) : Number(yy));

/** "2019/20", "19/20", "2019-2020": the second year must follow the first. */
function financialYearStart(a: string, b: string): number | undefined {
  const first = fullYear(a);
  const second = b.length === 2 ? Math.floor(first / 100) * 100 + Number(b) : Number(b);
  return second === first + 1 ? first : undefined;
}

/** Most specific first: each match blanks its text so a shorter pattern cannot read it again. */
const READERS: [RegExp, Reader][] = [
  [/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/gi, (m) => {
    const d = iso(fullYear(m[3]), Number(m[2]), Number(m[1]));
    return d ? { start: d, end: d, precision: 'day' } : undefined;
  }],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+${YEAR}\\b`, 'gi'), (m) => {
    const d = iso(Number(m[3]), month(m[2]), Number(m[1]));
    return d ? { start: d, end: d, precision: 'day' } : undefined;
  }],
  [new RegExp(`\\b${MONTH}(?:\\s+${YEAR})?\\s*(to|until|-|–|/)\\s*${MONTH}\\s+${YEAR}\\b`, 'gi'), (m) => {
    const [m1, m2, y2] = [month(m[1]), month(m[4]), Number(m[5])];
    const y1 = m[2] ? Number(m[2]) : m1 > m2 ? y2 - 1 : y2;
    const end = lastOf(y2, m2);
    // "Oct/Nov 2019" names either month: only its end is certain.
    return m[3] === '/' ? { end, precision: 'month' } : { start: firstOf(y1, m1), end, range: true, precision: 'month' };
  }],
  [/\bQ([1-4])\s*(?:of\s+)?(\d{4}|\d{2})\s*[/-]\s*(\d{2}|\d{4})\b/gi, (m) => {
    const fy = financialYearStart(m[2], m[3]);
    if (fy === undefined) return undefined;
    const q = Number(m[1]);
    const endMonth = [6, 9, 12, 3][q - 1];
    const startMonth = endMonth - 2;
    const year = q === 4 ? fy + 1 : fy;
    return { start: firstOf(year, startMonth), end: lastOf(year, endMonth), precision: 'quarter' };
  }],
  [/\b(\d{4}|\d{2})\s*(\/|-|–)\s*(\d{4}|\d{2})\b/gi, (m) => {
    // Two-digit pairs only with a slash ("19/20"): "14-17" is an age band, not a year.
    if (m[1].length === 2 && (m[3].length === 4 || m[2] !== '/')) return undefined;
    const fy = financialYearStart(m[1], m[3]);
    return fy === undefined ? undefined : { start: firstOf(fy, 4), end: lastOf(fy + 1, 3), precision: 'financial-year' };
  }],
  [new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'gi'), (m) => ({
    start: firstOf(Number(m[2]), month(m[1])),
    end: lastOf(Number(m[2]), month(m[1])),
    precision: 'month',
  })],
  [/\b((?:19|20)\d{2})\b/g, (m) => (misspeltMonthBefore(m)
    ? undefined
    : { start: firstOf(Number(m[1]), 1), end: lastOf(Number(m[1]), 12), precision: 'year' })],
];

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Edit distance, for telling a misspelt month ("Jnauary") from another word. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * A year right after a word that is nearly a month ("Jnauary 2020") is not read as the whole year:
 * that would turn a typo into a deadline eleven months late. The text is kept raw instead.
 */
function misspeltMonthBefore(m: RegExpExecArray): boolean {
  const word = /([A-Za-z]{4,10})\s*$/.exec(m.input.slice(0, m.index))?.[1]?.toLowerCase();
  if (!word || MONTH_NAMES.includes(word)) return false;
  return MONTH_NAMES.some((name) => distance(word, name) <= 2);
}

/**
 * The date an action is due now, as precisely as its source gives it: an officer's revised date (a
 * day) wins, else the plan's date at the precision its text named. Undefined when neither gives one.
 */
export function dueNowText(due: DueDate | undefined, revisedDue?: string): string | undefined {
  if (revisedDue) return dateAtPrecision(revisedDue, 'day');
  return due?.date ? dateAtPrecision(due.date, due.precision) : undefined;
}

/** " until January 2020", " from 3 March 2020": a role's dates as precisely as the papers give them. */
export function heldDatesText(held: { from?: string; until?: string; precision?: DatePrecision }): string {
  const parts = [
    ...(held.from ? [`from ${dateAtPrecision(held.from, held.precision)}`] : []),
    ...(held.until ? [`until ${dateAtPrecision(held.until, held.precision)}`] : []),
  ];
  return parts.join(' ');
}

/** Words right before a date that make it the start of the work rather than its deadline. */
const STARTS = /\b(from|commencing|commenced|commences|starting|started|starts|since|beginning|ongoing)\s*[:–-]?\s*$/i;

const RECURRENCES: [RegExp, NonNullable<DueDate['recurrence']>][] = [
  [/\bweekly\b/i, 'weekly'],
  [/\bmonthly\b/i, 'monthly'],
  [/\bquarterly\b/i, 'quarterly'],
  [/\btermly\b/i, 'termly'],
  [/\b(annually|annual|yearly)\b/i, 'annually'],
  [/\b(ongoing|on-going)\b/i, 'ongoing'],
];

function findSpans(text: string): Span[] {
  let rest = text;
  const spans: Span[] = [];
  for (const [pattern, read] of READERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
      const found = read(m);
      // An impossible date ("29/02/2019") is still consumed, so its year is not read as a year.
      if (found?.end) spans.push({ index: m.index, length: m[0].length, ...found });
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  }
  return spans.sort((a, b) => a.index - b.index);
}

/**
 * Parses a due-date text such as "January 2020", "Ongoing from October 2019", "Q3 2019/20" or
 * "End of September COMPLETED". `raw` is always kept; `date` is the last day of the latest deadline
 * named, `from` the first day of the earliest start named.
 */
export function parseDueDate(raw: string): DueDate {
  const text = raw.replace(/\s+/g, ' ').trim();
  const due: DueDate = { raw };
  if (!text) return due;
  if (/\bcompleted?\b(?!\s+(by|in|within|before|on|for|to)\b)/i.test(text)) due.completed = true;
  const recurrence = RECURRENCES.find(([pattern]) => pattern.test(text));
  if (recurrence) due.recurrence = recurrence[1];

  let previousEnd = 0;
  for (const span of findSpans(text)) {
    const before = text.slice(previousEnd, span.index);
    previousEnd = span.index + span.length;
    const isStart = !span.range && STARTS.test(before);
    if (span.range || isStart) {
      if (span.start && (!due.from || span.start < due.from)) due.from = span.start;
      if (isStart) continue;
    }
    if (span.end && (!due.date || span.end > due.date)) {
      due.date = span.end;
      due.precision = span.precision;
    }
  }
  return due;
}
