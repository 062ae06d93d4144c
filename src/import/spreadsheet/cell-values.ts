import { type ComparatorKind, type PlanKind, planKinds, type Polarity, type TargetState } from '../../domain/model';
import { slugify } from '../../domain/ids';
import type { SheetCell } from './types';

/** A cell's reading, or what is wrong with it in an officer's words. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A reading that succeeded. */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
/** A reading that failed, with what to tell the officer. */
export const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** A figure, with whether it was written or formatted as a percentage. */
export interface Figure {
  value: number;
  raw: string;
  percent: boolean;
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** "51", "51%", "1,234", "-2.5", or an Excel number; undefined when blank. */
export function parseFigure(cell: SheetCell | undefined): Parsed<Figure | undefined> {
  if (!cell || cell.text === '') return ok(undefined);
  if (cell.number !== undefined) return ok({ value: cell.number, raw: cell.text, percent: cell.percent ?? false });
  const text = cell.text.replace(/\u2212/g, '-');
  const percent = /%\s*$/.test(text);
  const digits = text.replace(/%\s*$/, '').replace(/\s+/g, '');
  if (!/\d/.test(digits) || !NUMBER.test(digits)) {
    return fail(`'${cell.text}' is not a number; write the figure alone, e.g. 51 or 51%, or leave the cell blank`);
  }
  return ok({ value: Number(digits.replace(/,/g, '')), raw: cell.text, percent });
}

/** higher / lower / none (or "higher is better"...); blank is 'unknown'. */
export function parsePolarity(cell: SheetCell | undefined): Parsed<Polarity> {
  const s = slugify(cell?.text ?? '');
  if (s === '') return ok('unknown');
  if (['higher', 'higher-is-better', 'high'].includes(s)) return ok('higher-is-better');
  if (['lower', 'lower-is-better', 'low'].includes(s)) return ok('lower-is-better');
  if (['none', 'neither', 'neutral', 'n-a'].includes(s)) return ok('none');
  return fail(`'${cell?.text}' is not one of higher, lower or none (is a higher figure better, a lower one, or neither?)`);
}

/** A target state cell: `set`, `to be agreed`, `to be set` or `none` (TBA, TBC and TBD too); blank: worked out from the target. */
export function parseTargetState(cell: SheetCell | undefined): Parsed<TargetState | undefined> {
  const s = slugify(cell?.text ?? '');
  if (s === '') return ok(undefined);
  if (['set', 'agreed'].includes(s)) return ok('set');
  if (['to-be-agreed', 'tba', 'tbc', 'to-be-confirmed', 'not-agreed'].includes(s)) return ok('to-be-agreed');
  if (['to-be-set', 'tbd', 'to-be-determined', 'not-set'].includes(s)) return ok('to-be-set');
  if (['none', 'no-target', 'n-a'].includes(s)) return ok('none');
  return fail(`'${cell?.text}' is not one of set, to be agreed, to be set or none`);
}

const COMPARATOR_KINDS: Record<string, ComparatorKind> = {
  england: 'england',
  national: 'national',
  'statistical-neighbours': 'statistical-neighbours',
  'statistical-neighbour': 'statistical-neighbours',
  'stat-neighbours': 'statistical-neighbours',
  'stat-neighbour': 'statistical-neighbours',
  region: 'region',
  regional: 'region',
  'family-group': 'family-group',
  area: 'area',
  previous: 'previous',
  other: 'other',
};

/** The comparator's kind, from the kind column, else from its label ("England", "Stat neighbours"). */
export function parseComparatorKind(kindCell: SheetCell | undefined, label: string): Parsed<ComparatorKind> {
  const written = slugify(kindCell?.text ?? '');
  if (written) {
    const kind = COMPARATOR_KINDS[written];
    return kind ? ok(kind) : fail(`'${kindCell?.text}' is not a comparator kind; use one of ${[...new Set(Object.values(COMPARATOR_KINDS))].join(', ')}`);
  }
  const fromLabel = Object.keys(COMPARATOR_KINDS).find((k) => slugify(label).includes(k));
  return ok(fromLabel ? COMPARATOR_KINDS[fromLabel]! : 'other');
}

const PLAN_KINDS: readonly PlanKind[] = planKinds;

/** The plan's kind; blank is an improvement plan. */
export function parsePlanKind(cell: SheetCell | undefined): Parsed<PlanKind> {
  const s = slugify(cell?.text ?? '');
  if (s === '') return ok('improvement-plan');
  const kind = PLAN_KINDS.find((k) => k === s || k === `${s}-plan`);
  return kind ? ok(kind) : fail(`'${cell?.text}' is not a kind of plan we know; use one of ${PLAN_KINDS.join(', ')}`);
}

const COLOURS: Record<string, string> = {
  blue: '#1F4E9E', green: '#2E7D32', amber: '#FFBF00', red: '#C62828', grey: '#9E9E9E', gray: '#9E9E9E',
  yellow: '#FFEB3B', orange: '#F57C00', purple: '#6A1B9A', black: '#000000', white: '#FFFFFF',
};

/** #RRGGBB (with or without #, or #RGB) or a plain colour name; blank is grey. */
export function parseColour(cell: SheetCell | undefined): Parsed<string> {
  const t = (cell?.text ?? '').trim().toLowerCase();
  if (t === '') return ok(COLOURS.grey!);
  if (COLOURS[t]) return ok(COLOURS[t]!);
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/.exec(t);
  if (!hex) return fail(`'${cell?.text}' is not a colour; write a name such as blue, green, amber or red, or a code such as #1F4E9E`);
  const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
  return ok(`#${h.toUpperCase()}`);
}

/** yes / no (also y, n, true, false, 1, 0, x); blank is no. */
export function parseYesNo(cell: SheetCell | undefined): Parsed<boolean> {
  const t = (cell?.text ?? '').trim().toLowerCase();
  if (['', 'no', 'n', 'false', '0'].includes(t)) return ok(false);
  if (['yes', 'y', 'true', '1', 'x', '✓'].includes(t)) return ok(true);
  return fail(`'${cell?.text}' should be yes or no`);
}

/** Splits a list cell on the given separators, dropping blanks. */
export function splitList(text: string | undefined, separators: RegExp): string[] {
  return (text ?? '').split(separators).map((s) => s.trim()).filter((s) => s !== '');
}
