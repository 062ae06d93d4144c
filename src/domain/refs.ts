import type { Action } from './model';

/** Whether an action sits under a plan's part: its priority's number, or its sub-priority's ("2" of "2.1"). */
export const isUnderPart = (action: Pick<Action, 'priority' | 'extra'>, part: string): boolean => action.priority === part || action.extra?.subPriority === part;

/** Plan order: 1.2 before 1.10, 1A before 1B, as the council numbers them (never as text). */
export function compareRefs(a: string, b: string): number {
  const [pa, pb] = [partsOf(a), partsOf(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const [x, y] = [pa[i], pb[i]];
    const diff = x?.n !== undefined && y?.n !== undefined ? x.n - y.n : (x?.text ?? '').localeCompare(y?.text ?? '');
    if (diff !== 0) return diff;
  }
  return 0;
}

/** A ref's runs of digits and of anything else ("1.10" -> 1, ".", 10), read once: a list of thousands of actions is sorted by them. */
function partsOf(ref: string): RefPart[] {
  let parts = refParts.get(ref);
  if (!parts) {
    if (refParts.size >= REFS_KEPT) refParts.clear();
    parts = ref
      .split(/(\d+)/)
      .filter(Boolean)
      .map((text) => (/^\d+$/.test(text) ? { text, n: Number(text) } : { text }));
    refParts.set(ref, parts);
  }
  return parts;
}
interface RefPart {
  text: string;
  /** Its number, when it is all digits. */
  n?: number;
}
const refParts = new Map<string, RefPart[]>();
const REFS_KEPT = 20000;
