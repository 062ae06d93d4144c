import { findEmail, findPhone, splitNameRole, parseContact } from '../../text/contact';
import { plainLine } from '../../text/plain';
import type { Sighting } from './sighting';

const HEADING = /^lead officers?(?:'s)? contacts?\s*:?\s*(.*)$/i;
const FURTHER = /^further information on the subject of this report is available from\s*:?\s*(.*)$/i;
const END = /^(appendices|appendix|background papers|lead officers? contact)\b/i;
const ADDRESS = /\b(council\s*[–-]|gun wharf|town hall|civic centre|plough lane|[A-Z]{1,2}\d{1,2}\s*\d[A-Z]{2})\b/i;

function detailsOnly(text: string): boolean {
  return !splitNameRole(text.split(/[,:]/)[0] ?? '') && (findPhone(text) !== undefined || findEmail(text) !== undefined);
}

/** A paragraph of a contact block: a name (and role) first, then role, address, phone, e-mail lines. */
function readParagraph(texts: { text: string; line: number }[]): Sighting | undefined {
  const [head, ...rest] = texts;
  if (!head) return undefined;
  const contact = parseContact(head.text);
  if (!contact) return undefined;
  const sighting: Sighting = {
    name: contact.name,
    ...(contact.role ? { role: contact.role } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    line: head.line,
    lineEnd: head.line,
  };
  for (const { text, line } of rest) {
    sighting.lineEnd = line;
    if (!sighting.role && !detailsOnly(text) && !ADDRESS.test(text)) sighting.role = text;
    sighting.phone ??= findPhone(text);
    sighting.email ??= findEmail(text);
  }
  if (!sighting.phone) delete sighting.phone;
  if (!sighting.email) delete sighting.email;
  return sighting;
}

/**
 * People in "Lead officer contact" blocks and "Further information ... is available from" lines,
 * with the phone and e-mail given there. A paragraph without a name adds its details to the
 * person above it.
 */
export function readContactBlocks(lines: readonly string[]): Sighting[] {
  const out: Sighting[] = [];
  for (let n = 1; n <= lines.length; n++) {
    const text = plainLine(lines[n - 1] ?? '');
    const m = HEADING.exec(text) ?? FURTHER.exec(text);
    if (!m) continue;
    const paragraphs: { text: string; line: number }[][] = [];
    let para: { text: string; line: number }[] = m[1] ? [{ text: m[1], line: n }] : [];
    let k = n + 1;
    for (; k <= Math.min(lines.length, n + 14); k++) {
      const t = plainLine(lines[k - 1] ?? '');
      if (END.test(t) || /^\s*#/.test(lines[k - 1] ?? '')) break;
      if (t === '') {
        if (para.length) paragraphs.push(para);
        para = [];
        if (FURTHER.test(text) && paragraphs.length) break;
        continue;
      }
      para.push({ text: t, line: k });
    }
    if (para.length) paragraphs.push(para);
    let last: Sighting | undefined;
    for (const p of paragraphs) {
      const read = readParagraph(p);
      if (read) {
        out.push(read);
        last = read;
      } else if (last) {
        const joined = p.map((x) => x.text).join(' ');
        last.phone ??= findPhone(joined);
        last.email ??= findEmail(joined);
        if (!last.phone) delete last.phone;
        if (!last.email) delete last.email;
      } else break;
    }
    n = k - 1;
  }
  return out;
}
