import { describe, expect, it } from 'vitest';
import { dateIn } from '../../src/domain/update-dates';

describe('dateIn', () => {
  it.each([
    ['2026-12-05T23:59:59Z', 'Europe/London', '2026-12-05'],
    ['2026-12-06T00:00:00Z', 'Europe/London', '2026-12-06'],
    ['2026-06-30T23:30:00Z', 'Europe/London', '2026-07-01'],
    ['2026-06-30T23:30:00Z', 'Pacific/Auckland', '2026-07-01'],
    ['2026-06-30T11:30:00Z', 'Pacific/Auckland', '2026-06-30'],
    ['2026-06-30T11:30:00Z', 'America/New_York', '2026-06-30'],
  ])('puts %s on the council calendar of %s as %s', (instant, timeZone, day) => {
    expect(dateIn(instant, timeZone)).toBe(day);
  });

  it('gives each minute its own date, asked again and again, across midnight and across time zones', () => {
    const asked = ['2026-12-05T23:59:10Z', '2026-12-05T23:59:50Z', '2026-12-06T00:00:05Z', '2026-12-05T23:59:30Z', '2026-12-06T00:00:05Z'];
    expect(asked.map((at) => dateIn(new Date(at), 'Europe/London'))).toEqual(['2026-12-05', '2026-12-05', '2026-12-06', '2026-12-05', '2026-12-06']);
    expect(dateIn('2026-12-05T23:59:50Z', 'Asia/Kolkata')).toBe('2026-12-06');
    expect(dateIn('2026-12-05T23:59:50Z', 'Europe/London')).toBe('2026-12-05');
  });
});
