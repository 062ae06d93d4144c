import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogueIndex, type CatalogueIndex, termWeights } from '../../src/nlu/catalogue-index';
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

describe('the title of the part an action sits under', () => {
  it('is an entry of each action under it ("SEND Continuous Professional Development" of action 12.1)', () => {
    const entries = index.entries.filter((e) => e.kind === 'part' && e.ref === 'herefordshire/executive-response-to-the-send-provision-task-and-finish-group#12.1');
    expect(entries.map((e) => e.label)).toEqual(['SEND Continuous Professional Development']);
  });

  it('moves the weight of no word, however many actions repeat it', () => {
    const withoutParts = termWeights(index.entries.filter((e) => e.kind !== 'part'), index.postings);
    const terms = [...new Set(index.entries.filter((e) => e.kind === 'part').flatMap((e) => e.terms))];
    expect(terms.length).toBeGreaterThan(50);
    for (const term of terms) expect(index.weight(term)).toBe(withoutParts.weight(term));
  });
});
