import type { Flag, SourceRef } from '../../../domain/model';
import { cleanCell } from '../../text/ocr';

/** The five columns of an "Action | Owner | By When | Target/Success Criteria | Progress" table. */
export const ACTION_FIELDS = ['action', 'owner', 'byWhen', 'target', 'progress'] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

/** Column index of each field, read from the header's words. */
export type ActionColumns = Partial<Record<ActionField, number>>;

/** One action row, merged with the rows that continue it after page breaks. */
export interface ActionRow {
  line: number;
  lastLine: number;
  cells: Record<ActionField, string>;
  flags: Flag[];
}

const FIELD_WORDS: [ActionField, RegExp][] = [
  ['action', /^actions?$/i],
  ['owner', /^(?:owner|lead|responsib)/i],
  ['byWhen', /^(?:by when|timescale|deadline|due)/i],
  ['target', /^(?:target|success)/i],
  ['progress', /^(?:progress|status|update)/i],
];

/** Maps header cells to fields; undefined when the row is not such a header. */
export function actionColumns(cells: string[]): ActionColumns | undefined {
  const columns: ActionColumns = {};
  cells.forEach((cell, index) => {
    const hit = FIELD_WORDS.find(([, re]) => re.test(cell.trim()));
    if (hit && columns[hit[0]] === undefined) columns[hit[0]] = index;
  });
  const ok = columns.action === 0 && columns.owner !== undefined && columns.byWhen !== undefined;
  return ok ? columns : undefined;
}

/** A cell's `<p>` paragraphs (or the whole cell when it has none), cleaned, empty ones dropped. */
function paragraphs(raw: string): string[] {
  const parts = /<p\b/i.test(raw) ? raw.split(/<\/p>\s*(?=<p\b)|<\/p>/i) : [raw];
  return parts.map(cleanCell).filter((p) => p !== '');
}

const ENDS_SENTENCE = /[.!?:;)\]]$/;
const PRINTED_ITEM = /^(?:[ivx]+|\d+)[.)]\s/i;

/**
 * Adds one table row: either continues the previous action (a row whose action cell is empty, a
 * bare number, or starts in lower case; or a row with neither owner nor date after an action cut
 * mid-sentence), or starts one or more actions. A cell holding several `<p>` actions, with the same
 * number of `<p>` owners, is split into as many actions; a column whose paragraphs do not line up
 * is kept whole on each and flagged.
 */
export function addActionRow(rows: ActionRow[], rawCells: string[], columns: ActionColumns, line: number, source: SourceRef): void {
  const raw = (f: ActionField): string => (columns[f] === undefined ? '' : rawCells[columns[f] ?? 0] ?? '');
  const paras = Object.fromEntries(ACTION_FIELDS.map((f) => [f, paragraphs(raw(f))])) as Record<ActionField, string[]>;
  const whole = (f: ActionField): string => paras[f].join(' ');
  const prev = rows[rows.length - 1];
  const first = paras.action[0] ?? '';
  // "ii. Additional Needs…" is a numbered item, and a row with its own owner and date is its own action.
  const ownsRow = whole('owner') !== '' && whole('byWhen') !== '';
  const startsLower = /^[a-z]/.test(first) && !PRINTED_ITEM.test(first);
  const cutMidSentence = prev !== undefined && !ENDS_SENTENCE.test(prev.cells.action) && whole('owner') === '' && whole('byWhen') === '';
  const append = (row: ActionRow, field: ActionField, text: string): void => {
    if (text !== '') row.cells[field] = row.cells[field] === '' ? text : `${row.cells[field]} ${text}`;
  };
  const plainContinuation = first === '' || /^\d+$/.test(first) || (startsLower && !ownsRow && paras.action.length <= 1);
  if (prev && (plainContinuation || cutMidSentence)) {
    if (!plainContinuation) {
      prev.flags.push({
        code: 'merged-continuation-row',
        severity: 'info',
        message: `Line ${line} has no owner or date and follows an action cut mid-sentence; read as its continuation.`,
        raw: whole('action'),
        source,
      });
    }
    for (const f of ACTION_FIELDS) append(prev, f, whole(f));
    prev.lastLine = line;
    return;
  }
  const continues = prev !== undefined && startsLower;
  const items = continues ? paras.action.slice(1) : paras.action;
  if (continues && prev) {
    append(prev, 'action', first);
    prev.lastLine = line;
  }
  const k = Math.max(1, items.length);
  const unaligned: ActionField[] = [];
  const cellFor = (f: ActionField, i: number): string => {
    if (f === 'action') return k === 1 ? items.join(' ') : items[i] ?? '';
    const p = paras[f];
    if (k === 1) return p.join(' ');
    if (continues && prev && p.length === k + 1) {
      if (i === 0) append(prev, f, p[0] ?? '');
      return p[i + 1] ?? '';
    }
    if (p.length === k) return p[i] ?? '';
    if (p.length > 0 && !unaligned.includes(f)) unaligned.push(f);
    return p.join(' ');
  };
  const made: ActionRow[] = [];
  for (let i = 0; i < k; i++) {
    const cells = Object.fromEntries(ACTION_FIELDS.map((f) => [f, cellFor(f, i)])) as Record<ActionField, string>;
    made.push({ line, lastLine: line, cells, flags: [] });
  }
  for (const f of unaligned) {
    for (const row of made) {
      row.flags.push({
        code: 'cell-not-aligned',
        severity: 'ambiguous',
        message: `One table row holds ${k} actions but its ${f} cell has ${paras[f].length} paragraph(s); the whole cell is kept on each action.`,
        raw: paras[f].join(' '),
        source,
      });
    }
  }
  rows.push(...made);
}
