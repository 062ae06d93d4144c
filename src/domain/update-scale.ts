import type { StatusLevel, StatusScale } from './model';

/**
 * How a plan's own status scale is read for updates: which levels need an explanation and which one
 * means done. Pure; works for B/G/A/R, "No improvement ... Complete", or any ranked scale.
 */

/** The level with this code (codes compared without regard to case). */
export function levelOf(scale: StatusScale, code: string | undefined): StatusLevel | undefined {
  if (!code) return undefined;
  const wanted = code.trim().toLowerCase();
  return scale.levels.find((l) => l.code.toLowerCase() === wanted);
}

/** The levels an officer picks from, best first (Blue, Green, Amber, Red), as the plan defines them. */
export function choicesOf(scale: StatusScale): StatusLevel[] {
  return [...scale.levels].sort((a, b) => b.rank - a.rank);
}

/**
 * The bottom levels (Red and Amber, or their equivalents by rank): the two lowest ranks short of
 * complete, never the best level short of complete, so a two-level scale has one and a RAG scale two.
 */
export function levelsNeedingExplanation(scale: StatusScale): StatusLevel[] {
  const open = scale.levels.filter((l) => !l.complete).sort((a, b) => a.rank - b.rank);
  return open.slice(0, Math.min(2, Math.max(open.length - 1, 0)));
}

export function needsExplanation(scale: StatusScale, code: string): boolean {
  return levelsNeedingExplanation(scale).some((l) => l.code === levelOf(scale, code)?.code);
}

/** The level meaning the action is done; when no level is marked complete, none is. */
export function completeLevel(scale: StatusScale): StatusLevel | undefined {
  return scale.levels.find((l) => l.complete);
}

/** "Amber" or, for a code the scale lacks, the code itself: history keeps what was stored. */
export function statusLabel(scale: StatusScale, code: string | undefined): string {
  if (!code) return 'no status';
  return levelOf(scale, code)?.label ?? code;
}

/** "Red or Amber", "No improvement or Some progress": for messages about the bottom levels. */
export function bottomLabels(scale: StatusScale): string {
  const labels = levelsNeedingExplanation(scale).map((l) => l.label);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/** One status change in words: "from Amber to Green", "set to Green (no status before)", "kept at Amber". */
export function statusChange(scale: StatusScale, from: string | undefined, to: string): string {
  const label = statusLabel(scale, to);
  if (!from) return `set to ${label} (no status before)`;
  if (from === to) return `kept at ${label}`;
  return `from ${statusLabel(scale, from)} to ${label}`;
}
