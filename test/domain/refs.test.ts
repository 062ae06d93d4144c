import { describe, expect, it } from 'vitest';
import { compareRefs } from '../../src/domain/refs';

describe('plan order of refs', () => {
  it('puts refs in the order the council numbers them, never as text', () => {
    const refs = ['1.10', '2', '1.2', '1B', '10.1', '1A', '1.2.1', 'A.1', '1', 'B.3', '4(ii)', '4(i)'];
    expect([...refs].sort(compareRefs)).toEqual(['1', '1.2', '1.2.1', '1.10', '1A', '1B', '2', '4(i)', '4(ii)', '10.1', 'A.1', 'B.3']);
  });

  it('orders the same refs the same way when asked again (each read once, then remembered)', () => {
    expect(compareRefs('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareRefs('1.9', '1.10')).toBeLessThan(0);
    expect(compareRefs('1.9', '1.9')).toBe(0);
  });
});
