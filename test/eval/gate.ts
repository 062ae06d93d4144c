/**
 * The targets `npm run eval` gates on, one per part of the run, and the lines that say whether each
 * was met.
 *
 * @remarks
 * The blind set's target is lower than the development set's: it is never tuned on, so it measures
 * how far the tuning generalises, and 90% there is worth more than 95% on questions the engine has
 * seen. A wrong figure is never acceptable in either. Robustness is the share of all variants that
 * still meet their original's expectation (a variant of a question the engine already misses counts
 * against it too); the share among variants of right questions is printed beside it.
 */
export const runParts = ['blind', 'blind2', 'blind3', 'blind4', 'blind5', 'dev', 'robust'] as const;
export type RunPart = (typeof runParts)[number];

export interface Target {
  share: number;
  /** Most wrong figures allowed; absent: not gated. */
  wrongFigures?: number;
}

export const targets: Record<RunPart, Target> = {
  blind: { share: 0.9, wrongFigures: 0 },
  blind2: { share: 0.9, wrongFigures: 0 },
  blind3: { share: 0.9, wrongFigures: 0 },
  blind4: { share: 0.9, wrongFigures: 0 },
  blind5: { share: 0.9, wrongFigures: 0 },
  dev: { share: 0.95, wrongFigures: 0 },
  robust: { share: 0.95 },
};

export interface Count {
  right: number;
  total: number;
}

/** What one part of the run came to. */
export interface Outcome extends Count {
  part: RunPart;
  wrongFigures: number;
  /** Robustness only: the variants whose original question is answered right. */
  held?: Count;
}

export const percent = (c: Count): string => `${(c.total ? (100 * c.right) / c.total : 0).toFixed(1)}%`;
const asPercent = (share: number) => `${Math.round(share * 100)}%`;

/** True when the part asked something, reached its share, and stayed within its wrong figures. */
export function meets(outcome: Outcome): boolean {
  const target = targets[outcome.part];
  const shareMet = outcome.total > 0 && outcome.right / outcome.total >= target.share;
  return shareMet && (target.wrongFigures === undefined || outcome.wrongFigures <= target.wrongFigures);
}

/** One line a part: its figure against its target, met or not met. */
export function gateLines(outcomes: Outcome[]): string[] {
  return outcomes.map((o) => {
    const target = targets[o.part];
    const wrong = target.wrongFigures === undefined ? '' : `, ${o.wrongFigures} wrong figures (needed ${target.wrongFigures})`;
    return `  ${o.part.padEnd(7)} ${percent(o)} right (needed ${asPercent(target.share)})${wrong}: ${meets(o) ? 'met' : 'not met'}`;
  });
}

/** The last line of the run, for scripts: `eval: blind 123/150 (82.0%) wrong 0; dev ...; robust ...`. */
export function summaryLine(outcomes: Outcome[]): string {
  const part = (o: Outcome) => {
    const held = o.held ? ` held ${o.held.right}/${o.held.total} (${percent(o.held)})` : '';
    return `${o.part} ${o.right}/${o.total} (${percent(o)}) wrong ${o.wrongFigures}${held}`;
  };
  return `eval: ${outcomes.map(part).join('; ')}`;
}

/** The exit code's verdict: every part that ran met its target (and something ran). */
export const gatePassed = (outcomes: Outcome[]): boolean => outcomes.length > 0 && outcomes.every(meets);
