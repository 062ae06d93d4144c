import type { Flag } from '../../../domain/model';
import { bareName, looksLikeName } from '../../text/contact';
import { isoDate, monthNumber, parseLongDate } from '../../text/dates';
import { readTsvRows, isHeaderRow } from '../../text/tsv';
import type { PackText } from '../types';
import type { Sighting } from './sighting';

const HELD = /\s*\((from|until|to|since)\s+([^)]+)\)\s*$/i;

/** "January 2020" -> first or last day of the month, at month precision; "31 March 2020" -> that day. */
function heldDate(text: string, edge: 'start' | 'end'): { date: string; precision: 'day' | 'month' } | undefined {
  const exact = parseLongDate(text);
  if (exact) return { date: exact, precision: 'day' };
  const m = /^([a-z]+)\.?\s+(\d{4})$/i.exec(text.trim());
  const month = m ? monthNumber(m[1] ?? '') : undefined;
  if (!m || !month) return undefined;
  const year = Number(m[2]);
  const date = edge === 'start' ? isoDate(year, month, 1) : isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return date ? { date, precision: 'month' } : undefined;
}

/**
 * "Name | Job Title" tables (the glossary pages' who's who). A row with an empty name continues the
 * title above; "(until January 2020)" / "(from January 2020)" become the role's dates, kept at month
 * precision (the month's first day for "from", its last for "until", shown as the month: no day is
 * invented).
 */
export function readRoleTables(pack: PackText, flags: Flag[]): Sighting[] {
  const out: Sighting[] = [];
  for (const header of readTsvRows(pack, 1, pack.lines.length)) {
    const [a = '', b = ''] = header.cells;
    if (!isHeaderRow([a], ['name']) || !/^(job title|title|role|position|post)$/i.test(b)) continue;
    let last: Sighting | undefined;
    for (let n = header.line + 1; n <= pack.lines.length; n++) {
      const raw = pack.lines[n - 1] ?? '';
      if (raw.trim() === '') continue;
      if (!raw.includes('\t')) break;
      const [name = '', ...rest] = readTsvRows(pack, n, n)[0]?.cells ?? [];
      const title = rest.filter(Boolean).join(' ');
      if (!name && last && title) {
        last.role = `${last.role ?? ''} ${title}`.trim();
        last.lineEnd = n;
        continue;
      }
      if (!looksLikeName(name) || !title) break;
      last = { name: bareName(name), role: title, line: n, lineEnd: n, ...(/^(?:Councillor|Cllr)\b/i.test(name) ? { councillor: true } : {}) };
      out.push(last);
    }
  }
  for (const s of out) {
    const held = HELD.exec(s.role ?? '');
    if (!held) continue;
    const edge = /^(from|since)$/i.test(held[1] ?? '') ? 'start' : 'end';
    const read = heldDate(held[2] ?? '', edge);
    if (!read) {
      flags.push({ code: 'role-date-unread', severity: 'ambiguous', raw: held[0].trim(), message: `${s.name}: role dates "${held[0].trim()}" not read`, source: { documentId: pack.documentId, lineStart: s.line, lineEnd: s.lineEnd } });
      continue;
    }
    s.role = (s.role ?? '').slice(0, held.index).trim();
    if (edge === 'start') s.from = read.date;
    else s.until = read.date;
    if (read.precision !== 'day') s.precision = read.precision;
  }
  return out;
}
