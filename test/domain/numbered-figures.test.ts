import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/domain/model';
import { numberOf, numberedFamily } from '../../src/domain/numbered-figures';

describe('the section number a figure carries', () => {
  it.each([
    ['HMIP rating: Court disposals – 2.1 Assessment', '2.1'],
    ['HMIP 3.4.2 Does the YOT work effectively with the police in implementing the out-of-court disposal? (% yes)', '3.4.2'],
    ['2.1 Assessment', '2.1'],
    ['Funding 2019.20 uplift', undefined],
    ['Spend of 1.5 million on placements', undefined],
    ['Rate of 12.5% of cases', undefined],
    ['First time entrants', undefined],
    ['Average caseload 2.1', undefined],
    ['Hourly rate £10.50', undefined],
    ['Cost 2.5M', undefined],
    ['Care Act guidance v2.1 applied', undefined],
    ['Placements at 1.4.21 (snapshot)', undefined],
    ['Rate 3.5 (per 1000)', undefined],
  ])('"%s" -> %s', (name, number) => {
    expect(numberOf(name)).toBe(number);
  });
});

describe('a numbered family', () => {
  const figure = (name: string, documentId = 'pack:a', area = 'Medway'): Indicator =>
    ({ id: name, name, aliases: [], polarity: 'unknown', values: [], targets: [], comparators: [], flags: [], area, source: { documentId, lineStart: 1, lineEnd: 1 } }) as unknown as Indicator;

  it('relates parts and wholes only within one document and area', () => {
    const whole = figure('2.1 Assessment');
    const parts = [figure('2.1.1 Desistance'), figure('2.1.2 Safety')];
    const elsewhere = [figure('2.1.3 Other pack', 'pack:b'), figure('2.1.3 Other area', 'pack:a', 'Kent')];
    const family = numberedFamily([whole, ...parts, ...elsewhere]);
    expect(family.partsOf(whole)).toEqual(parts);
    expect(family.wholeOf(parts[0]!)).toBe(whole);
    expect(family.wholeOf(elsewhere[0]!)).toBeUndefined();
  });

  it('relates nothing by a number two figures of one document and area carry', () => {
    const family = numberedFamily([figure('2.1 Assessment'), figure('2.1 Assessment (again)'), figure('2.1.1 Desistance')]);
    expect(family.wholeOf(figure('2.1.1 Desistance'))).toBeUndefined();
  });

  it('lists no parts rather than some of them when one of their numbers is carried twice', () => {
    const whole = figure('2.1 Assessment');
    const family = numberedFamily([whole, figure('2.1.1 A'), figure('2.1.2 B'), figure('2.1.2 B again'), figure('2.1.3 C')]);
    expect(family.partsOf(whole)).toEqual([]);
  });
});
