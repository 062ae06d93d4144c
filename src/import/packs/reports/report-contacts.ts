import type { ReportContact } from '../../../domain/model';
import { findEmail, findPhone, parseContact } from '../../text/contact';
import { plainLine } from '../../text/plain';
import type { PackText } from '../types';

/**
 * What introduces a report's contact: Medway's "Lead officer contact" after its text, and
 * Herefordshire's page footer "Further information on the subject of this report is available from".
 */
const LABEL = /^(?:lead officer contacts?|further information on the subject of this report is available from)\s*:?\s*(.*)$/i;
/** Lines read after the label at most: a contact block is a few lines. */
const BLOCK_LINES = 12;

interface Entry {
  lines: string[];
  line: number;
  /** A line of details (phone, e-mail) has been read: what follows must be another. */
  detailed: boolean;
}

/**
 * The people a report gives as its contacts, each with the role, phone and e-mail the block gives,
 * in order, once each (a footer repeats on every page). Read from the report's own lines
 * (`from` to `to`, 1-based); nothing is filled in that the block does not say.
 */
export function readReportContacts(pack: PackText, from: number, to: number): ReportContact[] {
  const out = new Map<string, ReportContact>();
  for (let n = from; n <= to; n++) {
    const label = LABEL.exec(plainLine(pack.lines[n - 1] ?? ''));
    if (!label) continue;
    for (const contact of readBlock(pack, n, label[1] ?? '', to)) if (!out.has(contact.name)) out.set(contact.name, contact);
  }
  return [...out.values()];
}

/** The entries of one block: a line opening with a name starts one; lines of details, or a role just under the name, add to it. */
function readBlock(pack: PackText, labelLine: number, rest: string, to: number): ReportContact[] {
  const entries: Entry[] = [];
  let previousBlank = true;
  const lines: [number, string][] = rest ? [[labelLine, rest]] : [];
  for (let n = labelLine + 1; n <= Math.min(to, labelLine + BLOCK_LINES); n++) lines.push([n, plainLine(pack.lines[n - 1] ?? '')]);
  for (const [n, text] of lines) {
    if (!text) {
      previousBlank = true;
      continue;
    }
    const current = entries.at(-1);
    const details = !!findPhone(text) || !!findEmail(text);
    if (parseContact(text)) entries.push({ lines: [text], line: n, detailed: details });
    else if (current && details) (current.lines.push(text), (current.detailed = true));
    // A role or address on the lines just under the name ("Andrew Willetts" / "Head of ...").
    else if (current && !previousBlank && !current.detailed) current.lines.push(text);
    else break;
    previousBlank = false;
  }
  return entries.flatMap(toContact);
}

/** Longest line under a name read as its role: a job title, not a sentence of the next page. */
const ROLE_CHARS = 90;

/**
 * An entry as a contact, when it gives a way to reach them: a name-like line with neither a phone
 * nor an e-mail near it ("Background Papers") is no contact.
 */
function toContact(entry: Entry): ReportContact[] {
  const [first, ...more] = entry.lines;
  const who = parseContact(first!);
  if (!who) return [];
  const phone = who.phone ?? more.map(findPhone).find(Boolean);
  const email = who.email ?? more.map(findEmail).find(Boolean);
  if (!phone && !email) return [];
  const under = more[0];
  const role = who.role ?? (under && under.length <= ROLE_CHARS && !findPhone(under) && !findEmail(under) ? under : undefined);
  return [{ name: who.name, ...(role ? { role } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}), line: entry.line }];
}
