import type { Flag, StatusLevel, StatusScale } from '../../../domain/model';
import type { PackText } from '../types';
import type { CleanRow } from './cells';
import { makeFlag, sourceRef } from './flags';

/** Colours and names of the usual RAG codes; the text packs lost the colours themselves. */
const KNOWN: Readonly<Record<string, { label: string; colour: string; rank: number }>> = {
  R: { label: 'Red', colour: '#FF0000', rank: 0 },
  A: { label: 'Amber', colour: '#FFC000', rank: 1 },
  G: { label: 'Green', colour: '#00B050', rank: 2 },
  B: { label: 'Blue', colour: '#0070C0', rank: 3 },
};

const CODE = /^[A-Z]{1,2}$/;

/**
 * Reads the plan's RAG key ("RAG | Key" then one row per code) above `beforeLine`. Look-alike
 * letters (a Cyrillic "В" for B) were already repaired in the rows; each repair becomes a flag.
 */
export function readRagKey(
  pack: PackText,
  rows: CleanRow[],
  beforeLine: number,
  id: string,
): { scale?: StatusScale; flags: Flag[] } {
  const flags: Flag[] = [];
  const header = [...rows]
    .reverse()
    .find((r) => r.line < beforeLine && /^rag$/i.test(r.cells[0] ?? '') && /^key$/i.test(r.cells[1] ?? ''));
  if (!header) return { flags };
  const keyRows: CleanRow[] = [];
  for (const row of rows.filter((r) => r.line > header.line && r.line < beforeLine)) {
    if (row.line > header.line + keyRows.length + 1 || !CODE.test(row.cells[0] ?? '') || !row.cells[1]) break;
    keyRows.push(row);
  }
  if (keyRows.length === 0) return { flags };
  for (const row of [header, ...keyRows]) {
    for (const repair of row.repairs) {
      flags.push(makeFlag('ocr-look-alike-letter', 'repaired', `RAG key: ${repair}`, sourceRef(pack, row.line), pack.lines[row.line - 1]));
    }
  }
  const levels = keyRows.map((row, index): StatusLevel => {
    const code = row.cells[0];
    const known = KNOWN[code];
    const meaning = row.cells.slice(1).filter(Boolean).join(' ');
    const level: StatusLevel = {
      code,
      label: known?.label ?? code,
      meaning,
      colour: known?.colour ?? '#808080',
      // An unknown code ranks by its place in the key, which lists the best level first.
      rank: known?.rank ?? keyRows.length - 1 - index,
    };
    if (/\bcompleted?\b/i.test(meaning)) level.complete = true;
    return level;
  });
  return { scale: { id, name: header.cells.filter(Boolean).join(' '), levels }, flags };
}
