import { findLongDates, isoDate, monthNumber, parseClock } from '../../text/dates';
import { plainLine } from '../../text/plain';

/** A meeting the text mentions with its body and date (and time or venue when it states them). */
export interface MeetingMention {
  body: string;
  date: string;
  time?: string;
  line: number;
}

const NOUN = /^(?:committee|sub-committee|cabinet|board|council|panel|forum)$/i;
/** Nouns that name a meeting on their own; the others need the word "meeting" nearby. */
const MEETS_ITSELF = /^(?:committee|sub-committee|cabinet|panel)$/i;
const CONNECTOR = new Set(['and', 'of', '&', 'for', 'in']);
const STOP = new Set([
  'the', 'this', 'that', 'these', 'its', 'their', 'our', 'by', 'to', 'at', 'a', 'an', 'was', 'were', 'be',
  'been', 'is', 'are', 'which', 'with', 'from', 'on', 'next', 'last', 'previous', 'same', 'each', 'every',
]);
const BETWEEN = /^(?:,?\s*(?:at (?:its|their|a|the) (?:last |next )?meeting|meeting)?\s*,?\s*(?:held )?on\s*(?:the\s*)?)$/i;

/** Walks back from a body noun over its name ("Children and Young People Overview and Scrutiny"). */
function bodyBefore(words: string[]): string | undefined {
  const noun = words[words.length - 1] ?? '';
  if (!NOUN.test(noun)) return undefined;
  const name: string[] = [noun];
  const lower = noun === noun.toLowerCase();
  for (let i = words.length - 2; i >= 0; i--) {
    const w = words[i] ?? '';
    const key = w.toLowerCase();
    if (STOP.has(key) || NOUN.test(w) || /^(?:group|partnership|team)$/i.test(w) || !/^[\p{L}&'’-]+$/u.test(w)) break;
    const capital = /^\p{Lu}/u.test(w);
    if (!capital && !CONNECTOR.has(key) && !lower) break;
    name.unshift(w);
  }
  while (name.length > 1 && CONNECTOR.has((name[0] ?? '').toLowerCase())) name.shift();
  if (/^council$/i.test(noun) && !/^full$/i.test(name[0] ?? '')) return undefined;
  if (name.length === 1 && !/^(?:cabinet)$/i.test(noun)) return undefined;
  return name.join(' ');
}

/** Walks forward over "Youth Justice Partnership Board." up to the first body noun. */
function bodyAfter(words: string[]): string | undefined {
  const name: string[] = [];
  for (const raw of words.slice(0, 12)) {
    const w = raw.replace(/[.,;:)]+$/, '');
    const capital = /^\p{Lu}/u.test(w);
    if (!capital && !CONNECTOR.has(w.toLowerCase())) return undefined;
    name.push(w);
    if (NOUN.test(w)) break;
    if (w !== raw) return undefined;
  }
  const noun = name[name.length - 1] ?? '';
  if (!NOUN.test(noun) || name.length < 2 || /^council$/i.test(noun)) return undefined;
  return name.join(' ');
}

/**
 * Meetings named with a body and a full date: "considered by the Children and Young People
 * Overview and Scrutiny Committee on 9 January 2020", "the next Cabinet meeting on 7 July 2020",
 * "Medway Health and Wellbeing Board at its meeting on 12 September 2017", "13 July 2020 at the
 * Youth Justice Partnership Board", and minute headings
 * "Children and Young People Overview and Scrutiny Committee – 9 January 2020 Draft Minute".
 */
export function findMeetingMentions(lines: readonly string[], from: number, to: number): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (let n = from; n <= to; n++) {
    const text = plainLine(lines[n - 1] ?? '');
    if (!text) continue;
    for (const date of findLongDates(text)) {
      const before = text.slice(0, date.index);
      const dash = /^(?:\d+\.?\s*)?(.+?)\s+[–-]\s*$/.exec(before);
      if (dash && /^\s*draft minutes?\b/i.test(text.slice(date.end))) {
        const body = bodyBefore((dash[1] ?? '').split(/\s+/));
        if (body) out.push({ body, date: date.iso, line: n });
        continue;
      }
      const atBody = /^\s*,?\s*at (?:the |a meeting of the )(.+)$/i.exec(text.slice(date.end));
      const forward = atBody ? bodyAfter((atBody[1] ?? '').split(/\s+/)) : undefined;
      if (forward) {
        out.push({ body: forward, date: date.iso, line: n });
        continue;
      }
      const on = /(?:,?\s*(?:at (?:its|their|a|the) (?:last |next )?meeting|meeting)?\s*,?\s*(?:held )?on\s*(?:the\s*)?)$/i.exec(before);
      if (!on || !BETWEEN.test(on[0])) continue;
      const head = before.slice(0, on.index).replace(/[,\s]+$/, '');
      const words = head.split(/\s+/);
      const body = bodyBefore(words);
      if (!body) continue;
      const noun = words[words.length - 1] ?? '';
      const meetingWord = /meeting/i.test(on[0]) || /\bmeeting of (?:the )?$/i.test(head.slice(0, head.length - body.length));
      if (!MEETS_ITSELF.test(noun) && !meetingWord && !/^full council$/i.test(body)) continue;
      const time = /^\s*(?:at|,)\s*(\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)/i.exec(text.slice(date.end));
      out.push({ body, date: date.iso, line: n, ...(time && parseClock(time[1] ?? '') ? { time: parseClock(time[1] ?? '') } : {}) });
    }
  }
  return out;
}

