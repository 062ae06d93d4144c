import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  bankHoliday,
  bankHolidaysBetween,
  clearWorkingDaysBefore,
  isWorkingDay,
} from '../../src/domain/working-days';

describe('working days in England and Wales', () => {
  it.each([
    ['2026-04-09', true, 'a Thursday'],
    ['2026-04-11', false, 'a Saturday'],
    ['2026-04-12', false, 'a Sunday'],
    ['2026-04-03', false, 'Good Friday'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2026-12-28', false, 'the Boxing Day substitute day'],
    ['2023-05-08', false, 'the Coronation bank holiday'],
    ['2020-05-08', false, 'the VE day bank holiday moved from the Monday'],
    ['2020-05-04', true, 'the Monday the 2020 early May holiday moved from'],
  ])('treats %s (%s) as a working day: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('does not count observances such as Mothering Sunday or Easter Sunday as bank holidays', () => {
    expect(bankHoliday('2026-03-15')).toBeUndefined();
    expect(bankHoliday('2026-04-05')).toBeUndefined();
    expect(bankHoliday('2026-04-06')?.name).toBe('Easter Monday');
  });

  it('reads a Date as its UTC calendar date', () => {
    expect(isWorkingDay(new Date('2026-04-06T12:00:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-04-07T12:00:00Z'))).toBe(true);
  });

  it('adds working days forwards and backwards, skipping weekends and bank holidays', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-02');
    expect(addWorkingDays('2026-12-24', 2)).toBe('2026-12-30');
    expect(addWorkingDays('2026-12-24', 0)).toBe('2026-12-24');
  });

  it("gives Herefordshire's stated deadline for its 16 September 2019 committee: three clear working days", () => {
    // The pack: "Deadline for receipt of questions is 5:00pm on Tuesday 10 September 2019" for Monday 16th.
    expect(clearWorkingDaysBefore('2019-09-16', 3)).toBe('2019-09-10');
  });

  it('moves a clear-days deadline back over Easter', () => {
    // Thursday 9 April 2026: Wed 8, Tue 7 and Thu 2 are the three clear days; Good Friday and Easter
    // Monday do not count, so the deadline day is Wednesday 1 April (not Friday 3rd).
    expect(clearWorkingDaysBefore('2026-04-09', 3)).toBe('2026-04-01');
    expect(bankHolidaysBetween('2026-04-01', '2026-04-09').map((h) => h.name)).toEqual(['Good Friday', 'Easter Monday']);
  });

  it('moves a clear-days deadline back over Christmas and the New Year', () => {
    // Thursday 7 January 2027: Wed 6, Tue 5, Mon 4 are clear; Fri 1 Jan is a holiday, so Thu 31 Dec.
    expect(clearWorkingDaysBefore('2027-01-07', 3)).toBe('2026-12-31');
    expect(clearWorkingDaysBefore('2027-01-07', 5)).toBe('2026-12-29');
  });

  it('rejects a date that is not ISO rather than guessing', () => {
    expect(() => isWorkingDay('9 April 2026')).toThrow(/Not an ISO date/);
  });
});
