import { describe, expect, it } from 'vitest';
import { fallsWithin } from '../../src/domain/period-range';

describe('a date within a span', () => {
  it.each([
    ['2018-03-31', { from: '2017-04-01', to: '2018-03-31' }, true],
    ['2018-04-01', { from: '2017-04-01', to: '2018-03-31' }, false],
    ['2016-01-01', { to: '2018-03-31' }, true],
    ['2016-01-01', { from: '2017-04-01' }, false],
    [undefined, {}, false],
  ])('%s in %o: %s', (date, span, within) => {
    expect(fallsWithin(date, span)).toBe(within);
  });
});
