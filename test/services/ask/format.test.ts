import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../src/services/ask/format';

describe('a figure with its unit', () => {
  it.each([
    [18, 'score out of 36', '18 out of 36'],
    [2, 'score out of 3', '2 out of 3'],
    [5.2, '%', '5.2%'],
    [2260, '£000', '£2,260k'],
    [18.8, 'FTE', '18.8 FTE'],
    [12, 'count', '12'],
  ] as const)('%s in "%s" reads "%s"', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('shows a figure that is no number as printed', () => {
    expect(formatValue(null, 'rating', 'Good')).toBe('"Good"');
  });
});
