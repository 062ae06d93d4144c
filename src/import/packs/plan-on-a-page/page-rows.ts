import type { Flag } from '../../../domain/model';
import { isHeaderRow, readTsvRows } from '../../text/tsv';
import type { PackText } from '../types';

/** The columns of a plan on a page, by their header words. */
export interface PageColumns {
  focus: number;
  action: number;
  outcome?: number;
  kpi?: number;
  lead?: number;
  due?: number;
}

/** The plan on a page's header row and its column map. */
export interface PageHeader {
  line: number;
  columns: PageColumns;
}

/** One action row, with the focus area it sits under and any rows merged into it. */
export interface PageRow {
  focusArea: string;
  /** 1-based position of the focus area in the plan. */
  focusNumber: number;
  cells: string[];
  lines: number[];
}

const HEADER_WORDS = ['focusarea', 'action', 'outcome', 'lead'];
const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

function isPageHeader(cells: string[]): boolean {
  return isHeaderRow(cells, HEADER_WORDS) && cells.every((c) => c.length <= 40);
}

function col(cells: string[], test: RegExp): number | undefined {
  const i = cells.map(squash).findIndex((c) => test.test(c));
  return i < 0 ? undefined : i;
}

/** Finds the "Focus Areas | Action | Outcome | KPI | Lead | Timeframe" header. */
export function findPageHeader(pack: PackText): PageHeader | undefined {
  for (let n = 1; n <= pack.lines.length; n++) {
    if (!/focus/i.test(pack.lines[n - 1] ?? '')) continue;
    const row = readTsvRows(pack, n, n)[0];
    if (!row || !isPageHeader(row.cells)) continue;
    const focus = col(row.cells, /focus/);
    const action = col(row.cells, /^actions?$/);
    if (focus === undefined || action === undefined) continue;
    return {
      line: row.line,
      columns: { focus, action, outcome: col(row.cells, /outcome/), kpi: col(row.cells, /kpi|measure/), lead: col(row.cells, /lead/), due: col(row.cells, /timeframe|timescale|bywhen|due/) },
    };
  }
  return undefined;
}

/** The last line of the table: before the first heading or long run of prose after the header. */
function tableEnd(pack: PackText, header: number): number {
  for (let n = header + 1; n <= pack.lines.length; n++) {
    const t = (pack.lines[n - 1] ?? '').trim();
    if (t.includes('\t')) continue;
    if (/^#{1,6}\s/.test(t) || /intentionally left blank/i.test(t) || t.length > 120) return n - 1;
  }
  return pack.lines.length;
}

/**
 * Reads the rows under the header. An empty focus-area cell continues the focus area above (its
 * merged cell was lost); a row with neither focus area nor action adds its cells to the action
 * above; repeated headers and separators are skipped.
 */
export function readPageRows(pack: PackText, header: PageHeader): { rows: PageRow[]; lastLine: number; flags: Flag[] } {
  const { columns } = header;
  const rows: PageRow[] = [];
  const flags: Flag[] = [];
  let focusArea = '';
  let focusNumber = 0;
  let lastLine = header.line;
  for (const row of readTsvRows(pack, header.line + 1, tableEnd(pack, header.line))) {
    const source = { documentId: pack.documentId, page: pack.pageOfLine(row.line), lineStart: row.line, lineEnd: row.line };
    if (isPageHeader(row.cells) || row.cells.every((c) => /^[-–:|\s]*$/.test(c))) continue;
    lastLine = row.line;
    const focus = row.cells[columns.focus] ?? '';
    const action = row.cells[columns.action] ?? '';
    if (focus !== '') {
      focusArea = focus;
      focusNumber++;
    }
    const previous = rows[rows.length - 1];
    if (focus === '' && action === '' && previous) {
      row.cells.forEach((cell, i) => {
        const before = previous.cells[i] ?? '';
        if (cell !== '' && cell !== before) previous.cells[i] = before === '' ? cell : `${before}\n${cell}`;
      });
      previous.lines.push(row.line);
      continue;
    }
    if (focusNumber === 0) {
      flags.push({ code: 'orphan-row', severity: 'ambiguous', message: 'A row comes before any focus area; it is kept under an unnamed one.', raw: row.cells.join(' | '), source });
      focusNumber = 1;
    }
    rows.push({ focusArea, focusNumber, cells: [...row.cells], lines: [row.line] });
  }
  return { rows, lastLine, flags };
}
