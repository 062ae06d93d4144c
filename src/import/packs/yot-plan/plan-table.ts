import type { Flag } from '../../../domain/model';
import { cleanCell } from '../../text/ocr';
import { isHeaderRow } from '../../text/tsv';
import type { PackText } from '../types';
import { emptyParagraphCount, htmlParagraphs, type Paragraph } from './html-paragraphs';

/** Which column holds what, read from the header's words. */
export interface PlanColumns {
  priority: number;
  action: number;
  lead?: number;
  due?: number;
  measures?: number;
  status?: number;
}

/** The plan table's header row and its column map. */
export interface PlanTableHeader {
  line: number;
  cells: string[];
  columns: PlanColumns;
}

/** One priority of the plan: its first row and every row continued from it after page breaks. */
export interface PlanRow {
  lines: number[];
  /** Paragraphs per column. */
  cells: Paragraph[][];
  /** Empty `<p></p>` placeholders left in the status column. */
  statusPlaceholders: number;
}

const HEADER_WORDS = ['action', 'lead', 'timescale', 'successmeasure', 'rag'];
const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

/** A header has short cells; data rows that happen to contain the words do not. */
function isPlanHeader(cells: string[]): boolean {
  return (
    isHeaderRow(cells, HEADER_WORDS) &&
    cells.every((c) => c.length <= 40) &&
    /priority|recommendation/.test(squash(cells[0] ?? ''))
  );
}

function columnOf(cells: string[], test: (c: string) => boolean): number | undefined {
  const i = cells.map(squash).findIndex(test);
  return i < 0 ? undefined : i;
}

/** Finds the inspection-priority / action / lead / timescale / success measures / RAG header. */
export function findPlanHeader(pack: PackText): PlanTableHeader | undefined {
  for (let n = 1; n <= pack.lines.length; n++) {
    const raw = pack.lines[n - 1] ?? '';
    if (!raw.includes('\t') || !/lead/i.test(raw) || !/rag/i.test(raw)) continue;
    const cells = raw.split('\t').map(cleanCell);
    if (!isPlanHeader(cells)) continue;
    const action = columnOf(cells, (c) => c.startsWith('action'));
    if (action === undefined) continue;
    return {
      line: n,
      cells,
      columns: {
        priority: 0,
        action,
        lead: columnOf(cells, (c) => c.includes('lead')),
        due: columnOf(cells, (c) => /timescale|timeframe|bywhen|due/.test(c)),
        measures: columnOf(cells, (c) => c.includes('success')),
        status: columnOf(cells, (c) => c.includes('rag') || c.includes('status')),
      },
    };
  }
  return undefined;
}

function isTableEnd(text: string): boolean {
  const t = text.trim();
  return /^#{1,6}\s/.test(t) || /intentionally left blank/i.test(t) || t.length > 120;
}

/** A page number, or the lower-case tail of a sentence, in the first column. */
function isContinuation(first: Paragraph[]): boolean {
  const head = first[0]?.text;
  return head === undefined || (first.length === 1 && /^\d{1,4}$/.test(head)) || /^[a-z]/.test(head);
}

/**
 * Reads the plan's rows after the header, to the end of the table: skips repeated headers, `---`
 * separators and section-heading rows; merges page-break continuation rows into the row above.
 */
export function readPlanRows(
  pack: PackText,
  header: PlanTableHeader,
): { rows: PlanRow[]; lastLine: number; flags: Flag[] } {
  const rows: PlanRow[] = [];
  const flags: Flag[] = [];
  let lastLine = header.line;
  for (let n = header.line + 1; n <= pack.lines.length; n++) {
    const raw = pack.lines[n - 1] ?? '';
    if (!raw.includes('\t')) {
      if (isTableEnd(raw)) break;
      continue;
    }
    const rawCells = raw.split('\t');
    const clean = rawCells.map(cleanCell);
    if (clean.every((c) => /^[-–:|\s]*$/.test(c))) continue;
    if (isPlanHeader(clean)) continue;
    lastLine = n;
    const cells = rawCells.map((c) => htmlParagraphs(c, n));
    const first = cells[header.columns.priority] ?? [];
    const othersEmpty = cells.every((c, i) => i === header.columns.priority || c.length === 0);
    const current = rows[rows.length - 1];
    if (isContinuation(first)) {
      if (!current) {
        flags.push({
          code: 'orphan-continuation-row',
          severity: 'ambiguous',
          message: 'A row that reads as a continuation has no row above it; it is not read as actions.',
          raw: clean.join(' | '),
          source: { documentId: pack.documentId, page: pack.pageOfLine(n), lineStart: n, lineEnd: n },
        });
        continue;
      } else {
        const pageNumber = first.length === 1 && /^\d{1,4}$/.test(first[0]?.text ?? '');
        cells.forEach((c, i) => {
          if (i === header.columns.priority && pageNumber) return;
          current.cells[i] = [...(current.cells[i] ?? []), ...c];
        });
        current.lines.push(n);
        current.statusPlaceholders += statusPlaceholders(rawCells, header);
        continue;
      }
    } else if (othersEmpty && !/^[\d\W]/u.test(first[0]?.text ?? '')) {
      // A sub-heading spanning the table ("The Youth Justice Partnership Board should:").
      continue;
    }
    rows.push({ lines: [n], cells, statusPlaceholders: statusPlaceholders(rawCells, header) });
  }
  return { rows, lastLine, flags };
}

function statusPlaceholders(rawCells: string[], header: PlanTableHeader): number {
  const i = header.columns.status;
  return i === undefined ? 0 : emptyParagraphCount(rawCells[i] ?? '');
}
