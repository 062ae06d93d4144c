import { describe, expect, it } from 'vitest';
import { findLongDates, isDateOnly, parseClock, parseLongDate } from '../../../src/import/text/dates';

describe('parseLongDate', () => {
  it.each([
    ['9 June 2020', '2020-06-09'],
    ['Monday 16 September 2019', '2019-09-16'],
    ['Monday, 16 September 2019', '2019-09-16'],
    ['14 JANUARY 2020', '2020-01-14'],
    ['1st June 2020.', '2020-06-01'],
    ['on 12 Sept 2019', '2019-09-12'],
    ['29 February 2020', '2020-02-29'],
    ['29 February 2019', undefined],
    ['31 June 2020', undefined],
    ['June 2020', undefined],
    ['3 - 22', undefined],
    ['12 per 2019', undefined],
  ])('%j -> %s', (text, iso) => {
    expect(parseLongDate(text)).toBe(iso);
  });

  it('finds every date with its position', () => {
    const found = findLongDates('between 15 July 2019 and 16 September 2019');
    expect(found.map((d) => d.iso)).toEqual(['2019-07-15', '2019-09-16']);
    expect(found[0]?.index).toBe(8);
  });

  it.each([
    ['9 JUNE 2020', true],
    [' 2 March 2023 ', true],
    ['Date: 2 March 2023', false],
    ['2 March 2023 Draft Minute', false],
  ])('isDateOnly(%j) = %s', (text, expected) => {
    expect(isDateOnly(text)).toBe(expected);
  });
});

describe('parseClock', () => {
  it.each([
    ['3.00pm', '15:00'],
    ['10.15 am', '10:15'],
    ['6.30pm', '18:30'],
    ['1.00 p.m.', '13:00'],
    ['5:00pm on Tuesday', '17:00'],
    ['12.00pm', '12:00'],
    ['12.30am', '00:30'],
    ['10.15 a.m.', '10:15'],
    ['18:30', '18:30'],
    ['7pm', '19:00'],
    ['13.00pm', undefined],
    ['Virtual Meeting', undefined],
  ])('%j -> %s', (text, hhmm) => {
    expect(parseClock(text)).toBe(hhmm);
  });
});
