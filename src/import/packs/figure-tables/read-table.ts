import { parseFigure, type Figure } from '../inspection/figures';
import { isLabelOnly, type TableBlock, type TableLine } from './table-blocks';

export type RowRole = 'row' | 'subtotal' | 'total';

export interface TableRow {
  line: number;
  label: string;
  role: RowRole;
  /** The label of the section the row sits in ("Other"), when the table has sections. */
  section?: string;
  /** Figures by figure column; undefined where the cell is empty or not a figure. */
  figures: (Figure | undefined)[];
}

/** A money or count table as printed: its columns, rows and totals. */
export interface FigureTable {
  title: string;
  intro?: string;
  /** The headings above the table, nearest last. */
  headings: string[];
  /** "£", "£000", "FTE" or "count". */
  unit: string;
  /** The figure columns' headers ("Total", "2019/20", "Amount £'s"). */
  columns: string[];
  /** How its rows are read: one figure (the Total column, or the only one), one per period, or one per cell. */
  shape: { kind: 'single'; column: number } | { kind: 'periods' } | { kind: 'cells' };
  rows: TableRow[];
  lineStart: number;
  lineEnd: number;
}

const GENERIC_LABEL = /^(agency|category|item|items|no\.?|scheme name|name|description|service|revenue or capital cost of project)?$/i;
const UNIT_CELL = /^£\s?0{3}'?s?$/i;
const YEAR = /\b(19|20)\d{2}(\/\d{2,4})?\b/;

const figureOf = (cell: string | undefined): Figure | undefined => (cell ? parseFigure(cell.replace(/^£\s+/, '£')) : undefined);
const isTotal = (label: string): RowRole => (/^sub[\s-]?total\b/i.test(label) ? 'subtotal' : /^(grand\s+)?total\b/i.test(label) ? 'total' : 'row');
const withoutBrackets = (text: string) => text.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
/** "TOTAL POTENTIAL COST AVOIDANCE" is "Total potential cost avoidance"; mixed case is kept. */
export const sentenceCase = (text: string) =>
  text === text.toUpperCase() && /[A-Z]{3}/.test(text) && (/\s/.test(text) || /^total$/i.test(text)) ? text.charAt(0) + text.slice(1).toLowerCase() : text;

/** The column holding each line's label: the last text cell with figures after it, most often. */
function labelColumn(lines: TableLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (const { cells } of lines) {
    let at = -1;
    cells.forEach((c, i) => {
      if (c !== '' && !figureOf(c) && !UNIT_CELL.test(c)) at = i;
    });
    if (at >= 0 && cells.slice(at + 1).some((c) => figureOf(c))) counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The table's name: a labelled unit row, a header that names it, or the headings above it; with none,
 * the numbered section it is printed in ("14. Staffing"), before its line in the pack.
 */
function titleOf(headerLabel: string | undefined, unitLabel: string | undefined, block: TableBlock, valueHeader: string | undefined): string {
  const { headings } = block;
  if (unitLabel) return withoutBrackets(unitLabel);
  if (headerLabel && !GENERIC_LABEL.test(withoutBrackets(headerLabel))) return withoutBrackets(headerLabel);
  const [earlier, last] = headings.length >= 2 ? headings.slice(-2) : [undefined, headings[0]];
  let title = last ? (earlier && last.split(/\s+/).length <= 2 ? `${earlier} – ${last}` : last) : (block.section ?? `Table at line ${block.lines[0]!.line}`);
  const column = valueHeader ? withoutBrackets(valueHeader) : '';
  if (column && !/^(amount|total|value|£.*)$/i.test(column) && !/£/.test(column.replace(/\(£\)/, ''))) title = `${title} – ${column}`;
  return title;
}

/**
 * Reads a block of tab-separated lines as a money or count table: labelled rows of figures with
 * at least one Total row. Anything else (a text table, a list of figures with no total) gives
 * undefined and is left to the other readers.
 */
export function readFigureTable(block: TableBlock): FigureTable | undefined {
  const labelAt = labelColumn(block.lines);
  if (labelAt === undefined) return undefined;
  const width = Math.max(...block.lines.map((l) => l.cells.length));
  const figureCols = Array.from({ length: width - labelAt - 1 }, (_, k) => labelAt + 1 + k);
  let header: TableLine | undefined;
  let unitLine: TableLine | undefined;
  const rows: TableRow[] = [];
  let section: string | undefined;
  for (const line of block.lines) {
    const label = line.cells[labelAt] ?? '';
    const cells = figureCols.map((c) => line.cells[c] ?? '');
    const figures = cells.map(figureOf);
    if (cells.some((c) => UNIT_CELL.test(c)) && cells.every((c) => c === '' || UNIT_CELL.test(c))) {
      unitLine ??= line;
      continue;
    }
    if (figures.every((f) => f === undefined)) {
      if (rows.length === 0 && !header) header = line;
      else if (isLabelOnly(line) && rows.some((r) => r.role === 'total')) section = line.cells[0];
      else if (rows.length > 0) return undefined;
      continue;
    }
    if (!label) return undefined;
    // "Total staff headcount" opening a list is a row: a total follows what it adds up.
    const since = rows.length - 1 - rows.map((r) => r.role).lastIndexOf('total');
    const role = isTotal(label) !== 'row' && since >= 2 ? isTotal(label) : 'row';
    rows.push({ line: line.line, label, role, ...(section ? { section } : {}), figures });
  }
  if (!rows.some((r) => r.role === 'total') || rows.filter((r) => r.role === 'row').length < 2) return undefined;
  const columns = figureCols.map((c, k) => header?.cells[c]?.replace(/\s*\((\d|£)\)$/, '') || `column ${k + 1}`);
  const used = columns.map((_, k) => rows.some((r) => r.figures[k] !== undefined));
  const totalAt = columns.findIndex((c) => /^total$/i.test(c));
  const usedCols = used.flatMap((u, k) => (u ? [k] : []));
  const shape: FigureTable['shape'] =
    totalAt >= 0 ? { kind: 'single', column: totalAt }
    : usedCols.length === 1 ? { kind: 'single', column: usedCols[0]! }
    : header && usedCols.every((k) => YEAR.test(columns[k] ?? '')) ? { kind: 'periods' }
    : { kind: 'cells' };
  const text = block.lines.flatMap((l) => l.cells).join(' ');
  const unit = unitLine ? '£000' : /£/.test(text) ? '£' : /\bFTE\b/.test(header?.cells.join(' ') ?? '') ? 'FTE' : 'count';
  const valueHeader = shape.kind === 'single' ? columns[shape.column] : undefined;
  const title = titleOf(header?.cells[labelAt], unitLine?.cells[labelAt], block, valueHeader);
  return { title, headings: block.headings, ...(block.intro ? { intro: block.intro } : {}), unit, columns, shape, rows, lineStart: block.lines[0]!.line, lineEnd: block.lines.at(-1)!.line };
}
