import { describe, expect, it } from 'vitest';
import { computeDeadline, describeRule, formatDeadline, zonedInstant } from '../../src/domain/questions-deadline';
import { dateIn as localDate } from '../../src/domain/update-dates';

describe('question deadlines', () => {
  it('turns a London wall-clock time into the right instant in winter and in summer', () => {
    expect(zonedInstant('2026-01-15', '17:00', 'Europe/London')).toBe('2026-01-15T17:00:00.000Z');
    expect(zonedInstant('2026-04-01', '17:00', 'Europe/London')).toBe('2026-04-01T16:00:00.000Z');
    // The clocks go forward at 01:00 on 29 March 2026.
    expect(zonedInstant('2026-03-29', '12:00', 'Europe/London')).toBe('2026-03-29T11:00:00.000Z');
    expect(zonedInstant('2026-03-28', '12:00', 'Europe/London')).toBe('2026-03-28T12:00:00.000Z');
  });

  it('reads the local date of an instant', () => {
    expect(localDate('2026-06-30T23:30:00Z', 'Europe/London')).toBe('2026-07-01');
    expect(localDate('2026-12-31T23:30:00Z', 'Europe/London')).toBe('2026-12-31');
  });

  it('computes a clear-working-days deadline and names the bank holidays it stepped over', () => {
    const d = computeDeadline({ kind: 'clear-working-days', days: 3, time: '17:00' }, '2026-04-09', 'Europe/London');
    expect(d).toMatchObject({ date: '2026-04-01', at: '2026-04-01T16:00:00.000Z' });
    expect(d.skipped.map((h) => h.name)).toEqual(['Good Friday', 'Easter Monday']);
    expect(describeRule({ kind: 'clear-working-days', days: 3, time: '17:00' }, d.skipped)).toBe(
      '3 clear working days before the meeting, weekends and Good Friday (2026-04-03), Easter Monday (2026-04-06) skipped',
    );
  });

  it('takes a fixed date and time as given', () => {
    const d = computeDeadline({ kind: 'fixed', date: '2023-02-27', time: '12:00' }, '2023-03-02', 'Europe/London');
    expect(d).toEqual({ at: '2023-02-27T12:00:00.000Z', date: '2023-02-27', time: '12:00', skipped: [] });
  });

  it('says a deadline the way a council writes it', () => {
    expect(formatDeadline('2026-04-01T16:00:00.000Z', 'Europe/London')).toBe('5pm on Wednesday 1 April 2026');
    expect(formatDeadline('2023-02-27T12:00:00.000Z', 'Europe/London')).toBe('noon on Monday 27 February 2023');
    expect(formatDeadline('2023-02-27T09:30:00.000Z', 'Europe/London')).toBe('9:30am on Monday 27 February 2023');
  });
});
