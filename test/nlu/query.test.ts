import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueIndex } from '../../src/nlu/catalogue-index';
import { parseQuery } from '../../src/nlu/query';
import { seedIndex } from './seed-index';

let index: CatalogueIndex;
beforeAll(async () => {
  index = await seedIndex();
});

/** The alternatives of the question's "fte" slot, as "phrase=credit". */
function fteMeanings(text: string): string[] {
  const slot = parseQuery(text, index).slots.find((s) => s.raw === 'fte');
  return (slot?.alternatives ?? []).map((a) => `${a.terms.join(' ')}=${a.credit}`).sort();
}

describe('an abbreviation with two meanings', () => {
  it('is read by the words around it', () => {
    expect(fteMeanings('fte rate in west mercia youth justice')).toEqual(expect.arrayContaining(['first time entrant=1']));
    expect(fteMeanings('fte rate in west mercia youth justice').join()).not.toMatch(/equival/);
    expect(fteMeanings('fte social workers in post')).toEqual(expect.arrayContaining(['full time equivalent=1']));
    expect(fteMeanings('fte social workers in post').join()).not.toMatch(/entrant/);
  });

  it('also reads the meaning as the names write it, hyphenated ("first-time entrant")', () => {
    expect(fteMeanings('fte rate for medway yot')).toEqual(expect.arrayContaining(['firsttim entrant=1']));
    expect(fteMeanings('fte rate for medway yot').join()).not.toMatch(/equival/);
  });

  it('keeps both meanings when nothing around it, or everything, decides', () => {
    for (const text of ['fte figures', 'fte staff in the youth justice service']) {
      const meanings = fteMeanings(text);
      expect(meanings.some((m) => m.startsWith('first time entrant='))).toBe(true);
      expect(meanings.some((m) => m.startsWith('full time equivalent='))).toBe(true);
    }
  });
});

describe('typed words the names write as one', () => {
  it('reads "out of court" as the names\' "out-of-court", small word and all', () => {
    const slot = parseQuery('hmip rating for out of court disposals', index).slots.find((s) => s.raw === 'out of court');
    expect(slot?.terms).toEqual(['outofcourt']);
  });

  it('joins no run that makes a small word, and none the names do not use', () => {
    const raws = (text: string) => parseQuery(text, index).slots.map((s) => s.raw);
    expect(raws('who went in to the court')).not.toContain('in to');
    expect(raws('court out of hours')).not.toContain('out of');
  });
});

describe('words of English are not read as slips', () => {
  /** Every phrase the question's slot for `raw` may be written as. */
  const phrasesOf = (text: string, raw: string) => {
    const slot = parseQuery(text, index).slots.find((s) => s.raw === raw);
    return (slot?.alternatives ?? []).map((a) => a.terms.join(' '));
  };

  it('leaves an English word that is one letter from a synonym as itself ("found" is not "fund")', () => {
    for (const text of ['strengths hmip found for medway yot', 'what the inspectors found', 'was anything found on the visit'])
      expect(phrasesOf(text, 'found')).not.toContain('budget');
  });

  it('still reads a misspelt word as the synonym it is near ("budgte" is budget)', () => {
    for (const text of ['the budgte', 'yot budgte for 2020']) expect(phrasesOf(text, 'budgte')).toContain('spend');
  });

  it('reads an English word as a slip inside a phrase whose other words are typed right ("care levers")', () => {
    for (const text of ['care levers placements', 'how many care levers']) expect(phrasesOf(text, 'care levers')).toContain('leav care');
  });
});

describe('words the papers write another way', () => {
  const phrasesOf = (text: string, raw: string) => (parseQuery(text, index).slots.find((s) => s.raw === raw)?.alternatives ?? []).map((a) => a.terms.join(' '));

  it.each([
    ['suspensions since covid', 'covid', 'pandemic'],
    ['what happened in the pandemic', 'pandemic', 'covid'],
    ['who is the dfe adviser', 'adviser', 'advisor'],
  ])('reads "%s" with its %s as the papers write it too (%s)', (text, raw, other) => {
    expect(phrasesOf(text, raw)).toContain(other);
  });
});
