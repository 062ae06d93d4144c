import { indicatorId } from '../../../domain/ids';
import type { Flag, FigurePart, Indicator, Measurement } from '../../../domain/model';
import { lineSource } from '../inspection/figures';
import type { PackParser, PackText } from '../types';
import { areaPattern, discoverAreas } from '../youth-justice-indicators/areas';
import { periodEnd } from '../youth-justice-indicators/periods';
import { checkTotals, type TotalMismatch } from './check-totals';
import { type FigureTable, readFigureTable, sentenceCase, type TableRow } from './read-table';
import { tableBlocks } from './table-blocks';

const FINANCIAL_YEAR = /\b(?:19|20)\d{2}\/\d{2,4}\b/;
const amount = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

function measurementOf(pack: PackText, row: TableRow, k: number, period: string | undefined, parts?: FigurePart[]): Measurement | undefined {
  const figure = row.figures[k];
  if (!figure) return undefined;
  const end = periodEnd(period);
  return {
    value: figure.value,
    raw: figure.raw,
    source: lineSource(pack, row.line),
    ...(period ? { period } : {}),
    ...(end ? { periodEnd: end } : {}),
    ...(parts && parts.length > 0 ? { parts } : {}),
  };
}

function mismatchFlag(pack: PackText, table: FigureTable, m: TotalMismatch): Flag {
  const row = table.rows[m.row]!;
  const column = table.columns[m.column] ?? '';
  return {
    code: 'total-does-not-add-up',
    severity: 'ambiguous',
    message: `"${table.title}": ${sentenceCase(row.label)}${column && !/^total$/i.test(column) ? ` (${column})` : ''} is printed as ${m.printed}, but ${m.added} add up to ${amount(m.sum)}; the printed figure is kept.`,
    raw: m.printed,
    source: lineSource(pack, row.line),
  };
}

/** The rows a total adds up, in one column: its make-up as printed. */
function rowsOf(table: FigureTable, t: number, k: number): FigurePart[] {
  const before = table.rows.slice(0, t);
  const previousTotal = before.map((r) => r.role).lastIndexOf('total');
  const range = before.slice(previousTotal + 1);
  const subtotals = range.filter((r) => r.role === 'subtotal');
  return (subtotals.length > 0 ? subtotals : range.filter((r) => r.role === 'row'))
    .filter((r) => r.figures[k])
    .map((r) => ({ label: sentenceCase(r.label), value: r.figures[k]!.value, raw: r.figures[k]!.raw }));
}

/** One indicator per row (or per cell) of a money or count table, totals included. */
function indicatorsOf(pack: PackText, table: FigureTable, places: string[]): Indicator[] {
  const council = pack.council ?? 'Unknown';
  // A table titled, or headed, for a place the pack reports on ("West Mercia Youth Justice Service - Resources") is that place's.
  const named = [table.title, ...[...table.headings].reverse()].map((text) => places.find((p) => areaPattern(p).test(text))).find(Boolean);
  const area = named ?? council;
  const mismatches = checkTotals(table);
  const tablePeriod = FINANCIAL_YEAR.exec(table.title)?.[0];
  const out: Indicator[] = [];
  table.rows.forEach((row, r) => {
    const flagsFor = (k?: number) => mismatches.filter((m) => m.row === r && (k === undefined || m.column === k)).map((m) => mismatchFlag(pack, table, m));
    const label = sentenceCase(row.label);
    const stem = `${table.title}: ${row.section ? `${row.section}: ` : ''}${label}`;
    const make = (name: string, values: Measurement[], flags: Flag[]): Indicator => ({
      id: indicatorId(council, area, name),
      name,
      aliases: [],
      unit: table.unit,
      polarity: 'none',
      area,
      council,
      values,
      targets: [],
      comparators: [],
      table: { title: table.title, role: row.role, ...(table.intro ? { intro: table.intro } : {}) },
      source: { ...lineSource(pack, row.line) },
      flags,
    });
    const { shape } = table;
    if (shape.kind === 'single') {
      const parts =
        row.role === 'total' && !table.rows.some((x, i) => i < r && x.role === 'row' && x.figures.filter(Boolean).length > 1)
          ? rowsOf(table, r, shape.column)
          : row.figures.flatMap((f, k) => (k !== shape.column && f ? [{ label: table.columns[k] ?? '', value: f.value, raw: f.raw }] : []));
      const m = measurementOf(pack, row, shape.column, tablePeriod, parts);
      if (m) out.push(make(stem, [m], flagsFor()));
    } else if (shape.kind === 'periods') {
      const values = table.columns.flatMap((c, k) => measurementOf(pack, row, k, c) ?? []);
      if (values.length > 0) out.push(make(stem, values, flagsFor()));
    } else {
      table.columns.forEach((column, k) => {
        const parts = row.role === 'total' ? rowsOf(table, r, k) : undefined;
        const m = measurementOf(pack, row, k, tablePeriod, parts);
        if (m) out.push(make(`${stem} – ${column}`, [m], flagsFor(k)));
      });
    }
  });
  return out;
}

/**
 * Money and count tables with totals (a YOT's funding by partner, a service's budget, a project's
 * five-year costs, a staffing establishment), wherever a pack prints them: each row and each total
 * becomes an indicator with its unit, its make-up and the page it is on. A total that does not add
 * up is flagged and kept as printed, never corrected. A table split by a page footer is read whole.
 */
export const parseFigureTables: PackParser = (pack) => {
  const indicators: Indicator[] = [];
  const { region, locals } = discoverAreas(pack);
  const places = [...(region ? [region] : []), ...locals];
  for (const block of tableBlocks(pack)) {
    const table = readFigureTable(block);
    if (table) indicators.push(...indicatorsOf(pack, table, places));
  }
  return indicators.length > 0 ? { indicators } : {};
};
