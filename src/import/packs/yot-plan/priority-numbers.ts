import type { Flag } from '../../../domain/model';
import type { PackText } from '../types';
import type { Paragraph } from './html-paragraphs';
import type { PlanRow } from './plan-table';

/** A priority's number as read or recovered, and its title without the number. */
export interface PriorityNumber {
  number: string;
  /** The priority cell without its number. */
  titleParagraphs: Paragraph[];
  /** Flags for every action of the priority. */
  flags: Flag[];
}

const NUMBERED = /^(\d{1,2})\.?(?:\s+|$)/;
/** A lone symbol where the number should be: the scan turned "4." into "☪". */
const GLYPH = /^[^\p{L}\p{N}\s]{1,3}\.?$/u;

function explicitNumber(row: PlanRow, column: number): number | undefined {
  const m = NUMBERED.exec(row.cells[column]?.[0]?.text ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * Reads each priority's number from the start of its first cell. A number lost to a glyph is
 * recovered from its neighbours: certain (flag `repaired`) when the rows either side are n-1 and
 * n+1, otherwise taken as the next number and flagged `ambiguous`.
 */
export function numberPriorities(
  pack: PackText,
  rows: PlanRow[],
  column: number,
): { numbers: PriorityNumber[]; flags: Flag[] } {
  const flags: Flag[] = [];
  let previous = 0;
  const numbers = rows.map((row, i): PriorityNumber => {
    const cell = row.cells[column] ?? [];
    const first = cell[0]?.text ?? '';
    const line = cell[0]?.line ?? row.lines[0] ?? 0;
    const source = { documentId: pack.documentId, page: pack.pageOfLine(line), lineStart: line, lineEnd: line };
    const explicit = explicitNumber(row, column);
    if (explicit !== undefined) {
      previous = explicit;
      const rest = first.replace(NUMBERED, '');
      return { number: String(explicit), titleParagraphs: rest ? [{ text: rest, listItem: false, line }, ...cell.slice(1)] : cell.slice(1), flags: [] };
    }
    const next = rows.slice(i + 1).map((r) => explicitNumber(r, column)).find((n) => n !== undefined);
    const guess = previous + 1;
    const certain = GLYPH.test(first) && next === guess + 1;
    const f: Flag = certain
      ? { code: 'ocr-repaired-priority-number', severity: 'repaired', message: `Priority number printed as "${first}" between ${previous} and ${next}; read as ${guess}.`, raw: first, source }
      : { code: 'priority-number-missing', severity: 'ambiguous', message: `Priority number not readable ("${first.slice(0, 40)}"); taken as ${guess}, the next in sequence.`, raw: first, source };
    flags.push(f);
    previous = guess;
    return { number: String(guess), titleParagraphs: GLYPH.test(first) ? cell.slice(1) : cell, flags: [f] };
  });
  return { numbers, flags };
}
