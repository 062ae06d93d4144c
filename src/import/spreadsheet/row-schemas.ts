import { z } from 'zod';
import type { ComparatorKind } from '../../domain/model';
import {
  parseColour, parseComparatorKind, parseFigure, parsePlanKind, parsePolarity, parseTargetState, parseYesNo, type Parsed,
} from './cell-values';
import { parseDay, parseDue } from './date-cells';
import type { KeyedRow, SheetCell, SpreadsheetIssue } from './types';

const cellSchema = z.custom<SheetCell | undefined>((v) => v === undefined || (typeof v === 'object' && v !== null && 'text' in v));

/** A column read with one of the cell parsers; its failure message becomes the zod issue. */
function field<T>(parse: (cell: SheetCell | undefined) => Parsed<T>) {
  return cellSchema.transform((cell, ctx): T => {
    const result = parse(cell);
    if (result.ok) return result.value;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.message });
    return z.NEVER;
  });
}

/** Optional text: trimmed, undefined when blank. */
const text = field((cell) => ({ ok: true, value: cell?.text ? cell.text : undefined }));

/** Text the row cannot do without; `why` says what to write. */
const required = (why: string) =>
  field((cell) => (cell?.text ? { ok: true, value: cell.text } : { ok: false, message: `missing: ${why}` }));

/** A reference: inner spaces dropped, since "1. 10" and "1.10" are the same action. */
const reference = (why: string) =>
  field((cell) => (cell?.text ? { ok: true, value: cell.text.replace(/\s+/g, '') } : { ok: false, message: `missing: ${why}` }));

const rank = field((cell): Parsed<number | undefined> => {
  const figure = parseFigure(cell);
  if (!figure.ok || figure.value === undefined) return figure.ok ? { ok: true, value: undefined } : figure;
  const n = figure.value.value;
  return Number.isInteger(n) && n >= 0
    ? { ok: true, value: n }
    : { ok: false, message: `'${cell?.text}' should be a whole number, 0 for the worst status and higher for better ones` };
});

/** A row of the plan sheet. */
export const planRowSchema = z.object({
  plan: required("give the plan's name, e.g. 'SEND Improvement Plan'"),
  aliases: text,
  council: required("give the council's name, e.g. 'Sample Council'"),
  owner: text,
  kind: field(parsePlanKind),
  version: text,
  date: field((c) => parseDay(c, "'01/03/2024'")),
  version_note: text,
});

/** A row of the scale sheet: one status of a plan's scale. */
export const scaleRowSchema = z.object({
  plan: text,
  scale: text,
  code: required('every status needs its code, e.g. G'),
  label: required("every status needs a label, e.g. 'On track'"),
  meaning: text,
  colour: field(parseColour),
  rank,
  complete: field(parseYesNo),
});

/** A row of the actions sheet. */
export const actionRowSchema = z.object({
  plan: text,
  council: text,
  priority: text,
  priority_title: text,
  priority_lead: text,
  ref: reference('every action needs its reference as the plan writes it, e.g. 1.2 or 2A'),
  action: required('every action needs its text'),
  lead: text,
  partners: text,
  due: field(parseDue),
  success_measures: text,
  resources: text,
  recommendations: text,
  status: text,
});

/** A row of the indicators sheet: one indicator's figures for one period. */
export const indicatorRowSchema = z.object({
  indicator: required("every row needs the indicator's name"),
  aliases: text,
  area: text,
  council: text,
  unit: text,
  polarity: field(parsePolarity),
  plan: text,
  action_ref: field((cell) => ({ ok: true, value: cell?.text ? cell.text.replace(/\s+/g, '') : undefined })),
  period: text,
  period_end: field((c) => parseDay(c, "'31/03/2020' or 'March 2020'")),
  value: field(parseFigure),
  target: field(parseFigure),
  comparator_label: text,
  comparator_kind: field((cell): Parsed<ComparatorKind | undefined> => (cell?.text ? parseComparatorKind(cell, '') : { ok: true, value: undefined })),
  comparator_value: field(parseFigure),
  target_state: field(parseTargetState),
});

/** Rows as validated, cells turned into values. */
export type PlanRow = z.infer<typeof planRowSchema>;
export type ScaleRow = z.infer<typeof scaleRowSchema>;
export type ActionRow = z.infer<typeof actionRowSchema>;
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

/** An error placed on a row's cell, naming the column as the officer wrote it. */
export function rowIssue(row: KeyedRow, column: string, message: string): SpreadsheetIssue {
  return { sheet: row.sheet.name, row: row.row, column: row.headers[column] ?? column, message };
}

/** Validates one row; every bad cell becomes its own error. */
export function validateRow<S extends z.ZodTypeAny>(schema: S, row: KeyedRow, errors: SpreadsheetIssue[]): z.output<S> | undefined {
  const result = schema.safeParse(row.cells);
  if (result.success) return result.data;
  for (const issue of result.error.issues) errors.push(rowIssue(row, String(issue.path[0] ?? ''), issue.message));
  return undefined;
}
