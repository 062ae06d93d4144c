import { peopleWithRole } from '../domain/directory';
import type { Actor, Directory } from '../domain/directory';
import type { Action, Indicator, Plan } from '../domain/model';
import { words } from '../domain/update-action-ref';
import { administersPlan, mayUpdate, type UpdatePermission } from '../domain/update-permissions';
import type { PlanSettings } from '../domain/plan-settings';
import type { RecordedValue } from '../domain/updates';
import { type ActionInPlan, findAction } from './find-action';
import type { UpdateStores } from './update-stores';

/** An indicator as the record card shows it: where it sits, its last recorded value, who may record. */
export interface IndicatorForRecord {
  indicator: Indicator;
  plan?: Plan;
  action?: Action;
  settings?: PlanSettings;
  lastRecorded?: RecordedValue;
  permission: UpdatePermission;
}

export type OpenedRecord =
  | { kind: 'open'; offered: IndicatorForRecord[]; label: string }
  | { kind: 'choose'; ref: string; options: ActionInPlan[] }
  | { kind: 'refused'; label: string; whoCan: string }
  | { kind: 'not-found'; text: string };

// NOTE: a dropdown shows at most 15 options in Teams; more than that and the person should narrow it.
export const maxOffered = 15;

/** Leads of the indicator's action may record it; one outside any plan action is for administrators. */
function permissionFor(directory: Directory, actor: Actor, action: Action | undefined, settings: PlanSettings | undefined): UpdatePermission {
  if (action) return mayUpdate(directory, actor, action, settings);
  if (administersPlan(directory, actor, settings)) return { allowed: true, as: 'administrator' };
  const admins = peopleWithRole(directory, 'admin').map((p) => p.name);
  return {
    allowed: false,
    reason: 'not-allowed',
    whoCan: `administrators${admins.length > 0 ? ` (${admins.join(', ')})` : ''}, as this indicator is not tied to a plan action`,
  };
}

/** The indicators with these ids, with their plan, action, last recorded value and the caller's permission. */
export async function loadIndicatorsForRecord(
  stores: UpdateStores,
  directory: Directory,
  actor: Actor,
  indicators: Indicator[],
): Promise<IndicatorForRecord[]> {
  const [plans, actions, settingsList, recorded] = await Promise.all([
    stores.catalogue.listPlans(),
    stores.catalogue.listActions(),
    stores.planSettings.list(),
    stores.recordedValues.listFor(indicators.map((i) => i.id)),
  ]);
  const settings = new Map(settingsList.map((s) => [s.planId, s]));
  return indicators.map((indicator) => {
    const plan = plans.find((p) => p.id === indicator.planId);
    const action = actions.find((a) => a.planId === indicator.planId && a.ref === indicator.actionRef);
    const planSettings = indicator.planId ? settings.get(indicator.planId) : undefined;
    const last = recorded.filter((r) => r.indicatorId === indicator.id).at(-1);
    return {
      indicator,
      ...(plan ? { plan } : {}),
      ...(action ? { action } : {}),
      ...(planSettings ? { settings: planSettings } : {}),
      ...(last ? { lastRecorded: last } : {}),
      permission: permissionFor(directory, actor, action, planSettings),
    };
  });
}

/** Indicators whose name (or an alias) is the text, else contains all its words. */
function byName(indicators: Indicator[], text: string): Indicator[] {
  const wanted = words(text).join(' ');
  if (!wanted) return [];
  const names = (i: Indicator) => [i.name, ...i.aliases].map((n) => words(n).join(' '));
  const exact = indicators.filter((i) => names(i).includes(wanted));
  if (exact.length > 0) return exact;
  const parts = wanted.split(' ');
  return indicators.filter((i) => names(i).some((n) => parts.every((w) => n.split(' ').includes(w))));
}

/** The record card again for a card's button: an action's indicators, or one indicator. */
export async function openIndicatorRecordFor(
  stores: UpdateStores,
  directory: Directory,
  actor: Actor,
  which: { actionId?: string; indicatorId?: string },
): Promise<OpenedRecord> {
  const all = await stores.catalogue.listIndicators();
  const actions = which.actionId ? await stores.catalogue.listActions() : [];
  const action = actions.find((a) => a.id === which.actionId);
  const candidates = action
    ? all.filter((i) => i.planId === action.planId && i.actionRef === action.ref)
    : all.filter((i) => i.id === which.indicatorId);
  return offer(stores, directory, actor, candidates, action ? `action ${action.ref}` : (candidates[0]?.name ?? ''));
}

async function offer(stores: UpdateStores, directory: Directory, actor: Actor, candidates: Indicator[], label: string): Promise<OpenedRecord> {
  if (candidates.length === 0) return { kind: 'not-found', text: label };
  const loaded = await loadIndicatorsForRecord(stores, directory, actor, candidates);
  const allowed = loaded.filter((l) => l.permission.allowed);
  if (allowed.length === 0) {
    const refusal = loaded[0]!.permission;
    return { kind: 'refused', label, whoCan: refusal.allowed ? '' : refusal.whoCan };
  }
  return { kind: 'open', offered: allowed.slice(0, maxOffered), label };
}

/**
 * "record 1.9" or "record first time entrants rate": the indicators the caller may record a value for.
 * A ref gives the action's indicators; otherwise the text is matched against indicator names.
 */
export async function openIndicatorRecord(
  stores: UpdateStores,
  directory: Directory,
  actor: Actor,
  text: string,
): Promise<OpenedRecord> {
  const all = await stores.catalogue.listIndicators();
  const linked = (a: Action) => all.filter((i) => i.planId === a.planId && i.actionRef === a.ref);
  // The asker's own action first (as "update 1.9" does), then the only one with indicators.
  const settings = new Map((await stores.planSettings.list()).map((s) => [s.planId, s]));
  const mine = (a: Action) => mayUpdate(directory, actor, a, settings.get(a.planId)).allowed;
  const found = await findAction(stores.catalogue, text, [mine, (a) => linked(a).length > 0]);
  if (found.kind === 'choose') return found;
  const candidates = found.kind === 'found' ? linked(found.action) : byName(all, text);
  const label = found.kind === 'found' ? `action ${found.action.ref}` : `"${text.trim()}"`;
  if (candidates.length === 0) return { kind: 'not-found', text: text.trim() };
  return offer(stores, directory, actor, candidates, label);
}

