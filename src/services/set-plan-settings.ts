import type { Actor, Directory } from '../domain/directory';
import { findPerson } from '../domain/directory';
import type { Plan } from '../domain/model';
import { planMatches, words } from '../domain/update-action-ref';
import { administersPlan, mayUpdate } from '../domain/update-permissions';
import type { PlanSettings } from '../domain/plan-settings';
import type { ChangeAuthor } from '../domain/updates';
import { type ActionInPlan, findAction } from './find-action';
import type { UpdateStores } from './update-stores';

/** A change to a plan's settings, as a command gives it. */
export type SettingsChange =
  | { kind: 'tolerance'; planText: string; percent: number }
  | { kind: 'administrator'; planText: string; who: string }
  | { kind: 'delegate'; actionText: string; who: string };

export type SettingsOutcome =
  | { kind: 'saved'; plan: Plan; settings: PlanSettings; summary: string }
  | { kind: 'refused'; message: string }
  | { kind: 'which-plan'; candidates: Plan[] }
  | { kind: 'which-action'; options: ActionInPlan[] }
  | { kind: 'invalid'; message: string };

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one plan some words name; several or none: the candidates to choose from. */
async function planNamed(stores: UpdateStores, text: string): Promise<Plan | Plan[]> {
  const plans = await stores.catalogue.listPlans();
  const wanted = words(text).filter((w) => !['the', 'plan', 'for', 'of', 'in'].includes(w));
  const matches = wanted.length > 0 ? plans.filter((p) => planMatches(p, wanted)) : [];
  return matches.length === 1 ? matches[0]! : matches.length > 1 ? matches : plans;
}

/**
 * Changes a plan's settings: its tolerance and administrators (plan administrators only), or an
 * action's delegates (its lead or the plan's administrators).
 */
export async function setPlanSettings(
  stores: UpdateStores,
  directory: Directory,
  actor: Actor,
  change: SettingsChange,
): Promise<SettingsOutcome> {
  const person = findPerson(directory, actor);
  const by: ChangeAuthor = {
    name: person?.name ?? actor.name ?? 'Someone',
    ...(actor.aadObjectId ? { aadObjectId: actor.aadObjectId } : {}),
  };
  if (change.kind !== 'tolerance' && !emailPattern.test(change.who) && !guidPattern.test(change.who)) {
    return { kind: 'invalid', message: `"${change.who}" is not an e-mail address or an Entra object id; give one of those.` };
  }

  if (change.kind === 'delegate') {
    const found = await findAction(stores.catalogue, change.actionText);
    if (found.kind === 'choose') return { kind: 'which-action', options: found.options };
    if (found.kind !== 'found') return { kind: 'invalid', message: `I can't find action ${change.actionText.trim()}.` };
    const settings = await stores.planSettings.get(found.plan.id);
    const permission = mayUpdate(directory, actor, found.action, settings);
    if (!permission.allowed || permission.as === 'delegate') {
      return { kind: 'refused', message: `Only the lead of action ${found.action.ref} or the plan's administrators can name delegates for it.` };
    }
    const current = settings?.delegates[found.action.id] ?? [];
    const delegates = { ...(settings?.delegates ?? {}), [found.action.id]: [...new Set([...current, change.who.toLowerCase()])] };
    const saved = await stores.planSettings.update(found.plan.id, { delegates }, by);
    return { kind: 'saved', plan: found.plan, settings: saved, summary: `${change.who} can now update action ${found.action.ref} of ${found.plan.name}.` };
  }

  const plan = await planNamed(stores, change.planText);
  if (Array.isArray(plan)) return { kind: 'which-plan', candidates: plan };
  const settings = await stores.planSettings.get(plan.id);
  if (!administersPlan(directory, actor, settings)) {
    return { kind: 'refused', message: `Only the administrators of ${plan.name} can change its settings.` };
  }
  if (change.kind === 'tolerance') {
    if (!Number.isFinite(change.percent) || change.percent < 0 || change.percent > 100) {
      return { kind: 'invalid', message: 'Give the tolerance as a percentage from 0 to 100, for example 5%.' };
    }
    const saved = await stores.planSettings.update(plan.id, { tolerancePercent: change.percent }, by);
    return {
      kind: 'saved',
      plan,
      settings: saved,
      summary: `Values for ${plan.name} within ${change.percent}% of their target are now Amber rather than Red.`,
    };
  }
  const administrators = [...new Set([...(settings?.administrators ?? []), change.who.toLowerCase()])];
  const saved = await stores.planSettings.update(plan.id, { administrators }, by);
  return { kind: 'saved', plan, settings: saved, summary: `${change.who} is now an administrator of ${plan.name}.` };
}
