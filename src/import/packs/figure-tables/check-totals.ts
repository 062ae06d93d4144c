import type { FigureTable } from './read-table';

/** Where a printed total and what it adds up differ: the row, the column, both figures. */
export interface TotalMismatch {
  row: number;
  column: number;
  printed: string;
  sum: number;
  /** What was added: "the rows above", "the subtotals above", "the row's other columns". */
  added: string;
}

const differs = (a: number, b: number) => Math.abs(a - b) > 0.005;

/**
 * Every total the table prints that does not equal what it totals: a Total row against the rows
 * (or the subtotals) since the previous total, column by column, and a Total column against the
 * row's other figures. A subtotal is not checked: the table does not say how it is worked out (a
 * cost avoided is one row less another). Nothing is corrected; the printed figure stands.
 */
export function checkTotals(table: FigureTable): TotalMismatch[] {
  const out: TotalMismatch[] = [];
  let from = 0;
  table.rows.forEach((row, t) => {
    if (row.role !== 'total') return;
    const range = table.rows.slice(from, t);
    from = t + 1;
    const subtotals = range.filter((r) => r.role === 'subtotal');
    const parts = subtotals.length > 0 ? subtotals : range.filter((r) => r.role === 'row');
    row.figures.forEach((printed, k) => {
      if (!printed || parts.every((p) => p.figures[k] === undefined)) return;
      const sum = parts.reduce((n, p) => n + (p.figures[k]?.value ?? 0), 0);
      if (differs(sum, printed.value)) out.push({ row: t, column: k, printed: printed.raw, sum, added: subtotals.length > 0 ? 'the subtotals above' : 'the rows above' });
    });
  });
  const { shape } = table;
  if (shape.kind === 'single' && /^total$/i.test(table.columns[shape.column] ?? '')) {
    table.rows.forEach((row, r) => {
      const printed = row.figures[shape.column];
      const others = row.figures.filter((f, k) => k !== shape.column && f !== undefined);
      if (!printed || others.length === 0) return;
      const sum = others.reduce((n, f) => n + f!.value, 0);
      if (differs(sum, printed.value)) out.push({ row: r, column: shape.column, printed: printed.raw, sum, added: "the row's other columns" });
    });
  }
  return out;
}
