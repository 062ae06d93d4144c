import type { PackText } from '../packs/types';
import { cleanCell } from './ocr';

/** One tab-separated line of a pack: its 1-based line number and its cleaned cells. */
export interface Row {
  line: number;
  cells: string[];
}

/**
 * The tab-separated lines from `fromLine` to `toLine` (1-based, inclusive, clamped to the pack),
 * cells cleaned with {@link cleanCell}; lines without a tab are not table rows and are skipped.
 */
export function readTsvRows(pack: PackText, fromLine: number, toLine: number): Row[] {
  const rows: Row[] = [];
  const first = Math.max(1, Math.floor(fromLine));
  const last = Math.min(pack.lines.length, Math.floor(toLine));
  for (let line = first; line <= last; line++) {
    const text = pack.lines[line - 1] ?? '';
    if (!text.includes('\t')) continue;
    rows.push({ line, cells: text.split('\t').map(cleanCell) });
  }
  return rows;
}

function squash(text: string): string {
  return cleanCell(text).toLowerCase().replace(/\s+/g, '');
}

/**
 * True when every word of `mustInclude` appears, lower-cased and without spaces, inside some cell
 * (so "By When" matches a "By When" cell and "Lead" a "Lead Officer" cell). Headers repeated after a
 * page break often carry OCR garbage in the first cell, hence matching by content, not position.
 */
export function isHeaderRow(cells: string[], mustInclude: string[]): boolean {
  if (mustInclude.length === 0) return false;
  const squashed = cells.map(squash);
  return mustInclude.every((word) => {
    const needle = squash(word);
    return needle !== '' && squashed.some((cell) => cell.includes(needle));
  });
}
