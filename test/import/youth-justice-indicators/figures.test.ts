import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../../src/import/packs/youth-justice-indicators/figures';
import { periodEnd, sentencePeriod } from '../../../src/import/packs/youth-justice-indicators/periods';

const ctx = (family: SentenceContext['family'], area = 'Kent'): SentenceContext => ({
  family,
  area,
  region: 'South East',
  areas: ['South East', 'Kent', 'Medway'],
});

const brief = (text: string, c: SentenceContext) =>
  readFigures(text, c).map((f) => [f.value, f.measure, f.area, f.role === 'value' ? 'value' : `${f.role.kind}:${f.role.label}`]);

describe('readFigures: stock sentences for any area', () => {
  it.each([
    [
      'The most recent published data is for the year Oct 2018 to Sep 2019, where the Kent rate was 210, compared to a national performance of 236 and statistical neighbour performance of 199.',
      'fte',
      [[210, 'fte-rate', 'Kent', 'value'], [236, 'fte-rate', 'Kent', 'national:national'], [199, 'fte-rate', 'Kent', 'statistical-neighbours:statistical neighbour']],
    ],
    [
      'The frequency measure for Kent for this period was 2.90 offences per re-offender compared to the South East and England performance of 3.10 and 3.90 respectively.',
      'reoffending',
      [[2.9, 'reoffending-frequency', 'Kent', 'value'], [3.1, 'reoffending-frequency', 'Kent', 'region:South East'], [3.9, 'reoffending-frequency', 'Kent', 'england:England']],
    ],
    [
      'The national rate was 0.32 and Medway rate was 0.20 for the same period.',
      'custody',
      [[0.32, 'custody', 'Kent', 'national:national'], [0.2, 'custody', 'Kent', 'area:Medway']],
    ],
    [
      'The binary rate in Kent has been reducing since 2014/15 when it was 45.0%, representing an overall reduction of 10% over the period.',
      'reoffending',
      [[45, 'reoffending-binary', 'Kent', 'previous:previous year']],
    ],
    [
      'The range of rates nationally is from 63 to 573, placing Kent in the top quartile.',
      'fte',
      [],
    ],
    [
      'The actual numbers are low, with only 40 young people (44 in the previous year) entering the system in the period October 2018 to September 2019.',
      'fte',
      [[40, 'fte-count', 'Kent', 'value'], [44, 'fte-count', 'Kent', 'previous:previous year']],
    ],
    [
      'This is out of 12,000 young people aged 10-17 in Kent, approximately one in every 300, set out on pages 14 to 16.',
      'fte',
      [],
    ],
  ] as const)('%s', (text, family, expected) => {
    expect(brief(text, ctx(family))).toEqual(expected);
  });

  it('reads "from X to Y" as a previous figure and the current one', () => {
    const figures = readFigures('The rate improved between 2017 and 2018 from 0.17 to 0.05 custodial sentences per 1,000 youth population.', ctx('custody'));
    expect(figures.map((f) => [f.value, f.fromTo, f.role === 'value' ? 'value' : f.role.kind])).toEqual([
      [0.17, 'from', 'previous'],
      [0.05, 'to', 'value'],
    ]);
  });
});

describe('periods', () => {
  it.each([
    ['where the rate was 1 for the year Oct 2017 to Sep 2018, compared', 'Oct 2017 to Sep 2018', '2018-09-30'],
    ['data is for the calendar year 2018, where', 'calendar year 2018', '2018-12-31'],
    ['for the cohort identified between April 2016 and March 2017, whose', 'April 2016 to March 2017', '2017-03-31'],
    ['re-offending (cohort identified in 2016/17) is 33.4%', '2016/17', '2017-03-31'],
  ])('"%s" is for %s, ending %s', (text, period, end) => {
    expect(sentencePeriod(text)).toBe(period);
    expect(periodEnd(period)).toBe(end);
  });

  it('ends a short financial year on 31 March and gives nothing for "previous year"', () => {
    expect(periodEnd('14/15')).toBe('2015-03-31');
    expect(periodEnd('previous year')).toBeUndefined();
  });
});
