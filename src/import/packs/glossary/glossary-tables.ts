import type { Row } from '../../text/tsv';
import { readTsvRows } from '../../text/tsv';
import { plainLine } from '../../text/plain';
import type { PackText } from '../types';

/** One row of a glossary table, continuation lines joined. */
export interface GlossaryRow {
  term: string;
  expansion: string;
  lineStart: number;
  lineEnd: number;
}

const HEADING = /^(?:(?:annexe?|appendix)\s*[\w.]*\s*[:.–-]?\s*)?glossary(?: of terms)?$/i;
const HEADER_WORD = /^(?:name|job title|title|role|abbreviations?|acronyms?|terms?|what it stands for|stands for|meaning|definition|description|full name|explanation)$/i;

function isTableHeader(cells: string[]): boolean {
  return cells.some((c) => HEADER_WORD.test(c)) && cells.every((c) => c.split(' ').length <= 4);
}

function isGlossaryHeader(cells: string[]): boolean {
  const [first = '', second = ''] = cells;
  return /^(?:abbreviations?|acronyms?|terms?)$/i.test(first) && /stands for|meaning|definition|description|explanation|full/i.test(second);
}

/**
 * Glossary tables: rows under a "Glossary" heading (blank lines allowed between rows) or under an
 * "Abbreviation | What it stands for" header. A row with an empty first cell continues the row above.
 * Reading stops at prose or at another table's header ("Name | Job Title").
 */
export function readGlossaryTables(pack: PackText): GlossaryRow[] {
  const out: GlossaryRow[] = [];
  for (let n = 1; n <= pack.lines.length; n++) {
    const raw = pack.lines[n - 1] ?? '';
    const underHeading = !raw.includes('\t') && HEADING.test(plainLine(raw));
    const cells = raw.includes('\t') ? raw.split('\t').map((c) => plainLine(c)) : [];
    if (!underHeading && !isGlossaryHeader(cells)) continue;
    n = readRows(pack, n + 1, underHeading, out);
  }
  return out;
}

function readRows(pack: PackText, from: number, blanksAllowed: boolean, out: GlossaryRow[]): number {
  let n = from;
  let last: GlossaryRow | undefined;
  for (; n <= pack.lines.length; n++) {
    const raw = pack.lines[n - 1] ?? '';
    if (plainLine(raw) === '') {
      if (blanksAllowed || !last) continue;
      break;
    }
    if (!raw.includes('\t')) break;
    const row: Row | undefined = readTsvRows(pack, n, n)[0];
    const cells = (row?.cells ?? []).map((c) => c.replace(/\*+/g, '').trim());
    if (isGlossaryHeader(cells)) continue;
    if (isTableHeader(cells)) break;
    const [term = '', ...rest] = cells;
    const expansion = rest.filter(Boolean).join(' ');
    if (!term && last && expansion) {
      last.expansion = `${last.expansion} ${expansion}`;
      last.lineEnd = n;
      continue;
    }
    if (!term || !expansion) break;
    last = { term, expansion, lineStart: n, lineEnd: n };
    out.push(last);
  }
  return n - 1;
}
