import { describe, expect, it } from 'vitest';
import { dateAtPrecision, parseDueDate } from '../../src/domain/due-date';
import type { DueDate } from '../../src/domain/model';

type Expected = Omit<DueDate, 'raw'>;

// Every by-when text of the Medway children's plan (004), then formats from the other packs.
const CASES: [string, Expected][] = [
  ['January 2020', { date: '2020-01-31', precision: 'month' }],
  // A misspelt month is not read as the whole year (that would be a deadline eleven months late).
  ['Jnauary 2020', {}],
  ['Ocotber 2019', {}],
  ['Febuary 2021', {}],
  ['Spring 2020', { date: '2020-12-31', precision: 'year' }],
  ['February 2020', { date: '2020-02-29', precision: 'month' }],
  ['Ongoing from October 2019', { from: '2019-10-01', recurrence: 'ongoing' }],
  ['Quarterly from September 2019', { from: '2019-09-01', recurrence: 'quarterly' }],
  ['From November 2019 Foster Carers will be trained by March 2020', { from: '2019-11-01', date: '2020-03-31', precision: 'month' }],
  ['End of September COMPLETED', { completed: true }],
  ['Termly reviews in line with academic year', { recurrence: 'termly' }],
  ['In progress', {}],
  ['By April 2020 As part of Contract Monitoring', { date: '2020-04-30', precision: 'month' }],
  ['Strategy signed off by December 2020', { date: '2020-12-31', precision: 'month' }],
  ['March 2020 phased approach', { date: '2020-03-31', precision: 'month' }],
  ['March 2020; phased approach', { date: '2020-03-31', precision: 'month' }],
  ['End January 2020', { date: '2020-01-31', precision: 'month' }],
  ['End of November 2019', { date: '2019-11-30', precision: 'month' }],
  ['End November', {}],
  ['In Progress Pilot Project commenced October 2019 April 2020', { from: '2019-10-01', date: '2020-04-30', precision: 'month' }],
  ['Ongoing – review impact in January 2020', { date: '2020-01-31', recurrence: 'ongoing', precision: 'month' }],
  ['Ongoing September 2019', { from: '2019-09-01', recurrence: 'ongoing' }],
  ['Launched by April 2020', { date: '2020-04-30', precision: 'month' }],
  ['By the end of January 2020', { date: '2020-01-31', precision: 'month' }],
  ['Report by November 2019', { date: '2019-11-30', precision: 'month' }],
  [
    'Strategy by end of December 2019; Practice Managers programme in place to run from November 2019',
    { date: '2019-12-31', from: '2019-11-01', precision: 'month' },
  ],
  ['Training programme commissioned by March 2020', { date: '2020-03-31', precision: 'month' }],
  ['Options paper complete by end of December 2019; Decision by January 2020', { date: '2020-01-31', precision: 'month' }],
  ['Programme to run from November 2019', { from: '2019-11-01' }],
  ['Meetings in diary from November 2019', { from: '2019-11-01' }],
  ['Commencing December 2019', { from: '2019-12-01' }],
  ['Launch January 2020', { date: '2020-01-31', precision: 'month' }],
  ['Business case produced by end of November; decision by end of December 2019', { date: '2019-12-31', precision: 'month' }],
  ['October to December 2019', { from: '2019-10-01', date: '2019-12-31', precision: 'month' }],
  // Other packs: financial years, quarters, numeric dates, abbreviations.
  ['2019/20', { date: '2020-03-31', precision: 'financial-year' }],
  ['2019/2020', { date: '2020-03-31', precision: 'financial-year' }],
  ['19/20', { date: '2020-03-31', precision: 'financial-year' }],
  ['2017-18', { date: '2018-03-31', precision: 'financial-year' }],
  ['Q3 2019/20', { date: '2019-12-31', precision: 'quarter' }],
  ['Q1 2020/21', { date: '2020-06-30', precision: 'quarter' }],
  ['Q4 2019/20', { date: '2020-03-31', precision: 'quarter' }],
  ['Q1/Q2', {}],
  ['31/03/2020', { date: '2020-03-31', precision: 'day' }],
  ['07/10/19', { date: '2019-10-07', precision: 'day' }],
  ['29/02/2019', {}],
  ['March 2020 and ongoing', { date: '2020-03-31', recurrence: 'ongoing', precision: 'month' }],
  ['Dec 2019', { date: '2019-12-31', precision: 'month' }],
  ['Sept 2019', { date: '2019-09-30', precision: 'month' }],
  ['Oct/Nov 2019', { date: '2019-11-30', precision: 'month' }],
  ['Ongoing', { recurrence: 'ongoing' }],
  ['Completed', { completed: true }],
  ['JANUARY 18', {}],
  ['HUB OPERATIONAL FROM OCT 17', {}],
  ['TBC', {}],
  ['Decision as to whether additional funding is available', {}],
  ['', {}],
];

describe('parseDueDate', () => {
  it.each(CASES)('%s', (raw, expected) => {
    expect(parseDueDate(raw)).toEqual({ raw, ...expected });
  });

  it('keeps the raw text verbatim, spacing included', () => {
    expect(parseDueDate('  By April 2020\n As part of Contract Monitorin g ').raw).toBe(
      '  By April 2020\n As part of Contract Monitorin g ',
    );
  });

  it.each([
    ['2020-01-31', 'month', 'January 2020'],
    ['2019-12-31', 'quarter', 'Q3 2019/20'],
    ['2020-03-31', 'quarter', 'Q4 2019/20'],
    ['2020-06-30', 'quarter', 'Q1 2020/21'],
    ['2020-03-31', 'financial-year', '2019/20'],
    ['2020-12-31', 'year', '2020'],
    ['2019-10-07', 'day', '7 October 2019'],
    ['2019-10-07', undefined, '7 October 2019'],
  ] as const)('shows %s at %s precision as "%s", never more precise', (date, precision, shown) => {
    expect(dateAtPrecision(date, precision)).toBe(shown);
  });

  it('shows each parsed date as precisely as its text named it', () => {
    for (const [raw, shown] of [['January 2020', 'January 2020'], ['Q3 2019/20', 'Q3 2019/20'], ['2019/2020', '2019/20'], ['31/03/2020', '31 March 2020'], ['By the end of January 2020', 'January 2020']]) {
      const due = parseDueDate(raw!);
      expect(dateAtPrecision(due.date!, due.precision)).toBe(shown);
    }
  });

  it('does not read "complete by" as done', () => {
    expect(parseDueDate('Options paper complete by end of December 2019').completed).toBeUndefined();
  });
});
