import type { StatusLevel } from '../../domain/model';
import { defaultLevels, type PlanRegistry } from './build-plans';
import { rowIssue, scaleRowSchema, validateRow, type ScaleRow } from './row-schemas';
import type { KeyedRow, SpreadsheetIssue } from './types';

interface ScaleEntry {
  row: KeyedRow;
  data: ScaleRow;
}

/**
 * Gives each plan its status scale from the scale sheet. A row with no plan applies to every plan in
 * the file; a plan with no rows gets the default Blue/Green/Amber/Red scale, flagged. When no rank is
 * given, statuses are taken as listed best first.
 */
export function applyScales(registry: PlanRegistry, scaleRows: KeyedRow[], errors: SpreadsheetIssue[]): void {
  const byPlan = new Map<string, ScaleEntry[]>();
  const shared: ScaleEntry[] = [];
  for (const row of scaleRows) {
    const data = validateRow(scaleRowSchema, row, errors);
    if (!data) continue;
    if (!data.plan) {
      shared.push({ row, data });
      continue;
    }
    // Scale rows name a plan without its council: they apply to every plan of that name.
    const plans = registry.fromSheet ? [registry.resolve(row, data.plan, undefined)].filter((p) => p !== undefined) : registry.named(data.plan);
    if (!registry.fromSheet && plans.length === 0) {
      errors.push(rowIssue(row, 'plan', `'${data.plan}' is not a plan named by the actions or indicators in this file`));
    }
    for (const plan of plans) byPlan.set(plan.id, [...(byPlan.get(plan.id) ?? []), { row, data }]);
  }

  for (const plan of registry.plans.values()) {
    const entries = byPlan.get(plan.id) ?? shared;
    if (entries.length === 0) {
      plan.scale = { ...plan.scale, name: 'Blue/Green/Amber/Red (template default)', levels: defaultLevels() };
      plan.flags.push({
        code: 'default-status-scale',
        severity: 'info',
        message: 'The file gives no status scale for this plan, so the template default B/G/A/R scale was used.',
        source: plan.source,
      });
      continue;
    }
    const levels = levelsOf(entries, errors);
    const name = entries.find((e) => e.data.scale)?.data.scale ?? `${plan.name} status`;
    plan.scale = { ...plan.scale, name, levels };
  }
}

function levelsOf(entries: ScaleEntry[], errors: SpreadsheetIssue[]): StatusLevel[] {
  const ranked = entries.filter((e) => e.data.rank !== undefined);
  if (ranked.length > 0 && ranked.length < entries.length) {
    for (const e of entries) {
      if (e.data.rank === undefined) errors.push(rowIssue(e.row, 'rank', 'missing: give every status of the scale a rank, or leave them all blank to rank them in the order listed, best first'));
    }
  }
  const seen = new Map<string, number>();
  const levels: StatusLevel[] = [];
  entries.forEach((e, index) => {
    const key = e.data.code.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(rowIssue(e.row, 'code', `'${e.data.code}' is already a status of this scale on row ${earlier}`));
      return;
    }
    seen.set(key, e.row.row);
    levels.push({
      code: e.data.code,
      label: e.data.label,
      meaning: e.data.meaning ?? '',
      colour: e.data.colour,
      rank: e.data.rank ?? entries.length - 1 - index,
      ...(e.data.complete ? { complete: true } : {}),
    });
  });
  return levels;
}

/** The scale level a status cell names, by code or label, ignoring case. */
export function findLevel(levels: StatusLevel[], written: string): StatusLevel | undefined {
  const w = written.trim().toLowerCase();
  return levels.find((l) => l.code.toLowerCase() === w) ?? levels.find((l) => l.label.toLowerCase() === w);
}
