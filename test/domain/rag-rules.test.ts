import { describe, expect, it } from 'vitest';
import { currentTarget, indicatorStatus, type IndicatorStatusInput } from '../../src/domain/rag-rules';

describe('indicator status from target, polarity and tolerance', () => {
  const base = { polarity: 'lower-is-better', target: 7, tolerancePercent: 5 } as const;
  const cases: [string, IndicatorStatusInput, string | undefined, string][] = [
    ['meets a lower-is-better target', { ...base, value: 6.8 }, 'green', 'Green: 6.8 against a target of 7.0, meeting it; lower is better.'],
    ['equals the target exactly', { ...base, value: 7 }, 'green', 'Green: 7 against a target of 7, meeting it; lower is better.'],
    ['misses inside the tolerance', { ...base, value: 7.2 }, 'amber', 'Amber: 7.2 against a target of 7.0, inside the 5% tolerance; lower is better.'],
    ['misses at the edge of the tolerance', { ...base, value: 7.35 }, 'amber', 'Amber: 7.35 against a target of 7.00, inside the 5% tolerance; lower is better.'],
    ['misses beyond the tolerance', { ...base, value: 7.6 }, 'red', 'Red: 7.6 against a target of 7.0, outside the 5% tolerance; lower is better.'],
    ['higher is better and above the target', { value: 12, polarity: 'higher-is-better', target: 10, tolerancePercent: 10 }, 'green', 'Green: 12 against a target of 10, meeting it; higher is better.'],
    ['higher is better and just below', { value: 9.5, polarity: 'higher-is-better', target: 10, tolerancePercent: 10 }, 'amber', 'Amber: 9.5 against a target of 10.0, inside the 10% tolerance; higher is better.'],
    ['a percentage with its unit', { value: 64, polarity: 'lower-is-better', target: 20, unit: '%', tolerancePercent: 5 }, 'red', 'Red: 64% against a target of 20%, outside the 5% tolerance; lower is better.'],
    ['a unit written after the figure', { value: 17, polarity: 'lower-is-better', target: 16, unit: 'weeks', tolerancePercent: 10 }, 'amber', 'Amber: 17 weeks against a target of 16 weeks, inside the 10% tolerance; lower is better.'],
    ['no tolerance set by the plan', { value: 7.2, polarity: 'lower-is-better', target: 7 }, 'red', 'Red: 7.2 against a target of 7.0, missing it, and the plan sets no tolerance; lower is better.'],
    ['polarity unknown', { value: 7.2, polarity: 'unknown', target: 7, tolerancePercent: 5 }, undefined, 'No status: the plan does not say whether higher or lower is better for this indicator, its target and starting figure do not show it, and no plan administrator has set it.'],
    ['a context indicator', { value: 7.2, polarity: 'none', target: 7 }, undefined, 'No status: this indicator is for context; neither higher nor lower is better.'],
    ['no target', { value: 3, polarity: 'lower-is-better' }, undefined, 'No status: this indicator has no target.'],
    ['a direction with its reason', { value: 38, polarity: 'lower-is-better', target: 16, unit: 'weeks', directionReason: { source: 'plan', detail: "'minimise delays'" } }, 'red', "Red: 38 weeks against a target of 16 weeks, missing it, and the plan sets no tolerance; lower is better (plan: 'minimise delays')."],
    ['a target still to be agreed', { value: 3, polarity: 'higher-is-better', target: null, targetRaw: 'To be agreed' }, undefined, 'No status: the target is not a figure yet (the plan says "To be agreed").'],
  ];
  it.each(cases)('%s', (_name, input, status, reason) => {
    expect(indicatorStatus(input)).toEqual({ ...(status ? { status } : {}), reason });
  });

  it('takes the last numeric target, and the written one when none is a figure', () => {
    expect(currentTarget({ targets: [{ value: 5, raw: '5' }, { value: 4, raw: '4' }, { value: null, raw: 'tbc' }] })).toEqual({ value: 4, raw: '4' });
    expect(currentTarget({ targets: [{ value: null, raw: 'To be set' }] })).toEqual({ value: null, raw: 'To be set' });
    expect(currentTarget({ targets: [] })).toBeUndefined();
  });
});
