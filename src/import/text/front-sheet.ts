import type { ContactDetails, Flag } from '../../domain/model';
import { readAgendaItems, type AgendaEntry } from './agenda-items';
import { parseContact } from './contact';
import { parseClock, parseLongDate } from './dates';
import { plainLine } from './plain';

/** What an agenda front sheet says about its meeting, with the lines it says it on. */
export interface FrontSheet {
  /** The pack's own title: "Cabinet – Supplementary agenda No.1". */
  title: string;
  body: string;
  date: string;
  time?: string;
  venue?: string;
  contact?: ContactDetails;
  agenda: AgendaEntry[];
  /** Date the agenda was published ("Date: 5 June 2020" under the contact). */
  published?: string;
  firstLine: number;
  /** Last line of the date/time/venue block: certainly on the first page. */
  headerEnd: number;
  agendaStart: number;
  agendaEnd: number;
  flags: Flag[];
}

const LABEL = /^(date|time|venue|place)\s*:\s*(.*)$/i;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/;
/** The front sheet sits at the top of a pack; nothing below this is taken for it. */
const SEARCH_LINES = 80;

function bodyFrom(plain: string): string | undefined {
  const m =
    /^A meeting of (?:the )?(.+?) will be held\b/i.exec(plain) ??
    /^Agenda for the meeting of (?:the )?(.+)$/i.exec(plain) ??
    /^(.+?)\s+[–-]\s+(?:Supplementary )?agenda\b/i.exec(plain);
  return m?.[1]?.trim();
}

const cache = new WeakMap<readonly string[], FrontSheet | null>();

/** Reads the agenda front sheet at the top of a pack, or undefined when the pack has none (shared: do not mutate). */
export function readFrontSheet(lines: readonly string[]): FrontSheet | undefined {
  // Every parser asks for the front sheet of the same lines; read it once per pack.
  const known = cache.get(lines);
  if (known !== undefined) return known ?? undefined;
  const read = readUncached(lines);
  cache.set(lines, read ?? null);
  return read;
}

function readUncached(lines: readonly string[]): FrontSheet | undefined {
  const plain = lines.slice(0, SEARCH_LINES).map(plainLine);
  const at = (n: number): string => plain[n - 1] ?? '';
  let dateLine = 0;
  let date: string | undefined;
  for (let n = 1; n <= plain.length && !date; n++) {
    const m = LABEL.exec(at(n));
    if (m && m[1]?.toLowerCase() === 'date') {
      date = parseLongDate(m[2] ?? '');
      dateLine = n;
    }
  }
  if (!date) return undefined;
  const flags: Flag[] = [];
  const firstLine = plain.findIndex((p) => p !== '') + 1;
  const title = at(firstLine);
  let body: string | undefined;
  for (let n = firstLine; n <= plain.length && !body; n++) body = bodyFrom(at(n));
  if (!body) {
    const heading = plain.slice(firstLine, dateLine - 1).find((p) => p !== '' && !/^agenda$/i.test(p));
    body = heading;
  }
  if (!body) return undefined;

  let time: string | undefined;
  let venue: string | undefined;
  let headerEnd = dateLine;
  for (let n = dateLine + 1; n <= Math.min(plain.length, dateLine + 14); n++) {
    const m = LABEL.exec(at(n));
    if (!m) continue;
    const label = m[1]?.toLowerCase();
    if (label === 'time') {
      time = parseClock(m[2] ?? '');
      headerEnd = n;
    } else if (label === 'venue' || label === 'place') {
      const read = readVenue(lines, n, m[2] ?? '');
      venue = read.venue;
      headerEnd = read.end;
    } else break;
  }

  const contactLine = plain.findIndex((p, i) => i >= headerEnd && /further information,? please contact/i.test(p)) + 1;
  const contactBlock = contactLine > 0 ? readContactBlock(plain, contactLine) : undefined;
  const agendaStart = findAgendaStart(plain, headerEnd);
  const agendaEnd = Math.min(contactLine > agendaStart ? contactLine - 1 : plain.length, blankRunBefore(plain, agendaStart));
  const agenda = readAgendaItems(lines, agendaStart, agendaEnd, flags);
  const publishedLine = contactBlock
    ? plain.findIndex((p, i) => i >= contactBlock.end - 1 && i < contactBlock.end + 4 && /^date\s*:/i.test(p))
    : -1;
  const published = publishedLine >= 0 ? parseLongDate(plain[publishedLine] ?? '') : undefined;

  return {
    title: /^agenda$/i.test(title) ? `Agenda – ${body}` : title,
    body,
    date,
    ...(time ? { time } : {}),
    ...(venue ? { venue } : {}),
    ...(contactBlock?.contact ? { contact: contactBlock.contact } : {}),
    agenda,
    ...(published ? { published } : {}),
    firstLine,
    headerEnd,
    agendaStart,
    agendaEnd,
    flags,
  };
}

/** A venue may wrap inside its bold span, or leave its postcode alone on a later line. */
function readVenue(lines: readonly string[], line: number, first: string): { venue: string; end: number } {
  let venue = first;
  let end = line;
  const raw = lines[line - 1] ?? '';
  if ((raw.match(/\*\*/g) ?? []).length % 2 === 1) {
    end = line + 1;
    venue = `${venue} ${plainLine(lines[line] ?? '')}`;
  }
  for (let n = end + 1; n <= end + 3; n++) {
    const next = plainLine(lines[n - 1] ?? '');
    if (next === '') continue;
    if (POSTCODE.test(next)) {
      venue = `${venue} ${next}`;
      end = n;
    }
    break;
  }
  return { venue: venue.replace(/\s+/g, ' ').trim(), end };
}

/** Three blank lines in a row end the front sheet (the exporter's gap before the next document). */
function blankRunBefore(plain: readonly string[], from: number): number {
  let run = 0;
  for (let n = from; n <= plain.length; n++) {
    run = plain[n - 1] === '' ? run + 1 : 0;
    if (run === 3) return n - 3;
  }
  return plain.length;
}

function findAgendaStart(plain: readonly string[], after: number): number {
  for (let n = after + 1; n <= plain.length; n++) {
    if (/^(items|agenda)$/i.test(plain[n - 1] ?? '')) return n + 1;
  }
  return after + 1;
}

/** The contact sentence may run over several lines until the published date or a rule. */
function readContactBlock(plain: readonly string[], line: number): { contact?: ContactDetails; end: number } {
  const parts: string[] = [];
  let end = line;
  for (let n = line; n <= Math.min(plain.length, line + 8); n++) {
    const text = plain[n - 1] ?? '';
    if (n > line && (/^date\s*:/i.test(text) || /^-{3,}$/.test(text) || /^if you\b/i.test(text))) break;
    if (text) parts.push(text);
    end = n;
  }
  const sentence = parts.join(' ').replace(/^.*?further information,? please contact:?\s*/i, '');
  const contact = parseContact(sentence);
  return { ...(contact ? { contact } : {}), end };
}
