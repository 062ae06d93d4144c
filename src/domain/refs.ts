import type { Action } from './model';

/** Whether an action sits under a plan's part: its priority's number, or its sub-priority's ("2" of "2.1"). */
export const isUnderPart = (action: Pick<Action, 'priority' | 'extra'>, part: string): boolean => action.priority === part || action.extra?.subPriority === part;

/** Plan order: 1.2 before 1.10, 1A before 1B, as the council numbers them (never as text). */
export function compareRefs(a: string, b: string): number {
  const parts = (ref: string) => ref.split(/(\d+)/).filter(Boolean);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const [x, y] = [pa[i] ?? '', pb[i] ?? ''];
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return diff;
  }
  return 0;
}
