import type { Priority } from '../../../domain/model';
import type { CleanRow } from './cells';

/** A priority and the line its header block starts on. */
export interface PriorityBlock extends Priority {
  line: number;
}

const PRIORITY = /^Priority\s+(\d+)\s*[:.–-]\s*(.*)$/i;
const LEAD = /^Lead\s*:\s*(.*)$/i;

/**
 * Reads each "Priority N: title | Lead: role" block. A title too long for its cell runs on into
 * the first cell of the next line, whose second cell is empty ("Effective Leadership and" + "Management").
 */
export function readPriorityBlocks(rows: CleanRow[]): PriorityBlock[] {
  const blocks: PriorityBlock[] = [];
  rows.forEach((row, i) => {
    const p = PRIORITY.exec(row.cells[0] ?? '');
    const lead = LEAD.exec(row.cells[1] ?? '');
    if (!p || !lead) return;
    let title = p[2].trim();
    const next = rows[i + 1];
    if (next && next.line === row.line + 1 && next.cells[0] && !next.cells.slice(1).some(Boolean)) {
      title = `${title} ${next.cells[0]}`;
    }
    const block: PriorityBlock = { number: p[1], title, line: row.line };
    if (lead[1].trim()) block.lead = lead[1].trim();
    blocks.push(block);
  });
  return blocks;
}
