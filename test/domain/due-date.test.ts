import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../src/domain/due-date';
import type { DueDate } from '../../src/domain/model';

type Expected = Omit<DueDate, 'raw'>;

// Every by-when text of the Medway children's plan (004), then formats from the other packs.
const CASES: [string, Expected][] = [
  ['January 2020', { date: '2020-01-31' }],
  // A misspelt month is not read as the whole year (that would be a deadline eleven months late).
  ['Jnauary 2020', {}],
  ['Ocotber 2019', {}],
  ['Febuary 2021', {}],
  ['Spring 2020', { date: '2020-12-31' }],
  ['February 2020', { date: '2020-02-29' }],
  ['Ongoing from October 2019', { from: '2019-10-01', recurrence: 'ongoing' }],
  ['Quarterly from September 2019', { from: '2019-09-01', recurrence: 'quarterly' }],
  ['From November 2019 Foster Carers will be trained by March 2020', { from: '2019-11-01', date: '2020-03-31' }],
  ['End of September COMPLETED', { completed: true }],
  ['Termly reviews in line with academic year', { recurrence: 'termly' }],
  ['In progress', {}],
  ['By April 2020 As part of Contract Monitoring', { date: '2020-04-30' }],
  ['Strategy signed off by December 2020', { date: '2020-12-31' }],
  ['March 2020 phased approach', { date: '2020-03-31' }],
  ['March 2020; phased approach', { date: '2020-03-31' }],
  ['End January 2020', { date: '2020-01-31' }],
  ['End of November 2019', { date: '2019-11-30' }],
  ['End November', {}],
  ['In Progress Pilot Project commenced October 2019 April 2020', { from: '2019-10-01', date: '2020-04-30' }],
  ['Ongoing – review impact in January 2020', { date: '2020-01-31', recurrence: 'ongoing' }],
  ['Ongoing September 2019', { from: '2019-09-01', recurrence: 'ongoing' }],
  ['Launched by April 2020', { date: '2020-04-30' }],
  ['By the end of January 2020', { date: '2020-01-31' }],
  ['Report by November 2019', { date: '2019-11-30' }],
  [
    'Strategy by end of December 2019; Practice Managers programme in place to run from November 2019',
    { date: '2019-12-31', from: '2019-11-01' },
  ],
  ['Training programme commissioned by March 2020', { date: '2020-03-31' }],
  ['Options paper complete by end of December 2019; Decision by January 2020', { date: '2020-01-31' }],
  ['Programme to run from November 2019', { from: '2019-11-01' }],
  ['Meetings in diary from November 2019', { from: '2019-11-01' }],
  ['Commencing December 2019', { from: '2019-12-01' }],
  ['Launch January 2020', { date: '2020-01-31' }],
  ['Business case produced by end of November; decision by end of December 2019', { date: '2019-12-31' }],
  ['October to December 2019', { from: '2019-10-01', date: '2019-12-31' }],
  // Other packs: financial years, quarters, numeric dates, abbreviations.
  ['2019/20', { date: '2020-03-31' }],
  ['2019/2020', { date: '2020-03-31' }],
  ['19/20', { date: '2020-03-31' }],
  ['2017-18', { date: '2018-03-31' }],
  ['Q3 2019/20', { date: '2019-12-31' }],
  ['Q1 2020/21', { date: '2020-06-30' }],
  ['Q4 2019/20', { date: '2020-03-31' }],
  ['Q1/Q2', {}],
  ['31/03/2020', { date: '2020-03-31' }],
  ['07/10/19', { date: '2019-10-07' }],
  ['29/02/2019', {}],
  ['March 2020 and ongoing', { date: '2020-03-31', recurrence: 'ongoing' }],
  ['Dec 2019', { date: '2019-12-31' }],
  ['Sept 2019', { date: '2019-09-30' }],
  ['Oct/Nov 2019', { date: '2019-11-30' }],
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

  it('does not read "complete by" as done', () => {
    expect(parseDueDate('Options paper complete by end of December 2019').completed).toBeUndefined();
  });
});
