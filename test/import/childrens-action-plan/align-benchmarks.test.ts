import { describe, expect, it } from 'vitest';
import { alignBenchmarks } from '../../../src/import/packs/childrens-action-plan/align-benchmarks';

describe('alignBenchmarks', () => {
  it('places figures on the measures whose own figures they are closest to', () => {
    expect(alignBenchmarks([92, 29], [[51, 58], [93, 92], [57, 45]])).toEqual([1, 2]);
    expect(alignBenchmarks([50], [[51, 58], [930, 920]])).toEqual([0]);
  });

  it('leaves the cell unmatched when no placing fits twice as well as the next', () => {
    expect(alignBenchmarks([60], [[50, 55], [65, 70]])).toBeUndefined();
  });

  it('leaves it unmatched when the counts leave nothing to choose, or a measure has no figure', () => {
    expect(alignBenchmarks([1, 2], [[1], [2]])).toBeUndefined();
    expect(alignBenchmarks([5], [[], []])).toBeUndefined();
  });
});
