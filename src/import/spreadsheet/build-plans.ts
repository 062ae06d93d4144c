import { planId } from '../../domain/ids';
import type { Plan, SourceRef, StatusLevel, StatusScale } from '../../domain/model';
import { splitList } from './cell-values';
import { planRowSchema, rowIssue, validateRow } from './row-schemas';
import type { KeyedRow, SpreadsheetIssue } from './types';

/** The plans of one import, and how rows find theirs by name. */
export interface PlanRegistry {
  plans: Map<string, Plan>;
  /** True when the file set has a plan sheet: rows must then name plans on it. */
  fromSheet: boolean;
  /** The plan a row names (or the only plan), reporting an error on the row when there is none. */
  resolve(row: KeyedRow, name: string | undefined, council: string | undefined): Plan | undefined;
  /** The plans already known by this name or alias, of any council. */
  named(name: string): Plan[];
}

/** Where a row is: the file, its sheet (as page) and its row number. */
export function rowSource(row: KeyedRow): SourceRef {
  return { documentId: row.sheet.documentId, page: row.sheet.page, lineStart: row.row, lineEnd: row.row };
}

const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
const quoted = (plans: Plan[]): string => plans.map((p) => `'${p.name}'`).join(', ');

function emptyScale(id: string): StatusScale {
  return { id: `${id}/scale`, name: '', levels: [] };
}

function planFromSheet(row: KeyedRow, errors: SpreadsheetIssue[]): Plan | undefined {
  const data = validateRow(planRowSchema, row, errors);
  if (!data) return undefined;
  const id = planId(data.council, data.plan);
  return {
    id,
    council: data.council,
    kind: data.kind,
    name: data.plan,
    aliases: splitList(data.aliases, /;/),
    ...(data.owner ? { owner: data.owner } : {}),
    versions: data.version ? [{ version: data.version, ...(data.date ? { date: data.date } : {}), ...(data.version_note ? { note: data.version_note } : {}) }] : [],
    ...(data.date ? { date: data.date } : {}),
    scale: emptyScale(id),
    priorities: [],
    source: rowSource(row),
    flags: [],
  };
}

/** Reads the plan sheet's rows; without one, plans are made from the rows that name them. */
export function buildPlanRegistry(planRows: KeyedRow[], errors: SpreadsheetIssue[]): PlanRegistry {
  const plans = new Map<string, Plan>();
  const rowOf = new Map<string, number>();
  for (const row of planRows) {
    const plan = planFromSheet(row, errors);
    if (!plan) continue;
    const earlier = rowOf.get(plan.id);
    if (earlier !== undefined) {
      errors.push(rowIssue(row, 'plan', `'${plan.name}' of ${plan.council} is listed twice: also on row ${earlier}`));
      continue;
    }
    plans.set(plan.id, plan);
    rowOf.set(plan.id, row.row);
  }
  const fromSheet = planRows.length > 0;

  const named = (name: string): Plan[] => [...plans.values()].filter((p) => [p.name, ...p.aliases].some((n) => same(n, name)));

  const resolveFromSheet = (row: KeyedRow, name: string | undefined, council: string | undefined): Plan | undefined => {
    const all = [...plans.values()];
    if (!name) {
      if (all.length === 1) return all[0];
      errors.push(rowIssue(row, 'plan', `missing: the plan sheet lists ${all.length} plans (${quoted(all)}), so each row must name its plan`));
      return undefined;
    }
    const matching = named(name);
    const found = council ? matching.filter((p) => same(p.council, council)) : matching;
    if (found.length === 1) return found[0];
    const message = found.length > 1
      ? `'${name}' names plans of more than one council; add a council column to say which`
      : `'${name}'${council ? ` of ${council}` : ''} is not on the plan sheet; the plans there are ${quoted(all) || 'none'}`;
    errors.push(rowIssue(row, 'plan', message));
    return undefined;
  };

  const resolveFromRows = (row: KeyedRow, name: string | undefined, council: string | undefined): Plan | undefined => {
    if (!name) {
      errors.push(rowIssue(row, 'plan', 'missing: each row must name its plan'));
      return undefined;
    }
    if (!council) {
      errors.push(rowIssue(row, 'council', 'missing: without a plan sheet, each row needs its council so the plan can be found'));
      return undefined;
    }
    const id = planId(council, name);
    const existing = plans.get(id);
    if (existing) return existing;
    const plan: Plan = {
      id, council, kind: 'improvement-plan', name, aliases: [], versions: [], scale: emptyScale(id), priorities: [],
      source: rowSource(row),
      flags: [{
        code: 'plan-from-rows',
        severity: 'info',
        message: 'The file has no plan sheet, so this plan was made from the rows that name it, with no owner, version or date. Import the plan sheet to give them.',
        source: rowSource(row),
      }],
    };
    plans.set(id, plan);
    return plan;
  };

  return { plans, fromSheet, named, resolve: fromSheet ? resolveFromSheet : resolveFromRows };
}

/** The scale a plan gets when the file gives none: the common Blue/Green/Amber/Red, Blue meaning done. */
export function defaultLevels(): StatusLevel[] {
  return [
    { code: 'B', label: 'Blue', meaning: 'Action completed', colour: '#1F4E9E', rank: 3, complete: true },
    { code: 'G', label: 'Green', meaning: 'On track to be delivered by the due date', colour: '#2E7D32', rank: 2 },
    { code: 'A', label: 'Amber', meaning: 'At risk of missing the due date', colour: '#FFBF00', rank: 1 },
    { code: 'R', label: 'Red', meaning: 'Overdue or off track', colour: '#C62828', rank: 0 },
  ];
}
