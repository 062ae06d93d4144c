import type { Indicator } from '../../../domain/model';
import type { PackText } from '../types';
import { indicatorOf, lineSource, parseFigure, unitOf } from './figures';
import { footnoteRefs, type HmipReport, periodOfFootnote, withoutFootnotes } from './hmip-report';

const RATING_WORDS = /^(outstanding|good|requires improvement|inadequate)$/i;

interface Line {
  n: number;
  raw: string[];
  cells: string[];
}

/** A data row: a label (not a question, not a contents entry) and one figure. */
function isDataRow(row: Line): boolean {
  const [label = '', figure = ''] = row.cells;
  return (
    row.cells.filter((c) => c !== '').length === 2 &&
    label !== '' &&
    !label.endsWith('?') &&
    !/\.{3,}/.test(label) &&
    parseFigure(label) === undefined &&
    parseFigure(figure) !== undefined
  );
}

/**
 * Two-column tables of the inspection report that pair a label with one figure ("Total staff
 * headcount (full-time equivalent, FTE) | 17.4", "Violence against the person | 9 (75%)"), each a
 * run of consecutive tab-separated lines, with an optional header row. A run with any other row is
 * not such a table and is left alone; questions ("Does ...?") and contents lines never qualify.
 * The nearest heading or bold sub-heading names lower-case labels and lends its source footnote.
 */
export function hmipLabelFigureTables(pack: PackText, report: HmipReport): Indicator[] {
  const out: Indicator[] = [];
  let heading = { text: '', notes: [] as string[] };
  let run: Line[] = [];
  const flush = (): void => {
    const [first, ...rest] = run;
    run = [];
    if (!first) return;
    const header = isDataRow(first) ? undefined : first;
    const rows = header ? rest : [first, ...rest];
    if (rows.length < 2 || !rows.every(isDataRow)) return;
    for (const row of rows) {
      const [label = '', figureText = ''] = row.cells;
      const figure = parseFigure(figureText);
      if (!figure) continue;
      const prefix = header?.cells[0] ?? (/^[a-z]/.test(label) ? heading.text : '');
      const name = prefix ? `${prefix}: ${label}` : label;
      const notes = [...footnoteRefs(row.raw.join(' ')), ...footnoteRefs(header?.raw.join(' ') ?? ''), ...heading.notes];
      const period = notes.map((n) => periodOfFootnote(report.footnotes.get(n))).find((p) => p);
      out.push(
        indicatorOf(pack, {
          name,
          aliases: heading.text && prefix !== heading.text ? [`${heading.text}: ${label}`] : [],
          unit: unitOf(figure, label),
          area: report.area,
          value: { value: figure.value, raw: figure.raw, source: lineSource(pack, row.n), ...(period ?? {}) },
          line: row.n,
        }),
      );
    }
  };
  for (let n = report.lineStart; n <= report.lineEnd; n++) {
    const raw = (pack.lines[n - 1] ?? '').trim();
    if (!raw.includes('\t')) {
      flush();
      const h = /^#{1,6}\s*(.*)$/.exec(raw) ?? /^\*\*(.+)\*\*$/.exec(raw);
      const text = withoutFootnotes(h?.[1] ?? '').replace(/:$/, '');
      // A bold line giving the standard's rating ("**Good**") is a judgement, not a sub-heading.
      if (h && !RATING_WORDS.test(text)) heading = { text, notes: footnoteRefs(raw) };
      continue;
    }
    const cells = raw.split('\t');
    run.push({ n, raw: cells, cells: cells.map(withoutFootnotes) });
  }
  flush();
  return out;
}
