import type { Action, Flag, StatusScale } from './model';

/**
 * A completion word in a due cell ("End of September COMPLETED") is the source's status for the
 * action: it becomes the complete level of the plan's scale when the status column gives none, so
 * no card says both "complete" and "no status recorded". Pure: says what to set, or nothing.
 */
export function statusFromDueCell(
  action: Pick<Action, 'status' | 'due' | 'source'>,
  scale: StatusScale | undefined,
): { status: string; statusRaw: string; flag: Flag } | undefined {
  if (action.status || !action.due?.completed) return undefined;
  const level = scale?.levels.find((l) => l.complete);
  if (!level) return undefined;
  const raw = action.due.raw.replace(/\s+/g, ' ').trim();
  return {
    status: level.code,
    statusRaw: raw,
    flag: {
      code: 'status-from-due-cell',
      severity: 'info',
      message: `The due cell says the action is done ("${raw}"), so its status is ${level.label} on the plan's scale.`,
      raw: action.due.raw,
      source: action.source,
    },
  };
}
