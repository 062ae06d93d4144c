import * as chrono from 'chrono-node';
import { monthNames, periodWords } from '../language/period-words';
import { addDays, addMonths, addWeeks, endOfMonth, endOfWeek, format, startOfMonth, startOfWeek } from 'date-fns';

/**
 * A span of dates a question names ("due in March", "by the end of Q3", "in 2019/20"), as ISO
 * dates, with the words it used. UK local government years run April to March: Q1 is April to June.
 */
export interface Period {
  from?: string;
  to?: string;
  label: string;
  positions: number[];
  /** A month (and day) named without a year: the span given is in the current financial year. */
  yearless?: boolean;
}

// The words are data (src/language/data/periods.json); the spans they name are worked out here.
const { months, everydayMonths, yearAfter, bounds, edges, skipped, relative, units, financialYear, within, monthRange } = periodWords;
const starts = monthNames.map((name) => name.slice(0, 3));
const boundOf = (word: string | undefined) => (['by', 'before', 'after', 'from'] as const).find((b) => bounds[b].includes(word ?? ''));
const edgeOf = (word: string | undefined) => (['end', 'start'] as const).find((e) => edges[e].includes(word ?? ''));
/** How far a relative word moves from today: this 0, next 1, last -1; undefined for any other word. */
const shifts = { this: 0, next: 1, last: -1 } as const;
const shiftOf = (word: string | undefined): number | undefined => {
  const named = (['this', 'next', 'last'] as const).find((r) => relative[r].includes(word ?? ''));
  return named === undefined ? undefined : shifts[named];
};
const unitOf = (word: string | undefined) => (['day', 'week', 'month', 'quarter', 'year'] as const).find((u) => units[u].includes(word ?? ''));

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const nice = (d: Date) => format(d, 'd MMMM yyyy');

/** The month a word names, 0-11, or -1. "may" counts only where a date is expected (see callers). */
function monthOf(word: string): number {
  if (word.length < 3) return -1;
  const i = starts.indexOf(word.slice(0, 3));
  if (i < 0) return -1;
  const [full, ...also] = months.rows[i]!;
  return full!.startsWith(word) || also.includes(word) ? i : -1;
}

/** The financial year (its starting calendar year) that a date falls in. */
export function financialYearOf(date: Date): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** Start and end of quarter q (1-4) of the financial year starting in April of `fy`. */
export function financialQuarter(fy: number, q: number): { from: Date; to: Date } {
  const from = new Date(fy, 3 + (q - 1) * 3, 1);
  return { from, to: endOfMonth(addMonths(from, 2)) };
}

const yearOf = (word: string | undefined): number | undefined => {
  if (!word) return undefined;
  if (/^20\d\d$/.test(word)) return Number(word);
  return undefined;
};

const fyOf = (word: string | undefined): number | undefined => {
  const m = word ? /^(\d{2}|\d{4})\/(\d{2})$/.exec(word) : null;
  if (!m) return undefined;
  const start = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  return (start + 1) % 100 === Number(m[2]) ? start : undefined;
};

const twoDigits = (word: string | undefined) => word !== undefined && /^\d{2}$/.test(word);
/** A month and two digits at `j` ("oct 17"). */
const monthAndTwo = (words: string[], j: number) => j >= 0 && monthOf(words[j] ?? '') >= 0 && twoDigits(words[j + 1]);
const ranging = (word: string | undefined) => monthRange.words.includes(word ?? '');

/**
 * The year two digits after the month at `i` give, when they are one end of a range of months
 * ("Oct 17 - Sep 18", "oct 17 to sep 18"), as spreadsheets write months. Alone, "oct 17" may be a
 * day, and is not read as a year.
 */
function shortYearAt(words: string[], i: number): number | undefined {
  if (!monthAndTwo(words, i)) return undefined;
  const after = monthAndTwo(words, i + 2) || (ranging(words[i + 2]) && monthAndTwo(words, i + 3));
  const before = monthAndTwo(words, i - 2) || (ranging(words[i - 1]) && monthAndTwo(words, i - 3));
  return after || before ? 2000 + Number(words[i + 1]) : undefined;
}

type Span = { from: Date; to: Date; label: string; used: number[]; yearless?: boolean };

/** Finds the first period in a question's words, relative to `today`. */
export function readPeriod(words: string[], today: Date): Period | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const span = spanAt(words, i, today);
    if (!span) continue;
    const back: number[] = [];
    for (let j = Math.min(...span.used) - 1; j >= 0 && back.length < 2; j -= 1) if (!skipped.words.includes(words[j]!)) back.push(j);
    const first = words[back[0] ?? -1];
    const edge = edgeOf(first);
    const lead = boundOf(edge ? words[back[1] ?? -1] : first);
    const positions = [...span.used];
    if (edge) positions.push(back[0]!);
    let from: Date | undefined = span.from;
    let to: Date | undefined = span.to;
    let label = span.label;
    // The label keeps the question's precision: "by March 2020" is a month, not "by 31 March 2020".
    if (lead === 'by' || edge === 'end') {
      from = undefined;
      label = edge === 'end' && lead !== 'by' ? `by the end of ${span.label}` : `by ${span.label}`;
    } else if (lead === 'before') {
      to = addDays(span.from, -1);
      from = undefined;
      label = `before ${span.label}`;
    } else if (lead === 'after' || lead === 'from') {
      from = lead === 'after' ? addDays(span.to, 1) : span.from;
      to = undefined;
      label = `${lead === 'after' ? 'after' : 'from'} ${span.label}`;
    }
    return { ...(from ? { from: iso(from) } : {}), ...(to ? { to: iso(to) } : {}), label, positions, ...(span.yearless ? { yearless: true } : {}) };
  }
  return undefined;
}

