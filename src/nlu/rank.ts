import type { CatalogueIndex } from './catalogue-index';
import type { Intent } from './intents';
import type { Query } from './query';
import { type ReadContext, type Reading, scoreReading, slotCues } from './reading';

/** Below this, no reading of the question is trusted: the papers are searched instead. */
export const ACCEPT = 0.55;
/** A second subject scoring within this share of the best is "about equally" good: ask back. */
export const AMBIGUITY_RATIO = 0.92;
const MAX_CHOICES = 5;

export interface Ranked {
  reading: Reading;
  score: number;
}

/** Scores every reading, best first, one per subject. */
export function rankReadings(readings: Reading[], query: Query, index: CatalogueIndex): Ranked[] {
  const best = new Map<string, Ranked>();
  for (const reading of readings) {
    const score = scoreReading(reading, query, index);
    const current = best.get(reading.key);
    if (!current || score > current.score) best.set(reading.key, { reading, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Decides between answering, asking back and searching the papers. Never picks at random: when two
 * different subjects score about equally, the person chooses.
 */
export function decide(ranked: Ranked[], ctx: ReadContext): Intent {
  const top = ranked[0];
  const papers = ctx.tags.has('papers');
  if (!top || top.score < ACCEPT || (papers && top.score < 0.85)) return passage(ctx, ranked);
  const close = ranked.filter((r) => r !== top && r.score >= ACCEPT && r.score >= top.score * AMBIGUITY_RATIO);
  if (close.length === 0) return top.reading.intent;
  const choices = [top, ...close].slice(0, MAX_CHOICES).map((r) => r.reading.choice);
  const unique = choices.filter((c, i) => choices.findIndex((d) => d.text === c.text) === i);
  if (unique.length < 2) return top.reading.intent;
  return { kind: 'ask-back', prompt: `"${ctx.original}" could mean more than one thing. Which did you mean?`, choices: unique };
}

function passage(ctx: ReadContext, ranked: Ranked[]): Intent {
  // The subject words only: cue words ("target", "when") say what is wanted, not what about.
  const terms = ctx.query.slots
    .filter((s) => !s.soft && slotCues(s).every((c) => c === 'papers'))
    .map((s) => [...new Set([...s.terms, ...s.matches.flat().map((m) => m.term), ...s.alternatives.filter((a) => a.terms.length === 1).flatMap((a) => a.terms)])]);
  const suggestions = ranked.filter((r) => r.score >= ACCEPT * 0.75).slice(0, 3).map((r) => r.reading.choice);
  const strict = strictCues.some((t) => ctx.tags.has(t));
  return { kind: 'passage', query: ctx.original, terms, suggestions, ...(strict ? { strict } : {}) };
}

/** Questions about an action's lead, date or progress, or a figure's target: the papers' prose rarely answers them. */
const strictCues = ['action', 'lead', 'due', 'late', 'update', 'target', 'comparator'] as const;
