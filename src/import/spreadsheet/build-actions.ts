import { actionId } from '../../domain/ids';
import type { Action, Plan } from '../../domain/model';
import { type PlanRegistry, rowSource } from './build-plans';
import { findLevel } from './build-scales';
import { splitList } from './cell-values';
import { actionRowSchema, rowIssue, validateRow, type ActionRow } from './row-schemas';
import type { KeyedRow, SpreadsheetIssue } from './types';

/** An action with the row it came from, so its status can be checked once the scales are known. */
export interface ReadAction {
  action: Action;
  row: KeyedRow;
}

function addPriority(plan: Plan, data: ActionRow, row: KeyedRow, errors: SpreadsheetIssue[]): void {
  if (!data.priority) {
    if (data.priority_title) errors.push(rowIssue(row, 'priority', `missing: the row gives the priority title '${data.priority_title}' but not its number`));
    return;
  }
  const existing = plan.priorities.find((p) => p.number === data.priority);
  if (!existing) {
    plan.priorities.push({ number: data.priority, title: data.priority_title ?? '', ...(data.priority_lead ? { lead: data.priority_lead } : {}) });
    return;
  }
  if (data.priority_title && existing.title && existing.title !== data.priority_title) {
    errors.push(rowIssue(row, 'priority_title', `'${data.priority_title}' differs from the title '${existing.title}' given earlier for priority ${data.priority}`));
  } else if (data.priority_title) existing.title = data.priority_title;
  if (data.priority_lead && existing.lead && existing.lead !== data.priority_lead) {
    errors.push(rowIssue(row, 'priority_lead', `'${data.priority_lead}' differs from the lead '${existing.lead}' given earlier for priority ${data.priority}`));
  } else if (data.priority_lead) existing.lead = data.priority_lead;
}

/** Reads the actions sheet: one action per row, priorities gathered onto their plans. */
export function buildActions(rows: KeyedRow[], registry: PlanRegistry, errors: SpreadsheetIssue[], warnings: SpreadsheetIssue[]): ReadAction[] {
  const out: ReadAction[] = [];
  const rowOfRef = new Map<string, number>();
  const warnedSheets = new Set<string>();
  for (const row of rows) {
    const data = validateRow(actionRowSchema, row, errors);
    const plan = registry.resolve(row, data?.plan ?? row.cells.plan?.text, data?.council ?? row.cells.council?.text);
    if (!data || !plan) continue;
    if (row.cells.ref?.number !== undefined && !warnedSheets.has(row.sheet.name)) {
      warnedSheets.add(row.sheet.name);
      warnings.push(rowIssue(row, 'ref', `Excel stores the reference ${data.ref} as a number, which drops trailing zeros (1.10 becomes 1.1); format the column as Text and check the references`));
    }
    const key = `${plan.id}#${data.ref.toLowerCase()}`;
    const earlier = rowOfRef.get(key);
    if (earlier !== undefined) {
      errors.push(rowIssue(row, 'ref', `'${data.ref}' is already used in '${plan.name}' on row ${earlier}; each action needs its own reference`));
      continue;
    }
    rowOfRef.set(key, row.row);
    addPriority(plan, data, row, errors);
    const action: Action = {
      id: actionId(plan.id, data.ref),
      planId: plan.id,
      ...(data.priority ? { priority: data.priority } : {}),
      ref: data.ref,
      text: data.action,
      leads: splitList(data.lead, /[;/]/),
      partners: splitList(data.partners, /[;/]/),
      ...(data.due ? { due: data.due } : {}),
      ...(data.success_measures ? { successMeasures: data.success_measures } : {}),
      ...(data.resources ? { resources: data.resources } : {}),
      recommendationRefs: splitList(data.recommendations, /[;,&]|\s+and\s+/i),
      ...(data.status ? { statusRaw: data.status } : {}),
      ...(Object.keys(row.extra).length > 0 ? { extra: row.extra } : {}),
      source: rowSource(row),
      flags: [],
    };
    out.push({ action, row });
  }
  return out;
}

/** Sets each action's status code from its plan's scale; a status not on the scale is an error. */
export function checkStatuses(read: ReadAction[], registry: PlanRegistry, errors: SpreadsheetIssue[]): void {
  for (const { action, row } of read) {
    if (!action.statusRaw) continue;
    const levels = registry.plans.get(action.planId)?.scale.levels ?? [];
    const level = findLevel(levels, action.statusRaw);
    if (level) {
      action.status = level.code;
      continue;
    }
    const codes = levels.map((l) => `${l.code} (${l.label})`).join(', ');
    errors.push(rowIssue(row, 'status', `'${action.statusRaw}' is not on the plan's status scale; use one of ${codes}`));
  }
}
