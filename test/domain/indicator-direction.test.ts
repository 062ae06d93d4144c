import { describe, expect, it } from 'vitest';
import { directionFromBaseline, directionFromWords, directionText, settleIndicator, targetStateOf, withDirection } from '../../src/domain/indicator-direction';
import type { Indicator } from '../../src/domain/model';
import { lexicon } from '../../src/language/lexicon';

const words = lexicon.targets;
const indicator = (over: Partial<Indicator>): Indicator => ({
  id: 'i', name: 'Number of weeks in PLO', aliases: [], unit: 'weeks', polarity: 'unknown', values: [], targets: [], comparators: [],
  source: { documentId: 'd' }, flags: [], ...over,
});
const m = (value: number | null, raw: string) => ({ value, raw });

describe('target states', () => {
  it.each([
    [[m(16, '16 weeks')], 'set'],
    [[m(null, 'To be agreed')], 'to-be-agreed'],
    [[m(null, 'TBA')], 'to-be-agreed'],
    [[m(null, 'TBC')], 'to-be-agreed'],
    [[m(null, 'To be set')], 'to-be-set'],
    [[m(null, 'TBD')], 'to-be-set'],
    [[m(null, 'Above the national average')], 'set'],
    [[], 'none'],
  ] as const)('%j is %s', (targets, state) => {
    expect(targetStateOf({ targets: [...targets] }, words)).toBe(state);
  });
});

describe('direction', () => {
  it.each([
    ['Embed tracking to minimise delays for children', 'lower-is-better'],
    ['Reduce the number of weeks children spend in PLO', 'lower-is-better'],
    ['Lower is better', 'lower-is-better'],
    ['Increase weeks in PLO', 'higher-is-better'],
  ] as const)('reads "%s" as %s', (text, polarity) => {
    expect(directionFromWords(indicator({}), [text], words)?.polarity).toBe(polarity);
  });

  it('does not take a cue about something else, nor "delays" for a measure that is not a time', () => {
    expect(directionFromWords(indicator({}), ['Increase the number of foster carers'], words)).toBeUndefined();
    expect(directionFromWords(indicator({ name: 'Contacts to referrals', unit: '%' }), ['minimise delays for children'], words)).toBeUndefined();
  });

  it('takes a target below the starting figure as lower is better, above as higher, equal as nothing', () => {
    expect(directionFromBaseline(indicator({ values: [m(38, '38 weeks')], targets: [m(16, '16 weeks')] }))?.polarity).toBe('lower-is-better');
    expect(directionFromBaseline(indicator({ values: [m(51, '51%')], targets: [m(58, '58%')] }))?.polarity).toBe('higher-is-better');
    expect(directionFromBaseline(indicator({ values: [m(5, '5')], targets: [m(5, '5')] }))).toBeUndefined();
  });

  it("puts the plan's words before the baseline, and an administrator's only where both are silent", () => {
    const plo = settleIndicator(indicator({ values: [m(10, '10 weeks')], targets: [m(16, '16 weeks')] }), ['to minimise delays'], words);
    expect(plo).toMatchObject({ polarity: 'lower-is-better', polarityReason: { source: 'plan' } });
    const set = { polarity: 'higher-is-better' as const, by: { name: 'Ada Admin' }, at: '2026-11-20T09:30:00.000Z' };
    expect(withDirection(plo, set)).toBe(plo);
    const silent = settleIndicator(indicator({ name: 'Audits', unit: undefined }), [], words);
    expect(silent.polarity).toBe('unknown');
    expect(directionText('higher-is-better', withDirection(silent, set).polarityReason)).toBe(
      'higher is better (set by Ada Admin, a plan administrator, on 20 November 2026)',
    );
  });
});
