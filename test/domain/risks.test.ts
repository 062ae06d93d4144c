import { describe, expect, it } from 'vitest';
import { highestRated, ratingCode, ratingText, readRating, type Risk } from '../../src/domain/risks';

const risk = (over: Partial<Risk>): Risk => ({ id: 'r', name: 'A risk', source: { documentId: 'd' }, flags: [], ...over });

describe('risk ratings', () => {
  it('reads Latin and look-alike letters and digits as one code, keeping what was printed', () => {
    expect(readRating('D2')).toEqual({ raw: 'D2', code: 'D2' });
    expect(readRating('СЗ')).toEqual({ raw: 'СЗ', code: 'C3' });
    expect(readRating(' b2 ')).toEqual({ raw: 'b2', code: 'B2' });
    expect(readRating('High')).toEqual({ raw: 'High' });
    expect(readRating('')).toBeUndefined();
    expect(ratingCode('с3')).toBe('C3');
  });

  it('says a rating and a score as printed, naming a look-alike print', () => {
    expect(ratingText(risk({ rating: { raw: 'СЗ', code: 'C3' } }))).toBe('C3 (printed "СЗ")');
    expect(ratingText(risk({ score: 12, likelihood: 3, impact: 4 }))).toBe('overall score 12 (likelihood 3 x impact 4)');
    expect(ratingText(risk({}))).toBeUndefined();
  });
});

describe('the highest-rated risks of a table', () => {
  // Likelihood A (very high) to F, impact 1 (catastrophic) to 4, as Medway's papers print the key.
  const key = { likelihood: ['a', 'b', 'c', 'd', 'e', 'f'], impact: ['1', '2', '3', '4'] };
  const coded = (id: string, code: string, raw = code) => risk({ id, rating: { raw, code } });
  const ids = (risks: Risk[]) => risks.map((r) => r.id);

  it('keeps a rating no other is at least as high as on both parts', () => {
    expect(ids(highestRated([coded('d2', 'D2'), coded('c2', 'C2'), coded('d2b', 'D2')], key))).toEqual(['c2']);
    expect(ids(highestRated([coded('b2', 'B2'), coded('c3', 'C3'), coded('c2', 'C2'), coded('b2b', 'B2')], key))).toEqual(['b2', 'b2b']);
  });

  it('keeps two ratings neither of which outranks the other, rather than choosing', () => {
    expect(ids(highestRated([coded('b3', 'B3'), coded('c2', 'C2'), coded('d4', 'D4')], key))).toEqual(['b3', 'c2']);
  });

  it('ranks a look-alike print by its code, and keeps a rating the key cannot place', () => {
    expect(ids(highestRated([coded('c3', 'C3', 'СЗ'), coded('d3', 'D3')], key))).toEqual(['c3']);
    expect(ids(highestRated([risk({ id: 'words', rating: { raw: 'High' } }), coded('d3', 'D3')], key))).toEqual(['words', 'd3']);
  });

  it('keeps the highest score, every risk that has it, and leaves out risks with no rating', () => {
    const scored = (id: string, score: number) => risk({ id, score });
    expect(ids(highestRated([scored('s8', 8), scored('s12', 12), risk({ id: 'none' }), scored('s12b', 12)], key))).toEqual(['s12', 's12b']);
    expect(highestRated([risk({ id: 'none' })], key)).toEqual([]);
  });
});
