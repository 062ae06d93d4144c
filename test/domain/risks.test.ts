import { describe, expect, it } from 'vitest';
import { ratingCode, ratingText, readRating, type Risk } from '../../src/domain/risks';

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
