import { describe, expect, it } from 'vitest';
import { type Cadence, cyclesAround, describeCadence, isMeetingOf, parseCadence } from '../../src/domain/cadence';

const monthly = (day: number, remindWorkingDays = 5): Cadence => ({ kind: 'monthly', day, remindWorkingDays, since: '2026-01-01' });
const beforeBoard = (workingDays: number): Cadence => ({
  kind: 'before-meeting',
  workingDays,
  body: 'Youth Justice Partnership Board',
  remindWorkingDays: 5,
  since: '2020-01-01',
});

describe('update cycles of a monthly cadence', () => {
  it.each([
    // today, day, next due, next reminder, opens after, previous due
    ['2026-11-20', 4, '2026-12-04', '2026-11-27', '2026-11-04', '2026-11-04'],
    ['2026-12-04', 4, '2026-12-04', '2026-11-27', '2026-11-04', '2026-11-04'],
    ['2026-12-05', 4, '2027-01-04', '2026-12-23', '2026-12-04', '2026-12-04'],
    ['2027-02-10', 31, '2027-02-28', '2027-02-21', '2027-01-31', '2027-01-31'],
    ['2026-01-02', 1, '2026-02-01', '2026-01-25', '2026-01-01', '2026-01-01'],
  ])('on %s with updates due on day %i: next due %s, reminded %s, opened after %s', (today, day, due, remindOn, opensAfter, previousDue) => {
    const { next, previous } = cyclesAround(monthly(day), today);
    expect(next).toMatchObject({ due, opensAfter });
    expect(next!.remindOn <= due).toBe(true);
    expect(previous?.due).toBe(previousDue);
    if (day !== 31 && day !== 1) expect(next?.remindOn).toBe(remindOn);
  });

  it('counts working days back over weekends and bank holidays for the reminder', () => {
    // Due Monday 4 January 2027: five working days back skip New Year's Day (Friday 1 January), the
    // weekend, and the substitute bank holiday for Boxing Day (Monday 28 December 2026).
    expect(cyclesAround(monthly(4), '2026-12-20').next).toMatchObject({ due: '2027-01-04', remindOn: '2026-12-23' });
  });
});

describe('update cycles of a cadence that follows a board', () => {
  const meetings = ['2020-07-13', '2020-03-09', '2020-10-12'];

  it('is due the working days before the next meeting and opens after the previous cycle', () => {
    const { next, previous } = cyclesAround(beforeBoard(5), '2020-07-01', meetings);
    expect(next).toEqual({ id: 'meeting 2020-07-13', due: '2020-07-06', remindOn: '2020-06-29', opensAfter: '2020-03-02', meetingDate: '2020-07-13' });
    expect(previous?.due).toBe('2020-03-02');
  });

  it('has no next cycle when no meeting ahead is known, and a month of window when none is before', () => {
    expect(cyclesAround(beforeBoard(5), '2020-11-01', meetings).next).toBeUndefined();
    expect(cyclesAround(beforeBoard(5), '2020-01-01', meetings).next).toMatchObject({ due: '2020-03-02', opensAfter: '2020-01-31' });
  });
});

describe('reading an administrator\'s cadence', () => {
  it.each([
    ['monthly on 5', { kind: 'monthly', day: 5, remindWorkingDays: 5 }],
    ['Monthly on the 28th', { kind: 'monthly', day: 28, remindWorkingDays: 5 }],
    ['monthly day 1, remind 2', { kind: 'monthly', day: 1, remindWorkingDays: 2 }],
    ['5 working days before Youth Justice Partnership Board', { kind: 'before-meeting', workingDays: 5, body: 'Youth Justice Partnership Board' }],
    ['10 working days before each meeting of the Children and Young People Overview and Scrutiny Committee remind 3', {
      kind: 'before-meeting',
      workingDays: 10,
      body: 'Children and Young People Overview and Scrutiny Committee',
      remindWorkingDays: 3,
    }],
  ])('reads %j', (text, expected) => {
    const parsed = parseCadence(text, '2026-11-20');
    expect(parsed).toMatchObject({ ok: true, cadence: { ...expected, since: '2026-11-20' } });
  });

  it.each([
    ['monthly on 32', /no day 32/],
    ['weekly', /couldn't read "weekly"/],
    ['0 working days before the board', /1 to 60 working days/],
    ['monthly on 5 remind 40', /1 to 20 working days/],
  ])('refuses %j and says what to write', (text, message) => {
    const parsed = parseCadence(text, '2026-11-20');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('says a cadence back in words', () => {
    expect(describeCadence(monthly(4))).toBe('monthly, due on day 4 (reminder 5 working days before)');
    expect(describeCadence(beforeBoard(1))).toBe('due 1 working day before each meeting of Youth Justice Partnership Board (reminder 5 working days before)');
  });
});

describe('which meetings are the board\'s', () => {
  it.each([
    ['Youth Justice Partnership Board', 'Youth Justice Partnership Board', true],
    ['Medway Youth Justice Partnership Board', 'youth justice partnership board', true],
    ['Children and Young People Overview & Scrutiny Committee', 'children and young people overview and scrutiny committee', true],
    ['Youth Justice Partnership Board', 'Youth Justice Partnership', false],
    ['Cabinet', 'Full Council', false],
    ['Health and Adult Social Overview and Scrutiny Committee', 'Children and Young People Overview and Scrutiny Committee', false],
  ])('%j is a meeting of %j: %s', (meetingBody, body, expected) => {
    expect(isMeetingOf(meetingBody, body)).toBe(expected);
  });
});
