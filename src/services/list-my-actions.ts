import { compareRefs } from '../domain/refs';
import type { Actor, Directory, DirectoryPerson } from '../domain/directory';
import { findPerson } from '../domain/directory';
import type { Action, Plan } from '../domain/model';
import { administersPlan, mayUpdate } from '../domain/update-permissions';
import type { ActionUpdate } from '../domain/updates';
import type { UpdateStores } from './update-stores';

export interface MyAction {
  action: Action;
  plan: Plan;
  latest?: ActionUpdate;
  as: 'lead' | 'delegate';
}

export interface MyActions {
  person?: DirectoryPerson;
  actions: MyAction[];
  /** Plans the caller administers (they may update any action in them). */
  administers: Plan[];
}

/** "my actions": the actions the caller leads or is a delegate for, in plan and ref order, with their newest update. */
export async function listMyActions(stores: UpdateStores, directory: Directory, actor: Actor): Promise<MyActions> {
  const [plans, actions, settingsList] = await Promise.all([
    stores.catalogue.listPlans(),
    stores.catalogue.listActions(),
    stores.planSettings.list(),
  ]);
  const settings = new Map(settingsList.map((s) => [s.planId, s]));
  const byPlan = new Map(plans.map((p) => [p.id, p]));
  const mine: Omit<MyAction, 'latest'>[] = [];
  for (const action of actions) {
    const plan = byPlan.get(action.planId);
    const permission = mayUpdate(directory, actor, action, settings.get(action.planId));
    if (!plan || !permission.allowed || permission.as === 'administrator') continue;
    mine.push({ action, plan, as: permission.as });
  }
  mine.sort((a, b) => a.plan.name.localeCompare(b.plan.name) || compareRefs(a.action.ref, b.action.ref));
  const latest = await stores.actionUpdates.latest(mine.map((m) => m.action.id));
  const person = findPerson(directory, actor);
  return {
    ...(person ? { person } : {}),
    actions: mine.map((m) => ({ ...m, ...(latest.has(m.action.id) ? { latest: latest.get(m.action.id) } : {}) })),
    administers: plans.filter((p) => administersPlan(directory, actor, settings.get(p.id))),
  };
}
