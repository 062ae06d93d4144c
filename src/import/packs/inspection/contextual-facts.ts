import { parseDueDate } from '../../../domain/due-date';
import type { Comparator, ComparatorKind, Indicator, Measurement } from '../../../domain/model';
import { cleanCell } from '../../text/ocr';
import type { PackText } from '../types';
import { type Figure, indicatorOf, lineSource, parseFigure, unitOf } from './figures';
import { footnoteRefs, type HmipReport, periodOfFootnote, withoutFootnotes } from './hmip-report';

interface Context {
  text: string;
  notes: string[];
}

interface FactRow {
  figure: Figure;
  label: string;
  notes: string[];
  line: number;
  context?: Context;
}

/** Where a comparison figure is from, by its label ("England and Wales", "South-East region"). */
export function comparatorKind(place: string): ComparatorKind | undefined {
  if (/england and wales|national/i.test(place)) return 'national';
  if (/^england$/i.test(place)) return 'england';
  if (/\bregion\b|south[- ]east|south[- ]west|north[- ]east|north[- ]west|midlands|london/i.test(place)) return 'region';
  if (/statistical neighbour/i.test(place)) return 'statistical-neighbours';
  return undefined;
}

function measurement(pack: PackText, report: HmipReport, row: { figure: Figure; line: number; label?: string }, notes: string[]): Measurement {
  const period = labelPeriod(row.label) ?? notes.map((n) => periodOfFootnote(report.footnotes.get(n))).find((p) => p);
  return { value: row.figure.value, raw: row.figure.raw, source: lineSource(pack, row.line), ...(period ?? {}) };
}

/**
 * The period a row's own label gives its figure in a closing bracket holding a year ("Total black and
 * minority ethnic youth population in Medway (Census 2011)"), as written: the figure is of then, not of
 * the report's date. A bracket without a year ("(10-17 years)") dates nothing.
 */
export function labelPeriod(label: string | undefined): { period: string; periodEnd?: string } | undefined {
  const bracket = label && /\(([^()]*\b(?:19|20)\d{2}\b[^()]*)\)\s*$/.exec(label)?.[1]?.trim();
  if (!bracket) return undefined;
  const end = parseDueDate(bracket).date;
  return { period: bracket, ...(end ? { periodEnd: end } : {}) };
}

function splitPlace(label: string, area: string): { measure: string; place: string } | undefined {
  const at = label.lastIndexOf(' in ');
  if (at < 0) return undefined;
  const place = label.slice(at + 4).replace(/\s*\(.*\)$/, '').trim();
  if (place.toLowerCase() !== area.toLowerCase() && !comparatorKind(place)) return undefined;
  return { measure: label.slice(0, at).trim(), place };
}

/** Figure-first rows ("<b>226</b> | First-time entrant rate per 100,000 in Medway"), grouped by measure. */
function factIndicators(pack: PackText, report: HmipReport, rows: FactRow[]): Indicator[] {
  const groups = new Map<string, { measure: string; rows: (FactRow & { place: string })[] }>();
  const out: Indicator[] = [];
  for (const row of rows) {
    const split = splitPlace(row.label, report.area);
    if (split) {
      const key = split.measure.toLowerCase();
      const group = groups.get(key) ?? { measure: split.measure, rows: [] };
      group.rows.push({ ...row, place: split.place });
      groups.set(key, group);
      continue;
    }
    const lower = /^[a-z]/.test(row.label) && row.context;
    const name = lower ? `${row.context?.text}: ${row.label}` : row.label;
    const notes = [...row.notes, ...(row.context?.notes ?? [])];
    out.push(indicatorOf(pack, { name, unit: unitOf(row.figure, row.label), area: report.area, value: measurement(pack, report, row, notes), line: row.line }));
  }
  for (const { measure, rows: members } of groups.values()) {
    const main = members.find((r) => r.place.toLowerCase() === report.area.toLowerCase());
    if (!main) continue;
    const comparators: Comparator[] = members
      .filter((r) => r !== main)
      .map((r) => ({ kind: comparatorKind(r.place) ?? 'area', label: r.place, ...measurement(pack, report, r, r.notes) }));
    out.push(indicatorOf(pack, { name: measure, aliases: [main.label], unit: unitOf(main.figure, measure), area: report.area, value: measurement(pack, report, main, [...main.notes, ...(main.context?.notes ?? [])]), comparators, line: main.line }));
  }
  return out;
}

