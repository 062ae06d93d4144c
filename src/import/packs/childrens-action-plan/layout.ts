import { isHeaderRow } from '../../text/tsv';
import { squash } from './cells';

/** What a column of an action table holds, whatever the plan calls it. */
export type ColumnKey =
  | 'ref' | 'rec' | 'action' | 'lead' | 'partners' | 'byWhen' | 'success' | 'resources'
  | 'measure' | 'current' | 'target' | 'national' | 'statNeighbour' | 'rag';

/** One column of an action table: what it holds and its printed header. */
export interface Column {
  key: ColumnKey | null;
  /** The header as printed (word splits repaired by the caller if it wants). */
  header: string;
}

/** One action table's columns, read from its header row. */
export interface Layout {
  columns: Column[];
  line: number;
}

/** A header row of an action table: it names the action, its lead and when it is due. */
export function isActionHeader(cells: string[]): boolean {
  return (
    isHeaderRow(cells.slice(1), ['action', 'lead', 'bywhen', 'successmeasure']) &&
    cells.slice(1).every((cell) => cell.length <= 40)
  );
}

// Stat Neighbour before National: "Stat Neighbour Benchmark" also says "benchmark".
const KEYS: [ColumnKey, (s: string) => boolean][] = [
  ['rec', (s) => s.startsWith('ofsted') || s.includes('recom')],
  ['action', (s) => s === 'action' || s === 'actions'],
  ['lead', (s) => s.startsWith('lead') || s === 'owner'],
  ['partners', (s) => s.startsWith('partner')],
  ['byWhen', (s) => s === 'bywhen' || s === 'timescale' || s.startsWith('deadline')],
  ['success', (s) => s.startsWith('successmeasure')],
  ['resources', (s) => s.startsWith('resource')],
  ['measure', (s) => s === 'measure' || s === 'measures'],
  ['current', (s) => s.startsWith('current') || s === 'baseline'],
  ['target', (s) => s.startsWith('target')],
  ['statNeighbour', (s) => s.includes('statneighbour') || s.includes('statisticalneighbour')],
  ['national', (s) => s.includes('national') || s.includes('england')],
  ['rag', (s) => s.startsWith('rag') || s === 'status'],
];

/** Maps each header cell to a column key; the first column is always the reference (its header is often OCR junk). */
export function readLayout(cells: string[], line: number): Layout {
  const columns = cells.map((header, index): Column => {
    if (index === 0) return { key: 'ref', header: 'Ref' };
    const s = squash(header);
    const found = KEYS.find(([, test]) => test(s));
    return { key: found ? found[0] : null, header };
  });
  return { columns, line };
}

/** The index of a column key in a layout, or -1. */
export function columnIndex(layout: Layout, key: ColumnKey): number {
  return layout.columns.findIndex((c) => c.key === key);
}