/**
 * The words of every period the question names, the first and any after it ("17/18 v 18/19"): all of
 * them are dates, which count only where a name holds them, never subject words left unexplained.
 */
export function periodWordPositions(words: string[], today: Date): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const span = spanAt(words, i, today);
    if (!span) continue;
    out.push(...span.used);
    i = Math.max(i, ...span.used);
  }
  return out;
}

function spanAt(words: string[], i: number, today: Date): Span | undefined {
  const w = words[i]!;
  const next = words[i + 1];
  const fyNow = financialYearOf(today);

  const fy = fyOf(w);
  if (fy !== undefined) return fySpan(fy, [i]);
  const fyAlone = financialYear.alone.includes(w);
  if ((financialYear.before.includes(w) && unitOf(next) === 'year') || fyAlone) {
    const j = fyAlone ? i + 1 : i + 2;
    const named = fyOf(words[j]) ?? yearOf(words[j]);
    const shift = shiftOf(words[i - 1]);
    if (named !== undefined) return fySpan(named, [i, ...(fyAlone ? [] : [i + 1]), j]);
    return fySpan(fyNow + (shift ?? 0), [i, i + 1, ...(shift !== undefined ? [i - 1] : [])]);
  }
  const quarterWord = unitOf(w) === 'quarter';
  const q = /^q([1-4])$/.exec(w)?.[1] ?? (quarterWord && /^[1-4]$/.test(next ?? '') ? next : undefined);
  if (q) {
    const j = quarterWord ? i + 2 : i + 1;
    const named = fyOf(words[j]) ?? yearOf(words[j]);
    const year = named ?? fyNow;
    const { from, to } = financialQuarter(year, Number(q));
    const used = [i, ...(quarterWord ? [i + 1] : []), ...(named !== undefined ? [j] : [])];
    return { from, to, label: `Q${q} of ${year}/${String((year + 1) % 100).padStart(2, '0')} (${format(from, 'MMMM')} to ${format(to, 'MMMM yyyy')})`, used };
  }
  const month = monthOf(w);
  const named = month >= 0 ? (yearOf(next) ?? shortYearAt(words, i)) : undefined;
  if (month >= 0 && (!everydayMonths.words.includes(w) || everydayMonths.after.includes(words[i - 1] ?? '') || named)) {
    const day = /^\d{1,2}(st|nd|rd|th)?$/.test(words[i - 1] ?? '') && !monthAndTwo(words, i - 2) ? Number.parseInt(words[i - 1]!, 10) : undefined;
    const year = named ?? (month >= 3 ? fyNow : fyNow + 1);
    // The word joining a range's second month to its first ("to") is the period's too.
    const link = named && ranging(words[i - 1]) && monthAndTwo(words, i - 3) ? [i - 1] : [];
    const used = [i, ...(named ? [i + 1] : []), ...(day ? [i - 1] : []), ...link];
    const yearless = !named;
    if (day) {
      const date = new Date(year, month, day);
      return { from: date, to: date, label: nice(date), used, yearless };
    }
    const from = new Date(year, month, 1);
    return { from, to: endOfMonth(from), label: format(from, 'MMMM yyyy'), used, yearless };
  }
  const shift = shiftOf(w);
  const unit = unitOf(next);
  if (shift !== undefined && next) {
    if (unit === 'month') {
      const from = startOfMonth(addMonths(today, shift));
      return { from, to: endOfMonth(from), label: format(from, 'MMMM yyyy'), used: [i, i + 1] };
    }
    if (unit === 'week') {
      const from = startOfWeek(addWeeks(today, shift), { weekStartsOn: 1 });
      return { from, to: endOfWeek(from, { weekStartsOn: 1 }), label: `the week of ${nice(from)}`, used: [i, i + 1] };
    }
    if (unit === 'year') {
      const from = new Date(today.getFullYear() + shift, 0, 1);
      return { from, to: new Date(from.getFullYear(), 11, 31), label: String(from.getFullYear()), used: [i, i + 1] };
    }
    if (unit === 'quarter') {
      const fq = Math.floor(((today.getMonth() + 9) % 12) / 3) + 1 + shift;
      const year = fyNow + Math.floor((fq - 1) / 4);
      const qn = ((fq - 1 + 4) % 4) + 1;
      const { from, to } = financialQuarter(year, qn);
      return { from, to, label: `Q${qn} of ${year}/${String((year + 1) % 100).padStart(2, '0')}`, used: [i, i + 1] };
    }
  }
  if (within.words.includes(w)) {
    const n = Number(next);
    const typed = words[i + 2] ?? '';
    const span = (['day', 'week', 'month'] as const).find((u) => units[u].some((x) => typed === x || typed === `${x}s`));
    if (Number.isInteger(n) && n > 0 && span) {
      const to = span === 'day' ? addDays(today, n) : span === 'week' ? addWeeks(today, n) : addMonths(today, n);
      return { from: today, to, label: `in the next ${n} ${typed}`, used: [i, i + 1, i + 2] };
    }
  }
  const dated = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(w) ? chrono.en.GB.parseDate(w, today) : null;
  if (dated) return { from: dated, to: dated, label: nice(dated), used: [i] };
  const year = yearOf(w);
  if (year && yearAfter.words.includes(words[i - 1] ?? '')) {
    return { from: new Date(year, 0, 1), to: new Date(year, 11, 31), label: String(year), used: [i] };
  }
  return undefined;
}

function fySpan(fy: number, used: number[]): Span {
  const from = new Date(fy, 3, 1);
  const to = new Date(fy + 1, 2, 31);
  return { from, to, label: `${fy}/${String((fy + 1) % 100).padStart(2, '0')} (April ${fy} to March ${fy + 1})`, used };
}