/** A table with a category header and one row per place ("Medway YOT", "National average"). */
function comparisonIndicators(pack: PackText, report: HmipReport, block: { cells: string[]; line: number }[], context?: Context): Indicator[] {
  const [header, ...rows] = block;
  if (!header || rows.length < 2 || header.cells.length < 3) return [];
  if (!rows.every((r) => r.cells.length === header.cells.length && r.cells.slice(1).every((c) => parseFigure(c)))) return [];
  const main = rows.find((r) => r.cells[0]?.toLowerCase().includes(report.area.toLowerCase()));
  if (!main) return [];
  const notes = context?.notes ?? [];
  return header.cells.slice(1).map((column, i) => {
    const figureOf = (r: { cells: string[]; line: number }) => ({ figure: parseFigure(r.cells[i + 1] ?? '') as Figure, line: r.line });
    const comparators: Comparator[] = rows
      .filter((r) => r !== main)
      .map((r) => ({ kind: comparatorKind(r.cells[0] ?? '') ?? 'other', label: r.cells[0] ?? '', ...measurement(pack, report, figureOf(r), notes) }));
    const name = `${context ? `${context.text}: ` : ''}${header.cells[0]} ${column}`;
    return indicatorOf(pack, { name, aliases: [`${main.cells[0]} ${header.cells[0]} ${column}`], unit: unitOf(figureOf(main).figure, column), area: report.area, value: measurement(pack, report, figureOf(main), notes), comparators, line: main.line });
  });
}

/**
 * The report's "Contextual facts" section: headline rates with their regional and national
 * comparators, population, caseload breakdowns against the national average, and caseload counts.
 * A period is taken from a row's (or its sub-heading's) source footnote when that names a range.
 */
export function hmipContextualFacts(pack: PackText, report: HmipReport): Indicator[] {
  const start = pack.lines.findIndex((l, i) => i + 1 >= report.lineStart && /^#{1,6}\s*Contextual facts\s*$/i.test(l.trim())) + 1;
  if (start === 0 || start > report.lineEnd) return [];
  const level = /^#+/.exec(pack.lines[start - 1]?.trim() ?? '')?.[0].length ?? 2;
  const facts: FactRow[] = [];
  const out: Indicator[] = [];
  let context: Context | undefined;
  let block: { cells: string[]; line: number }[] = [];
  let blockContext: Context | undefined;
  const flush = (): void => {
    if (block.length > 0) out.push(...comparisonIndicators(pack, report, block, blockContext));
    block = [];
  };
  for (let n = start + 1; n <= report.lineEnd; n++) {
    const raw = (pack.lines[n - 1] ?? '').trim();
    const heading = /^(#{1,6})\s*(.*)$/.exec(raw);
    if (heading && (heading[1] ?? '').length <= level) break;
    if (!raw.includes('\t')) {
      flush();
      if (heading || /^\*\*.+\*\*$/.test(raw)) context = { text: withoutFootnotes(heading ? heading[2] ?? '' : raw).replace(/:$/, ''), notes: footnoteRefs(raw) };
      continue;
    }
    const rawCells = raw.split('\t');
    const cells = rawCells.map(withoutFootnotes);
    const figure = parseFigure(cells[0] ?? '');
    if (figure && cells.length === 2 && !parseFigure(cells[1] ?? '')) {
      const label = cleanCell(cells[1] ?? '').replace(/,?\s*of which:?$/i, '').replace(/:$/, '');
      facts.push({ figure, label, notes: footnoteRefs(rawCells[1] ?? ''), line: n, ...(context ? { context } : {}) });
      continue;
    }
    if (block.length === 0) blockContext = context;
    block.push({ cells, line: n });
  }
  flush();
  return [...factIndicators(pack, report, facts), ...out];
}
