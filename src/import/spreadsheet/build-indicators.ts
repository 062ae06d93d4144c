import { indicatorId } from '../../domain/ids';
import type { Comparator, Indicator, Measurement } from '../../domain/model';
import { type PlanRegistry, rowSource } from './build-plans';
import { type Figure, parseComparatorKind, splitList } from './cell-values';

const inferKind = (label: string) => {
  const kind = parseComparatorKind(undefined, label);
  return kind.ok ? kind.value : 'other';
};
import { indicatorRowSchema, rowIssue, validateRow, type IndicatorRow } from './row-schemas';
import type { KeyedRow, SpreadsheetIssue } from './types';

/** Actions read in the same import, so an indicator's action_ref can be checked. */
export interface KnownActions {
  planIds: Set<string>;
  ids: Set<string>;
}

const PERCENT_UNITS = ['%', 'percent', 'percentage', 'per cent'];

function unitOf(data: IndicatorRow): string | undefined {
  if (data.unit && PERCENT_UNITS.includes(data.unit.toLowerCase())) return '%';
  if (data.unit) return data.unit;
  return [data.value, data.target, data.comparator_value].some((f) => f?.percent) ? '%' : undefined;
}

function measurement(figure: Figure, data: IndicatorRow, row: KeyedRow): Measurement {
  return {
    ...(data.period ? { period: data.period } : {}),
    ...(data.period_end ? { periodEnd: data.period_end } : {}),
    value: figure.value,
    raw: figure.raw,
    source: rowSource(row),
  };
}

/** Checks that a field agrees with what earlier rows said about the same indicator, then keeps it. */
function agree<K extends 'unit' | 'planId' | 'actionRef'>(ind: Indicator, key: K, value: Indicator[K], row: KeyedRow, column: string, errors: SpreadsheetIssue[]): void {
  if (value === undefined) return;
  if (ind[key] === undefined) ind[key] = value;
  else if (ind[key] !== value) errors.push(rowIssue(row, column, `'${value}' differs from '${ind[key]}' given for '${ind.name}' on an earlier row`));
}

/** Adds a figure unless the same period already has one of its kind. */
function addOnce(list: Measurement[], m: Measurement, what: string, row: KeyedRow, column: string, errors: SpreadsheetIssue[]): void {
  const clash = list.find((x) => (x.period ?? '') === (m.period ?? '') && (x.periodEnd ?? '') === (m.periodEnd ?? '') && (!('label' in m) || (x as Comparator).label === (m as Comparator).label));
  if (clash) errors.push(rowIssue(row, column, `${what} for period '${m.period ?? '(none)'}' is already given on row ${clash.source?.lineStart}`));
  else list.push(m);
}

/**
 * Reads the indicators sheet: rows of the same indicator (name, area, council) become one indicator
 * with its values, targets and comparators by period.
 */
export function buildIndicators(rows: KeyedRow[], registry: PlanRegistry, known: KnownActions, errors: SpreadsheetIssue[]): Indicator[] {
  const byId = new Map<string, Indicator>();
  // A workbook whose plans are all one council's needs no council column on its indicators.
  const councils = new Set([...registry.plans.values()].map((p) => p.council));
  const soleCouncil = registry.fromSheet && councils.size === 1 ? [...councils][0] : undefined;
  for (const row of rows) {
    const data = validateRow(indicatorRowSchema, row, errors);
    if (!data) continue;
    const needsPlan = data.plan || (data.action_ref && registry.fromSheet);
    const plan = needsPlan ? registry.resolve(row, data.plan, data.council) : undefined;
    if (needsPlan && !plan) continue;
    const council = plan?.council ?? data.council ?? soleCouncil;
    if (!council) {
      errors.push(rowIssue(row, 'council', 'missing: give the council, or the plan the indicator belongs to'));
      continue;
    }
    if (data.action_ref && !plan) {
      errors.push(rowIssue(row, 'plan', `missing: the row names action ${data.action_ref}, so it must name the plan too`));
      continue;
    }
    if (plan && data.action_ref && known.planIds.has(plan.id) && !known.ids.has(`${plan.id}#${data.action_ref}`)) {
      errors.push(rowIssue(row, 'action_ref', `'${data.action_ref}' is not an action of '${plan.name}' in this file`));
    }
    const id = indicatorId(council, data.area, data.indicator);
    const ind = byId.get(id) ?? {
      id, name: data.indicator, aliases: [], polarity: 'unknown', council,
      ...(data.area ? { area: data.area } : {}),
      values: [], targets: [], comparators: [], source: rowSource(row), flags: [],
    };
    byId.set(id, ind);
    for (const alias of splitList(data.aliases, /;/)) if (!ind.aliases.includes(alias)) ind.aliases.push(alias);
    const unit = unitOf(data);
    agree(ind, 'unit', unit, row, 'unit', errors);
    agree(ind, 'planId', plan?.id, row, 'plan', errors);
    agree(ind, 'actionRef', data.action_ref, row, 'action_ref', errors);
    if (data.polarity !== 'unknown') {
      if (ind.polarity === 'unknown') {
        ind.polarity = data.polarity;
        ind.polarityReason = { source: 'plan', detail: `'${row.cells.polarity?.text.trim()}' in the plan's ${row.headers.polarity ?? 'polarity'} column` };
      }
      else if (ind.polarity !== data.polarity) errors.push(rowIssue(row, 'polarity', `'${row.cells.polarity?.text}' differs from the polarity given for '${ind.name}' on an earlier row`));
    }
    for (const column of ['value', 'target', 'comparator_value'] as const) {
      const figure = data[column];
      if (figure?.percent && unit !== '%') errors.push(rowIssue(row, column, `'${figure.raw}' is a percentage but the unit is '${unit}'; make them agree`));
    }
    if (data.value) addOnce(ind.values, measurement(data.value, data, row), 'a value', row, 'value', errors);
    if (data.target) addOnce(ind.targets, measurement(data.target, data, row), 'a target', row, 'target', errors);
    if (data.target_state) {
      if (data.target && data.target_state !== 'set') {
        errors.push(rowIssue(row, 'target_state', `'${row.cells.target_state?.text}' says there is no target figure yet, but the row gives ${data.target.raw}; clear one of them`));
      } else if (ind.targetState && ind.targetState !== data.target_state) {
        errors.push(rowIssue(row, 'target_state', `'${row.cells.target_state?.text}' differs from the target state given for '${ind.name}' on an earlier row`));
      } else ind.targetState = data.target_state;
    }
    addComparator(ind, data, row, errors);
  }
  return [...byId.values()];
}

function addComparator(ind: Indicator, data: IndicatorRow, row: KeyedRow, errors: SpreadsheetIssue[]): void {
  const named = data.comparator_label ?? row.cells.comparator_kind?.text;
  if (!data.comparator_value) {
    if (named) errors.push(rowIssue(row, 'comparator_value', `missing: the row names the comparator '${named}' but gives no figure for it`));
    return;
  }
  if (!named) {
    errors.push(rowIssue(row, 'comparator_label', `missing: say what the comparator figure ${data.comparator_value.raw} is, e.g. 'England'`));
    return;
  }
  const kind = data.comparator_kind ?? inferKind(data.comparator_label ?? '');
  const comparator: Comparator = { ...measurement(data.comparator_value, data, row), kind, label: named };
  addOnce(ind.comparators, comparator, `a comparator '${named}'`, row, 'comparator_value', errors);
}
