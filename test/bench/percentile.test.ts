import { describe, expect, it } from 'vitest';
import { percentile } from '../../bench/percentile';

describe('the percentile both benchmarks report', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it.each([
    [50, 50],
    // Of 100 turns, p99 is the 99th fastest, not the slowest.
    [99, 99],
    [100, 100],
    [0, 1],
  ])('p%i of 1..100 (in any order) is %i', (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });

  it('takes the lower of the two middle values as p50 of an even count, and leaves its input unsorted', () => {
    const times = [40, 10, 30, 20];
    expect(percentile(times, 50)).toBe(20);
    expect(times).toEqual([40, 10, 30, 20]);
  });

  it('gives the one value of a single turn, and NaN for none', () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});
