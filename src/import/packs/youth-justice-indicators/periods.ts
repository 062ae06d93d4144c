import { isoDate, monthNumber } from '../../text/dates';

const MONTH_YEAR = '[A-Z][a-z]{2,8}\\.?\\s+\\d{4}';

/** Ways a sentence states the period its figures are for, most specific first. */
const SENTENCE_PERIODS: RegExp[] = [
  new RegExp(`\\bcohort identified (?:between |from )?(${MONTH_YEAR})\\s+(?:to|and|-|–)\\s+(${MONTH_YEAR})`),
  /\bcohort identified in (\d{4}\/\d{2,4})\b/,
  new RegExp(`\\b(?:for|in) the (?:year|period)\\s+(${MONTH_YEAR})\\s+(?:to|-|–)\\s+(${MONTH_YEAR})`),
  /\b(?:for|in) the (calendar year \d{4})\b/,
  /\bperformance for (\d{4})\b/,
];

/** The period a sentence states for its figures ("Oct 2017 to Sep 2018", "calendar year 2018"). */
export function sentencePeriod(text: string): string | undefined {
  for (const re of SENTENCE_PERIODS) {
    const m = re.exec(text);
    if (m) return m[2] ? `${m[1]} to ${m[2]}` : m[1];
  }
  return undefined;
}

/** "between 2017 and 2018": the two years a "from X to Y" change spans. */
export function betweenYears(text: string): [string, string] | undefined {
  const m = /\bbetween (\d{4}) and (\d{4})\b/.exec(text);
  return m ? [m[1] ?? '', m[2] ?? ''] : undefined;
}

/** The year a "since 2013/14 when it was" comparison names. */
export function sinceYear(text: string): string | undefined {
  const all = [...text.matchAll(/\bsince (\d{4}(?:\/\d{2})?)\b/g)];
  return all[all.length - 1]?.[1];
}

function lastDay(year: number, month: number): string | undefined {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/**
 * ISO end of a period as written: the last named month ("… to Sep 2018" -> 2018-09-30), a
 * financial year ("2013/14", "14/15" -> 31 March), or a calendar year ("2018" -> 31 December).
 */
export function periodEnd(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const months = [...raw.matchAll(/\b([A-Za-z]{3,9})\.?\s+(\d{4})\b/g)].filter((m) => monthNumber(m[1] ?? ''));
  const lastMonth = months[months.length - 1];
  if (lastMonth) return lastDay(Number(lastMonth[2]), monthNumber(lastMonth[1] ?? '') ?? 0);
  const fy = /\b(\d{4}|\d{2})\/(\d{2})\b/.exec(raw);
  if (fy) {
    const first = (fy[1] ?? '').length === 2 ? 2000 + Number(fy[1]) : Number(fy[1]);
    return isoDate(first + 1, 3, 31);
  }
  const year = /\b(\d{4})\b/.exec(raw);
  return year ? isoDate(Number(year[1]), 12, 31) : undefined;
}
