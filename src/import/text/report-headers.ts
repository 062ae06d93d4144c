import { isDateOnly, parseClock, parseLongDate, LONG_DATE_SOURCE } from './dates';
import { isAllCaps, plainLine, titleCase } from './plain';

/** The head of one report in a pack: the meeting it is for and its title. */
export interface ReportHeader {
  /** First line of the header block (the body's name, "Meeting:" or "Minutes of..."). */
  line: number;
  /** Line of the title; the block from `line` to here is printed on the report's first page. */
  titleLine: number;
  body: string;
  date: string;
  title: string;
  time?: string;
  venue?: string;
  kind: 'report' | 'meeting-table' | 'minutes';
}

const BODY_NOUN = /\b(committee|cabinet|board|council|panel|forum|partnership|executive)\b/i;
const MINUTES = new RegExp(
  `^Minutes of (?:the )?meeting of (?:the )?(.+?) held (?:at|in) (.+?) on ${LONG_DATE_SOURCE}(?: at (.+))?$`,
  'i',
);

function nextNonEmpty(plain: readonly string[], after: number, within: number): number {
  for (let n = after + 1; n <= Math.min(plain.length, after + within); n++) if (plain[n - 1]) return n;
  return 0;
}

function tidy(text: string): string {
  return isAllCaps(text) ? titleCase(text) : text;
}

const cache = new WeakMap<readonly string[], ReportHeader[]>();

/** Every report header in the pack, in line order. */
export function findReportHeaders(lines: readonly string[]): ReportHeader[] {
  // Several parsers need the headers of the same pack; find them once (callers get a copy).
  let found = cache.get(lines);
  if (!found) {
    found = findUncached(lines);
    cache.set(lines, found);
  }
  return found.map((h) => ({ ...h }));
}

function findUncached(lines: readonly string[]): ReportHeader[] {
  const plain = lines.map(plainLine);
  const out: ReportHeader[] = [];
  for (let n = 1; n <= plain.length; n++) {
    const text = plain[n - 1] ?? '';
    if (!text) continue;
    const header = minutesHeader(text, n) ?? tableHeader(plain, text, n) ?? reportHeader(lines, plain, text, n);
    if (header) {
      out.push(header);
      n = header.titleLine;
    }
  }
  return out;
}

function minutesHeader(text: string, n: number): ReportHeader | undefined {
  const m = MINUTES.exec(text);
  const date = m ? parseLongDate(text.slice(text.search(/ on /i))) : undefined;
  if (!m || !date) return undefined;
  const time = m[6] ? parseClock(m[6]) : undefined;
  return { line: n, titleLine: n, body: m[1] ?? '', date, title: 'Minutes', venue: m[2] ?? '', ...(time ? { time } : {}), kind: 'minutes' };
}

/** Herefordshire style: "Meeting:", "Meeting date:", "Title of report:" rows. */
function tableHeader(plain: readonly string[], text: string, n: number): ReportHeader | undefined {
  const meeting = /^Meeting\s*:\s*(.+)$/i.exec(text);
  if (!meeting) return undefined;
  let date: string | undefined;
  let title: string | undefined;
  let titleLine = n;
  for (let k = n + 1; k <= Math.min(plain.length, n + 4); k++) {
    const row = plain[k - 1] ?? '';
    const d = /^Meeting date\s*:\s*(.+)$/i.exec(row);
    if (d) date = parseLongDate(d[1] ?? '');
    const t = /^Title of report\s*:\s*(.+)$/i.exec(row);
    if (t) {
      title = t[1]?.trim();
      titleLine = k;
    }
  }
  if (!date || !title) return undefined;
  return { line: n, titleLine, body: (meeting[1] ?? '').trim(), date, title, kind: 'meeting-table' };
}

/** Medway style: the body's name, the meeting date, the report title, each on its own line. */
function reportHeader(lines: readonly string[], plain: readonly string[], text: string, n: number): ReportHeader | undefined {
  if (!BODY_NOUN.test(text) || text.split(' ').length > 14 || /[:.;]$/.test(text) || /^\d/.test(text)) return undefined;
  const raw = lines[n - 1] ?? '';
  if (!isAllCaps(text) && !/^\s*#/.test(raw)) return undefined;
  const dateLine = nextNonEmpty(plain, n, 3);
  if (!dateLine || !isDateOnly(plain[dateLine - 1] ?? '')) return undefined;
  const titleLine = nextNonEmpty(plain, dateLine, 3);
  const title = plain[titleLine - 1] ?? '';
  if (!titleLine || !title || title.split(' ').length > 30 || isDateOnly(title)) return undefined;
  const date = parseLongDate(plain[dateLine - 1] ?? '');
  if (!date) return undefined;
  return { line: n, titleLine, body: tidy(text), date, title: tidy(title), kind: 'report' };
}
