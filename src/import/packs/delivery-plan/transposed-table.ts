import { readTsvRows, type Row } from '../../text/tsv';
import type { PackText } from '../types';

/**
 * One priority area of a transposed delivery plan: row labels in the first column, one column per
 * sub-priority.
 *
 * @remarks
 * Layout (each a tab-separated row):
 * `Priority Area | NAME`, `Sub Priority | t1 | t2 | t3`, `Planned Actions | a1 | a2 | a3`,
 * `Impact | text for the whole area`.
 */
export interface PriorityAreaBlock {
  /** The area's name as the table prints it ("OUR PEOPLE"). */
  name: string;
  line: number;
  lastLine: number;
  /** Sub-priority titles, one per column. */
  subTitles: string[];
  subLine?: number;
  /** Planned-actions cell per column, as cleaned text. */
  actionCells: string[];
  actionsLine?: number;
  /** Impact text for the whole area (every non-empty cell, in order). */
  impact?: string;
  /** Per-column lead, timescale and status rows, when the plan has them. */
  leadCells?: string[];
  dueCells?: string[];
  statusCells?: string[];
  /** Rows whose label was not one of the known ones (kept raw for a flag). */
  unknownRows: Row[];
}

const PRIORITY_AREA = /^priority\s*area$/i;
const SUB_PRIORITY = /^sub[\s-]*priorit(?:y|ies)$/i;
const ACTIONS = /^(?:planned\s+)?actions?$/i;
const IMPACT = /^(?:impact|outcomes?)$/i;
const LEAD = /^(?:leads?|lead officers?|owners?|responsib)/i;
const DUE = /^(?:timescales?|by when|due(?: date)?|deadline|target date)$/i;
const STATUS = /^(?:status|rag(?: status| rating)?|progress)$/i;

/** Rows after an area's title row that belong to it (labels only; the table has no header row). */
const MAX_ROWS_PER_AREA = 8;

/** Finds every priority-area block of a transposed plan table in the pack. */
export function readTransposedBlocks(pack: PackText): PriorityAreaBlock[] {
  const rows = readTsvRows(pack, 1, pack.lines.length);
  const blocks: PriorityAreaBlock[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row || !PRIORITY_AREA.test(row.cells[0] ?? '')) continue;
    const block: PriorityAreaBlock = {
      name: row.cells.slice(1).find((c) => c !== '') ?? '',
      line: row.line,
      lastLine: row.line,
      subTitles: [],
      actionCells: [],
      unknownRows: [],
    };
    for (let j = i + 1; j < rows.length && j <= i + MAX_ROWS_PER_AREA; j++) {
      const next = rows[j];
      if (!next || next.line - block.lastLine > 3) break;
      const label = next.cells[0] ?? '';
      if (PRIORITY_AREA.test(label)) break;
      const values = next.cells.slice(1);
      if (SUB_PRIORITY.test(label)) {
        block.subTitles = values;
        block.subLine = next.line;
      } else if (ACTIONS.test(label)) {
        block.actionCells = values;
        block.actionsLine = next.line;
      } else if (IMPACT.test(label)) {
        block.impact = values.filter((v) => v !== '').join(' ');
      } else if (LEAD.test(label)) {
        block.leadCells = values;
      } else if (DUE.test(label)) {
        block.dueCells = values;
      } else if (STATUS.test(label)) {
        block.statusCells = values;
      } else {
        block.unknownRows.push(next);
        break;
      }
      block.lastLine = next.line;
    }
    if (block.actionsLine !== undefined) blocks.push(block);
  }
  return blocks;
}
