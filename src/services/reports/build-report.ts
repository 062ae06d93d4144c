import { compareRefs } from '../../domain/refs';
import type { Action, Plan, StatusLevel } from '../../domain/model';
import { dateIn, longDate, whenIn } from '../../domain/update-dates';
import { choicesOf, levelOf, levelsNeedingExplanation } from '../../domain/update-scale';
import type { ActionUpdateStore, CatalogueStore } from '../../store/ports';
import type { ActionUpdate } from '../../domain/updates';

/** One action's line in a status report: where it stands and the latest commentary on it. */
export interface ReportLine {
  ref: string;
  action: string;
  leads: string;
  due: string;
  /** The status code on the plan's scale, and its label; empty when none was ever given. */
  status: string;
  statusLabel: string;
  /** Where the status comes from: an officer's update, the imported plan, or nowhere yet. */
  statusSource: 'update' | 'plan' | 'none';
  updatedAt: string;
  updatedBy: string;
  commentary: string;
  revisedDue: string;
  evidenceUrl: string;
}

export interface StatusReport {
  plan: Plan;
  /** Local date and time the report was made, for its heading. */
  generatedOn: string;
  generatedAt: string;
  exceptionsOnly: boolean;
  /** The levels an exceptions report keeps (the plan's two worst short of complete: Red and Amber). */
  exceptionLevels: StatusLevel[];
  lines: ReportLine[];
  /** Actions per level, best first, then those with no status. */
  counts: { label: string; count: number }[];
  totalActions: number;
}

export { compareRefs } from '../../domain/refs';

function line(plan: Plan, action: Action, latest: ActionUpdate | undefined, timeZone: string): ReportLine {
  const code = latest?.status ?? action.status;
  const level = levelOf(plan.scale, code);
  return {
    ref: action.ref,
    action: action.text,
    leads: action.leads.join('; '),
    due: latest?.revisedDue ? `${longDate(latest.revisedDue)} (revised; planned ${action.due?.raw ?? 'not given'})` : (action.due?.raw ?? ''),
    status: level?.code ?? code ?? '',
    statusLabel: level?.label ?? code ?? '',
    statusSource: latest ? 'update' : code ? 'plan' : 'none',
    updatedAt: latest ? whenIn(latest.at, timeZone) : '',
    updatedBy: latest?.author.name ?? '',
    commentary: latest?.commentary ?? '',
    revisedDue: latest?.revisedDue ?? '',
    evidenceUrl: latest?.evidenceUrl ?? '',
  };
}

/**
 * A plan's status report for its committee: every action (or, for exceptions, those at the plan's
 * worst levels) with its status, due date and latest commentary, as the stores hold them now.
 */
export async function buildStatusReport(
  stores: { catalogue: CatalogueStore; actionUpdates: ActionUpdateStore },
  plan: Plan,
  options: { exceptionsOnly: boolean; now: Date; timeZone: string },
): Promise<StatusReport> {
  const actions = await stores.catalogue.listActions(plan.id);
  const latest = await stores.actionUpdates.latest(actions.map((a) => a.id));
  const all = actions.map((a) => line(plan, a, latest.get(a.id), options.timeZone)).sort((x, y) => compareRefs(x.ref, y.ref));
  const exceptionLevels = levelsNeedingExplanation(plan.scale);
  const exceptionCodes = new Set(exceptionLevels.map((l) => l.code));
  const counts = choicesOf(plan.scale).map((l) => ({ label: l.label, count: all.filter((x) => x.status === l.code).length }));
  const unrated = all.length - counts.reduce((n, c) => n + c.count, 0);
  return {
    plan,
    generatedOn: dateIn(options.now, options.timeZone),
    generatedAt: whenIn(options.now, options.timeZone),
    exceptionsOnly: options.exceptionsOnly,
    exceptionLevels,
    lines: options.exceptionsOnly ? all.filter((x) => exceptionCodes.has(x.status)) : all,
    counts: [...counts, ...(unrated > 0 ? [{ label: 'No status yet', count: unrated }] : [])],
    totalActions: all.length,
  };
}
