import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogueIndex, type CatalogueIndex } from '../../src/nlu/catalogue-index';
import { parseQuery } from '../../src/nlu/query';
import { seedIndex } from './seed-index';

let index: CatalogueIndex;
beforeAll(async () => {
  index = await seedIndex();
});

describe("words only a recommendation's text holds", () => {
  it('are known to a question, so it can restate the recommendation ("neglect", in none of the seed names)', () => {
    const query = parseQuery('ofsted rec on neglect', index, new Set());
    const slot = query.slots.find((s) => s.terms.includes('neglect'));
    expect(slot?.matches.flat().map((m) => m.term)).toContain('neglect');
  });

  it('do not move the weight of any other word: recommendations are not counted', () => {
    const without = buildCatalogueIndex({ ...index.data, recommendations: [] });
    for (const term of ['children', 'early', 'help', 'ofsted', 'plan', 'exploitation', 'placement']) expect(index.weight(term)).toBe(without.weight(term));
  });
});
