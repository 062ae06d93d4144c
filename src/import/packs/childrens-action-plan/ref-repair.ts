/** What the first cell of an action-table row turned out to be. */
export type RefCell =
  | { kind: 'ref'; ref: string; garbage: string }
  | { kind: 'empty' }
  | { kind: 'page-number'; page: string }
  | { kind: 'garbage' };

/**
 * Classifies a reference cell. "1. 10" is 1.10 with an OCR space; "2.2 87" and "1.7 œ" carry stray
 * marks after the reference; a lone number ("81") is the page number of a page-foot overlap row.
 */
export function classifyRef(cell: string): RefCell {
  const text = cell.trim();
  if (text === '') return { kind: 'empty' };
  const m = /^(\d{1,2})\s*\.\s*(\d{1,2})(?![\d.])(.*)$/.exec(text);
  if (m) return { kind: 'ref', ref: `${Number(m[1])}.${Number(m[2])}`, garbage: m[3].trim() };
  if (/^\d{1,4}$/.test(text)) return { kind: 'page-number', page: text };
  return { kind: 'garbage' };
}

/** The reference that should come after `previous` within priority `priority`: 4.8 -> 4.9. */
export function nextRef(priority: string, previous: string | undefined): string {
  const n = previous ? Number(previous.split('.')[1]) : 0;
  return `${priority}.${n + 1}`;
}
