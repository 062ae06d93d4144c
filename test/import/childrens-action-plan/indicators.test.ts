import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/domain/model';
import { parseChildrensActionPlan } from '../../../src/import/packs/childrens-action-plan/parse-childrens-action-plan';

const lines = readFileSync('seeds/packs/004_7add0319b591a1f2.txt', 'utf8').split('\n');
const result = parseChildrensActionPlan({ documentId: '004', fileName: '004.txt', lines, council: 'Medway', pageOfLine: () => undefined });
const indicators = result.indicators ?? [];
const of = (ref: string): Indicator[] => indicators.filter((i) => i.actionRef === ref);
const values = (list: Indicator[]) => list.map((i) => i.values.map((v) => v.value));
const targets = (list: Indicator[]) => list.map((i) => i.targets.map((t) => t.value));

describe('Medway children\'s plan (004): indicators', () => {
  it('makes one indicator per measure with a figure or target placeholder', () => {
    expect(indicators).toHaveLength(30);
    expect(indicators.every((i) => i.planId === 'medway/medway-childrens-services-action-plan' && i.area === 'Medway')).toBe(true);
    expect(new Set(indicators.map((i) => i.id)).size).toBe(30);
    expect(of('1.22')).toEqual([]);
    expect(of('2.1')).toEqual([]);
  });

  it('splits the three measures stacked in 1.1, each with its own value and target', () => {
    const list = of('1.1');
    expect(list.map((i) => i.name)).toEqual(['Contacts to referrals', 'Referrals going on to assessment', 'Rate of assessment closed NFA']);
    expect(values(list)).toEqual([[51], [93], [57]]);
    expect(targets(list)).toEqual([[58], [92], [45]]);
    expect(list[0].values[0]).toMatchObject({ raw: '51% (Year to date October 2019)', period: 'Year to date October 2019', periodEnd: '2019-10-31' });
    expect(list.every((i) => i.unit === '%')).toBe(true);
  });

  it('matches the two benchmark figures of 1.1 to the measures whose own figures they sit beside, flagged', () => {
    const list = of('1.1');
    expect(list.map((i) => i.comparators.map((c) => [c.kind, c.value]))).toEqual([
      [],
      [['national', 92], ['statistical-neighbours', 92]],
      [['national', 29], ['statistical-neighbours', 31]],
    ]);
    for (const indicator of list) {
      const flags = indicator.flags.filter((f) => f.code === 'benchmarks-aligned-by-figures');
      expect(flags.map((f) => f.severity)).toEqual(['ambiguous', 'ambiguous']);
      expect(flags[0].message).toContain('measures 2 and 3');
    }
  });

  it('reads 1.9: 38 weeks against a target of 16 weeks', () => {
    const [plo] = of('1.9');
    expect(plo.name).toBe('Number of weeks in PLO');
    expect(plo.unit).toBe('weeks');
    expect(plo.values[0]).toMatchObject({ value: 38, period: 'average of PLO ending in last six months' });
    expect(plo.targets[0]).toMatchObject({ value: 16, raw: '16 weeks' });
  });

  it('splits the two measures of 1.15 by name, the targets one each, the lone current figure kept raw', () => {
    const list = of('1.15');
    expect(list.map((i) => i.name)).toEqual([
      'Number of in-house carers approved for 14-17 years olds',
      '14-17year olds with more than one placement move in last year',
    ]);
    expect(targets(list)).toEqual([[110], [5]]);
    for (const indicator of list) {
      expect(indicator.values).toEqual([expect.objectContaining({ value: null, raw: '8' })]);
      expect(indicator.flags.find((f) => f.code === 'stacked-values-unmatched')?.severity).toBe('ambiguous');
    }
  });

  it('keeps the figures of 1.6 in order but flags the names it cannot split', () => {
    const list = of('1.6');
    expect(values(list)).toEqual([[69], [58]]);
    expect(targets(list)).toEqual([[75], [75]]);
    expect(list[0].flags.map((f) => f.code)).toContain('stacked-measure-names-unsplit');
  });

  it('reads a national benchmark naming England as an England comparator (1.12)', () => {
    const [adoption] = of('1.12');
    expect(adoption.unit).toBe('days');
    expect(adoption.comparators).toEqual([expect.objectContaining({ kind: 'england', value: 486, label: 'National Benchmark' })]);
  });

  it.each([
    ['2.3', 'Agency social worker rate (in assessment and area teams)', 34.6, 20],
    ['2.6', '% of Social Workers above target caseload in the area teams (CS dashboard)', 64, 20],
  ])('layout B: takes the name of %s from the end of Success Measures', (ref, name, value, target) => {
    const [indicator] = of(ref);
    expect(indicator.name).toBe(name);
    expect(indicator.values[0].value).toBe(value);
    expect(indicator.targets[0].value).toBe(target);
  });

  it('layout C: separates the current figure written inside the target (5.4 from its continuation row, 5.9)', () => {
    const [health] = of('5.4');
    expect(health.name).toBe('% of Initial Health Assessments within 28 days of coming into care');
    expect(health.targets[0]).toMatchObject({ value: 80, raw: '80%' });
    expect(health.values[0]).toMatchObject({ value: 59, period: 'year to date' });
    expect(health.source).toMatchObject({ lineStart: 1204, lineEnd: 1207 });
    const [pep] = of('5.9');
    expect([pep.name, pep.values[0].value, pep.targets[0].value]).toEqual(['PEP Reviews in timescales', 85, 95]);
  });

  it('pairs labelled figures by label (4.4 CP / IRO)', () => {
    const list = of('4.4');
    expect(list.map((i) => [i.name, i.values[0].value, i.targets[0].value])).toEqual([
      ['Caseloads in CPC and IRO Service reduced (CP)', 87, 75],
      ['Caseloads in CPC and IRO Service reduced (IRO)', 75, 70],
    ]);
    expect(list.every((i) => i.polarity === 'lower-is-better')).toBe(true);
  });

  it('keeps "To be agreed" targets as placeholders with no value (1.20)', () => {
    const [apprenticeships] = of('1.20');
    expect(apprenticeships.values).toEqual([]);
    expect(apprenticeships.targets).toEqual([expect.objectContaining({ value: null, raw: 'To be agreed' })]);
  });

  it('sets polarity only where the text states a direction', () => {
    const polarity = Object.fromEntries(indicators.map((i) => [i.name, i.polarity]));
    expect(polarity['Net gain in number of Medway foster carer households']).toBe('higher-is-better');
    expect(polarity['% unfilled posts (includes']).toBe('lower-is-better');
    expect(polarity['Number of weeks in PLO']).toBe('unknown');
    expect(polarity['Agency social worker rate (in assessment and area teams)']).toBe('unknown');
  });
});
