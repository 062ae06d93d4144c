import type { Action, Plan } from '../../domain/model';
import { dateIn } from '../../domain/update-dates';
import { levelOf } from '../../domain/update-scale';
import type { ActionUpdate } from '../../domain/updates';

/** An action still needs updating unless its newest status (or, with none, the plan's) is the complete level. */
export function isOpen(action: Action, plan: Plan, latest: ActionUpdate | undefined): boolean {
  if (latest) return !levelOf(plan.scale, latest.status)?.complete;
  if (action.due?.completed) return false;
  return !levelOf(plan.scale, action.status)?.complete;
}

/** True when the action's newest update was made after `opensAfter` (a local date). */
export function updatedAfter(latest: ActionUpdate | undefined, opensAfter: string, timeZone: string): boolean {
  return !!latest && dateIn(latest.at, timeZone) > opensAfter;
}

/** The date an action is now due: the revised date of its newest update, else the plan's. */
export function dueDateOf(action: Action, latest: ActionUpdate | undefined): string | undefined {
  return latest?.revisedDue ?? action.due?.date;
}
