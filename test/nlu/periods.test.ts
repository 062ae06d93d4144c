import { describe, expect, it } from 'vitest';
import { financialQuarter, financialYearOf, periodWordPositions, readPeriod } from '../../src/nlu/periods';
import { rawTokens } from '../../src/nlu/text';

// 20 November 2026: the third quarter of financial year 2026/27.
const today = new Date(2026, 10, 20, 12);
const period = (text: string) => {
  const p = readPeriod(rawTokens(text), today);
  return p ? { from: p.from, to: p.to } : undefined;
};

describe('the period grammar (UK financial year: April to March, Q1 = April to June)', () => {
  it.each([
    ['actions due in january 2020', { from: '2020-01-01', to: '2020-01-31' }],
    ['due by the end of march 2020', { from: undefined, to: '2020-03-31' }],
    ['due before april 2020', { from: undefined, to: '2020-03-31' }],
    ['due after june 2020', { from: '2020-07-01', to: undefined }],
    ['due in 2019/20', { from: '2019-04-01', to: '2020-03-31' }],
    ['due in 19/20', { from: '2019-04-01', to: '2020-03-31' }],
    ['due in q1 2019/20', { from: '2019-04-01', to: '2019-06-30' }],
    ['due in q4 2019/20', { from: '2020-01-01', to: '2020-03-31' }],
    ['anything due this quarter', { from: '2026-10-01', to: '2026-12-31' }],
    ['due in Q3', { from: '2026-10-01', to: '2026-12-31' }],
    ['due this financial year', { from: '2026-04-01', to: '2027-03-31' }],
    ['due next financial year', { from: '2027-04-01', to: '2028-03-31' }],
    ['due this month', { from: '2026-11-01', to: '2026-11-30' }],
    ['due next month', { from: '2026-12-01', to: '2026-12-31' }],
    ['due by 31/03/2020', { from: undefined, to: '2020-03-31' }],
    ['due by 31 march 2020', { from: undefined, to: '2020-03-31' }],
    ['cabinet on 14 jan 2020', { from: '2020-01-14', to: '2020-01-14' }],
    ['due in march', { from: '2027-03-01', to: '2027-03-31' }],
  ])('%j', (text, expected) => {
    expect(period(text)).toEqual(expected);
  });

  it('takes "may" as a month only where a date is expected', () => {
    expect(period('what may happen to the plan')).toBeUndefined();
    expect(period('actions due in may 2020')).toEqual({ from: '2020-05-01', to: '2020-05-31' });
  });

  it.each(['fte oct 17 - sep 18', 'fte oct-17 to sep-18', 'fte october 17 until september 18', 'fte Oct 17 Sept 18'])(
    'reads two digits after each month of a range as years: "%s"',
    (text) => {
      const tokens = rawTokens(text);
      expect(readPeriod(tokens, today)).toMatchObject({ from: '2017-10-01', to: '2017-10-31', label: 'October 2017' });
      expect([...periodWordPositions(tokens, today)].sort()).toEqual(tokens.map((_, n) => n).slice(1));
    },
  );

  it.each([
    ['due by march 2020', 'by March 2020'],
    ['due by the end of march 2020', 'by March 2020'],
    ['due before april 2020', 'before April 2020'],
    ['due after january 2020', 'after January 2020'],
    ['due by 15 march 2020', 'by 15 March 2020'],
  ])('labels "%s" as precisely as it is said: %s', (text, label) => {
    expect(readPeriod(rawTokens(text), today)?.label).toBe(label);
  });

  it('does not read two digits after a month alone as a year: "oct 17" may be a day', () => {
    expect(readPeriod(rawTokens('fte oct 17'), today)?.yearless).toBe(true);
    expect(period('fte oct 17 and the target')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });

  it('marks a day or month named without a year', () => {
    expect(readPeriod(rawTokens('the 16 sept meeting'), today)?.yearless).toBe(true);
    expect(readPeriod(rawTokens('the 16 sept 2019 meeting'), today)?.yearless).toBeUndefined();
  });

  it.each([
    [new Date(2020, 2, 31), 2019],
    [new Date(2020, 3, 1), 2020],
  ])('puts %s in the financial year starting %i', (date, fy) => {
    expect(financialYearOf(date)).toBe(fy);
  });

  it('knows the quarters of a financial year', () => {
    const q2 = financialQuarter(2019, 2);
    expect([q2.from.getMonth(), q2.to.getMonth(), q2.to.getDate()]).toEqual([6, 8, 30]);
  });
});

describe('the words of every period a question names', () => {
  it.each([
    ['dfg 17/18 v 18/19', [1, 3]],
    ['spend in 2017/18 and in 2018/19', [2, 5]],
    ['figures for march 2019 against march 2020', [2, 3, 5, 6]],
    ['reoffending rate', []],
  ])('"%s" has its dates at %j', (text, positions) => {
    expect(periodWordPositions(rawTokens(text), today)).toEqual(positions);
  });
});
