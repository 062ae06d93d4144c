import type { Action, StatusScale } from '../domain/model';
import { whenIn } from '../domain/update-dates';
import { statusLabel } from '../domain/update-scale';
import type { ActionUpdate } from '../domain/updates';

/**
 * An action's status now, in words, as update cards, reminders and digests show it: the latest
 * update with who gave it and when, else the status the plan was imported with; undefined when
 * there is neither (each card says that in its own words).
 */
export function statusNowText(scale: StatusScale, action: Action, latest: ActionUpdate | undefined, timeZone: string): string | undefined {
  if (latest) return `${statusLabel(scale, latest.status)} (${latest.author.name}, ${whenIn(latest.at, timeZone)})`;
  if (action.status) return `${statusLabel(scale, action.status)} (as imported from the plan)`;
  return undefined;
}
