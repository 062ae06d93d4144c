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

  it('keeps both meanings when nothing around it, or everything, decides', () => {
    for (const text of ['fte figures', 'fte staff in the youth justice service']) {
      const meanings = fteMeanings(text);
      expect(meanings.some((m) => m.startsWith('first time entrant='))).toBe(true);
      expect(meanings.some((m) => m.startsWith('full time equivalent='))).toBe(true);
    }
  });
});