/** A work programme's row under a meeting date: the item, its author and form of scrutiny as written. */
export interface ProgrammeRow {
  title: string;
  author?: string;
  form?: string;
  line: number;
}

/**
 * Work-programme rows "Meeting date: 25 November 2019 – 10.15 a.m." name the committee's own
 * future meetings; the body is the committee the programme belongs to. The rows under each, up to a
 * blank line or the next date, are the items planned for it (item, description, author, form of
 * scrutiny, tab-separated); the column heads and briefing notes are not items.
 */
export function findProgrammeDates(lines: readonly string[], from: number, to: number): ProgrammeDate[] {
  const out: ProgrammeDate[] = [];
  for (let n = from; n <= to; n++) {
    const text = plainLine(lines[n - 1] ?? '');
    const m = /^Meeting date\s*:\s*(.+)$/i.exec(text);
    const date = m ? findLongDates(m[1] ?? '')[0] : undefined;
    if (!m || !date) continue;
    const rest = (m[1] ?? '').slice(date.end);
    const despatch = despatchDate(rest, date.iso);
    // The clock time stands before the despatch date ("– 1.00 p.m.   Despatch: 5 July").
    const time = parseClock(rest.replace(/d[ei]spatch.*$/i, ''));
    out.push({ date: date.iso, line: n, ...(time ? { time } : {}), ...(despatch ? { despatch } : {}), items: programmeRows(lines, n + 1, to) });
  }
  return out;
}

/** A work programme's meeting row: its date and time, when its papers go out, and the items planned for it. */
export interface ProgrammeDate {
  date: string;
  time?: string;
  despatch?: string;
  line: number;
  items: ProgrammeRow[];
}

/**
 * "Despatch: 5 July" ("Dispatch: Friday 6 March") after a meeting's date: a day and month, the year the meeting's, or the year
 * before when the month comes after the meeting's (papers go out before the meeting).
 */
function despatchDate(text: string, meeting: string): string | undefined {
  const m = /\bd[ei]spatch(?:ed)?\s*:?\s*(?:[A-Za-z]+day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)/i.exec(text);
  const month = m ? monthNumber(m[2]!) : undefined;
  if (!m || !month) return undefined;
  const [year, meetingMonth] = meeting.split('-').map(Number) as [number, number];
  return isoDate(month > meetingMonth ? year - 1 : year, month, Number(m[1]));
}

function programmeRows(lines: readonly string[], from: number, to: number): ProgrammeRow[] {
  const rows: ProgrammeRow[] = [];
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1] ?? '';
    if (!raw.includes('\t')) break;
    const cells = raw.split('\t').map((c) => plainLine(c.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim());
    const [title = '', , author = '', form = ''] = cells;
    if (/^meeting date\b/i.test(title)) break;
    // A label cell ("Title of report:") is a report's header table, not a programme: no items there.
    if (title.endsWith(':')) break;
    if (!title || /^item$/i.test(title) || /^briefing notes?$/i.test(title)) continue;
    rows.push({ title, ...(author ? { author } : {}), ...(form ? { form } : {}), line: n });
  }
  return rows;
}

/**
 * "The minutes of the meeting on 11 March 2019": a committee's own earlier meeting. Only read where
 * the committee is certain (its front sheet or its own minutes), so the caller gives the ranges.
 */
export function findMinutesMentions(lines: readonly string[], from: number, to: number): { date: string; line: number }[] {
  const out: { date: string; line: number }[] = [];
  for (let n = from; n <= to; n++) {
    const text = plainLine(lines[n - 1] ?? '');
    for (const date of findLongDates(text)) {
      if (/\bminutes of the (?:last |previous )?meeting (?:held )?on\s*(?:the\s*)?$/i.test(text.slice(0, date.index))) out.push({ date: date.iso, line: n });
    }
  }
  return out;
}
