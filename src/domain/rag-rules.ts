import { directionText } from './indicator-direction';
import type { DirectionReason, Indicator, Polarity } from './model';

/**
 * The status of an indicator value against its target: Green when it meets the target, Amber when it
 * misses by no more than the plan's tolerance (a percentage of the target), Red beyond that. Pure.
 *
 * @remarks
 * No status is given when the target or the polarity is unknown: guessing which way is better would
 * put a colour on a figure nobody defined. The reason always says, in words, which numbers gave it.
 */
export type IndicatorRag = 'green' | 'amber' | 'red';

/** "Green", "Amber", "Red": an indicator status as the papers write it. */
export function ragLabel(status: IndicatorRag): string {
  return status === 'green' ? 'Green' : status === 'amber' ? 'Amber' : 'Red';
}

export interface IndicatorStatus {
  status?: IndicatorRag;
  reason: string;
}

export interface IndicatorStatusInput {
  value: number;
  polarity: Polarity;
  target?: number | null;
  /** The target as written, when it is not a number ("To be agreed"). */
  targetRaw?: string;
  unit?: string;
  /** Percent of the target a value may miss by and still be Amber; absent = no tolerance. */
  tolerancePercent?: number;
  /** Where the direction comes from (the plan's words, the baseline, an administrator), said in the reason. */
  directionReason?: DirectionReason;
}

/** The target that applies now: the last one the source gives as a number. */
export function currentTarget(indicator: Pick<Indicator, 'targets'>): { value: number | null; raw?: string } | undefined {
  const numeric = indicator.targets.filter((t) => t.value !== null);
  const chosen = numeric.at(-1) ?? indicator.targets.at(-1);
  return chosen ? { value: chosen.value, raw: chosen.raw } : undefined;
}

const decimalsOf = (n: number) => (Number.isInteger(n) ? 0 : (String(n).split('.')[1]?.length ?? 0));

/** A figure with its unit, as a person would write it: "64%", "38 weeks". */
export function formatFigure(n: number, decimals: number, unit?: string): string {
  const text = n.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  if (!unit || unit === 'count') return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

// NOTE: floating point: 7.35 against 7.0 at 5% must be inside (7.35 - 7 = 0.3500000000000005).
const EPSILON = 1e-9;

/** Works out the status of `input.value` and the reason, or why there is none. */
export function indicatorStatus(input: IndicatorStatusInput): IndicatorStatus {
  const { value, polarity, target, unit } = input;
  if (target === undefined || target === null) {
    const written = input.targetRaw?.trim();
    return {
      reason: written
        ? `No status: the target is not a figure yet (the plan says "${written}").`
        : 'No status: this indicator has no target.',
    };
  }
  if (polarity === 'unknown') {
    return {
      reason:
        'No status: the plan does not say whether higher or lower is better for this indicator, its target and starting ' +
        'figure do not show it, and no plan administrator has set it.',
    };
  }
  if (polarity === 'none') {
    return { reason: 'No status: this indicator is for context; neither higher nor lower is better.' };
  }

  const decimals = Math.max(decimalsOf(value), decimalsOf(target));
  const against = `${formatFigure(value, decimals, unit)} against a target of ${formatFigure(target, decimals, unit)}`;
  const direction = directionText(polarity, input.directionReason);
  const shortfall = polarity === 'lower-is-better' ? value - target : target - value;
  if (shortfall <= EPSILON) return { status: 'green', reason: `${ragLabel('green')}: ${against}, meeting it; ${direction}.` };

  const tolerance = input.tolerancePercent;
  if (tolerance === undefined || tolerance <= 0) {
    return { status: 'red', reason: `${ragLabel('red')}: ${against}, missing it, and the plan sets no tolerance; ${direction}.` };
  }
  const band = (Math.abs(target) * tolerance) / 100;
  const status = shortfall <= band + EPSILON ? 'amber' : 'red';
  return {
    status,
    reason: `${ragLabel(status)}: ${against}, ${status === 'amber' ? 'inside' : 'outside'} the ${tolerance}% tolerance; ${direction}.`,
  };
}
