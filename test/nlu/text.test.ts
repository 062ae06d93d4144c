import { describe, expect, it } from 'vitest';
import { nameTerms, normaliseText, rawTokens, stem } from '../../src/nlu/text';

describe('the tokeniser', () => {
  it.each([
    ['Who leads 1.9?', ['who', 'leads', '1.9']],
    ['action 2.3.1 and 2A', ['action', '2.3.1', 'and', '2a']],
    ["what's 1. 10 about", ['what', '1.10', 'about']],
    ['re-offending rate', ['reoffending', 'rate']],
    ['Worcestershire’s figures', ['worcestershire', 'figures']],
    ['rate per 100,000', ['rate', 'per', '100000']],
    ['14-17 year olds', ['14-17', 'year', 'olds']],
    ['O&S committee', ['o', 'and', 's', 'committee']],
    ['on their 19th-21st birthday', ['on', 'their', '19-21', 'birthday']],
    ['19 th to 21 st birthday', ['19', 'to', '21', 'birthday']],
    ['due in 2019/20', ['due', 'in', '2019/20']],
    ['64% of social workers', ['64', 'percent', 'of', 'social', 'workers']],
    ['recommendation 2(ii)', ['recommendation', '2(ii)']],
  ])('reads %j as %j', (text, tokens) => {
    expect(rawTokens(text)).toEqual(tokens);
  });

  it.each([
    ['approve', 'approved'],
    ['meeting', 'meets'],
    ['placement', 'placements'],
    ['carers', 'carer'],
    ['offending', 'offend'],
    ['services', 'service'],
  ])('stems %s and %s alike', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('drops words that carry no subject from names', () => {
    expect(nameTerms('Number of weeks in PLO')).toEqual(['number', 'week', 'plo']);
  });
});

describe('a financial year however it is written', () => {
  it.each([
    ['spend in 2019-20', 'spend in 2019/20'],
    ['spend in 2019/2020', 'spend in 2019/20'],
    ['spend in 2019 - 20', 'spend in 2019/20'],
    ['fy 19-20 spend', '2019/20 spend'],
    ['spend in 19/20', 'spend in 2019/20'],
    ['outturn v budget 18 / 19', 'outturn v budget 2018/19'],
    ['spend in 2019\u201420', 'spend in 2019/20'],
    ['spend in 2019\u221220', 'spend in 2019/20'],
    ['spend in 2019  -  2020', 'spend in 2019/20'],
    ['spend in 1999/2000', 'spend in 1999/00'],
    ['fy 99-00 spend', '1999/00 spend'],
  ])('"%s" reads as "%s"', (typed, meant) => {
    expect(normaliseText(typed)).toBe(meant);
  });

  it('leaves age ranges, two years apart and spans of years alone', () => {
    expect(normaliseText('young people aged 16-17')).toBe('young people aged 16-17');
    expect(normaliseText('2018-2020 plan')).toBe('2018-2020 plan');
    expect(normaliseText('2019-21')).toBe('2019-21');
    expect(normaliseText('2020-2021-2022')).toBe('2020-2021-2022');
    // A day and month, a score, or a span typed with a hyphen may not be a year.
    expect(normaliseText('the meeting on 10/11')).toBe('the meeting on 10/11');
    expect(normaliseText('scored 29/35')).toBe('scored 29/35');
    expect(normaliseText('18-19 year olds')).toBe('18-19 year olds');
    expect(normaliseText('how many 16/17 year olds are neet')).toBe('how many 16/17 year olds are neet');
    expect(normaliseText('aged 16/17')).toBe('aged 16/17');
    expect(normaliseText('14/15 cases were good')).toBe('14/15 cases were good');
    expect(normaliseText('page 13/14')).toBe('page 13/14');
  });
});
