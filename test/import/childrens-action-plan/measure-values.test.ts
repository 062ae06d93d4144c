import { describe, expect, it } from 'vitest';
import { readCellValues, splitEmbeddedCurrent } from '../../../src/import/packs/childrens-action-plan/measure-values';

describe('readCellValues', () => {
  it.each([
    ['58% 92% 45%', [58, 92, 45]],
    ['-2 (last 12 months) 73%', [-2, 73]],
    ['+ 10 75%', [10, 75]],
    ['11 per month 23%', [11, 23]],
    ['1 in 2018-19', [1]],
    ['486 (England 3 year average', [486]],
    ['110 5', [110, 5]],
    ['CP: 87 IRO: 75', [87, 75]],
  ])('%s holds the figures %j', (cell, figures) => {
    const read = readCellValues(cell);
    expect(read.kind === 'values' ? read.tokens.map((t) => t.value) : read).toEqual(figures);
  });

  it.each([
    ['', 'empty'],
    ['N/A', 'not-applicable'],
    ['To be agreed', 'placeholder'],
    ['To be set', 'placeholder'],
    ['Project team in place', 'text'],
    ['14-17 year olds', 'text'],
  ])('"%s" is %s, not figures', (cell, kind) => {
    expect(readCellValues(cell).kind).toBe(kind);
  });

  it('keeps unit and period', () => {
    expect(readCellValues('38 weeks (average of PLO ending in last six months)')).toEqual({
      kind: 'values',
      tokens: [{ raw: '38 weeks (average of PLO ending in last six months)', value: 38, unit: 'weeks', qualifier: 'average of PLO ending in last six months' }],
    });
  });
});

describe('splitEmbeddedCurrent', () => {
  const one = (cell: string) => {
    const read = readCellValues(cell);
    if (read.kind !== 'values') throw new Error(cell);
    return splitEmbeddedCurrent(read.tokens[0]);
  };

  it.each([
    ['80% (59% year to date)', 80, 59],
    ['95% (current performance 85%)', 95, 85],
  ])('%s: target %d, current %d', (cell, target, current) => {
    const split = one(cell);
    expect(split.target.value).toBe(target);
    expect(split.current?.value).toBe(current);
  });

  it('leaves a bracket that is not a current figure alone', () => {
    expect(one('578 (3 year average)').current).toBeUndefined();
  });
});
