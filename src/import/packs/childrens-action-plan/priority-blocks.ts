import type { Priority } from '../../../domain/model';
import type { CleanRow } from './cells';

/** A priority and the line its header block starts on. */
export interface PriorityBlock extends Priority {
  line: number;
}

const PRIORITY = /^Priority\s+(\d+)\s*[:.–-]\s*(.*)$/i;
const LEAD = /^Lead\s*:\s*(.*)$/i;

/**
 * The question-and-answer rows under a priority header ("What's working well?" | text), read while
 * the lines follow on and the first cell is a question.
 */
function readNarrative(rows: CleanRow[], from: number, headerLine: number): { heading: string; text: string }[] {
  const out: { heading: string; text: string }[] = [];
  let line = headerLine;
  for (let j = from; j < rows.length && rows[j]!.line <= line + 2; j += 1) {
    const row = rows[j]!;
    line = row.line;
    const heading = row.cells[0]?.trim() ?? '';
    const text = row.cells.slice(1).filter(Boolean).join(' ').trim();
    if (heading.endsWith('?') && text) out.push({ heading, text });
    else if (text || out.length > 0) break; // a title's run-on line has no text beside it: step over it
  }
  return out;
}

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
    const narrative = readNarrative(rows, i + 1, row.line);
    if (narrative.length > 0) block.narrative = narrative;
    blocks.push(block);
  });
  return blocks;
}
