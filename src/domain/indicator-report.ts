import type { DirectionReason, Indicator, TargetState } from './model';
import { currentTarget } from './rag-rules';

type Source = DirectionReason['source'] | 'none';

/** What an import read about indicators' targets and directions, and how many can be given a status. */
export interface IndicatorStatusSummary {
  indicators: number;
  targetStates: Record<TargetState, number>;
  /** Indicators with a direction, by where it comes from; `none`: no direction (or context only). */
  directions: Record<Source, number>;
  /** Indicators a status can be worked out for now (a figure, a numeric target and a direction), by the direction's source. */
  withStatus: { count: number; percent: number; bySource: Record<Source, number> };
}

const sourceOf = (i: Pick<Indicator, 'polarity' | 'polarityReason'>): Source =>
  i.polarity === 'higher-is-better' || i.polarity === 'lower-is-better' ? (i.polarityReason?.source ?? 'plan') : 'none';

/** Counts target states, directions and the indicators that can have a status. Pure. */
export function summariseIndicators(indicators: Indicator[]): IndicatorStatusSummary {
  const targetStates: Record<TargetState, number> = { set: 0, 'to-be-agreed': 0, 'to-be-set': 0, none: 0 };
  const directions: Record<Source, number> = { plan: 0, baseline: 0, administrator: 0, none: 0 };
  const bySource: Record<Source, number> = { plan: 0, baseline: 0, administrator: 0, none: 0 };
  for (const i of indicators) {
    targetStates[i.targetState ?? (i.targets.length === 0 ? 'none' : 'set')] += 1;
    const source = sourceOf(i);
    directions[source] += 1;
    const figure = i.values.some((v) => v.value !== null);
    if (source !== 'none' && figure && currentTarget(i)?.value != null) bySource[source] += 1;
  }
  const count = bySource.plan + bySource.baseline + bySource.administrator;
  const percent = indicators.length === 0 ? 0 : Math.round((count / indicators.length) * 1000) / 10;
  return { indicators: indicators.length, targetStates, directions, withStatus: { count, percent, bySource } };
}

/** The summary as lines for the import report. */
export function formatIndicatorSummary(s: IndicatorStatusSummary): string[] {
  const t = s.targetStates;
  const d = s.directions;
  const w = s.withStatus;
  return [
    `  Indicator targets: ${t.set} set, ${t['to-be-agreed']} to be agreed, ${t['to-be-set']} to be set, ${t.none} none`,
    `  Which way is better: ${d.plan} from the plan's words, ${d.baseline} from the target against the starting figure, ` +
      `${d.administrator} set by an administrator, ${d.none} not known`,
    `  With a status now: ${w.count} of ${s.indicators} indicators (${w.percent}%): ${w.bySource.plan} by the plan's words, ` +
      `${w.bySource.baseline} by the baseline, ${w.bySource.administrator} by an administrator; ` +
      'the rest lack a figure, a numeric target or a direction',
  ];
}
