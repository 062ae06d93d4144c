import { beforeAll, describe, expect, it } from 'vitest';
import { type CatalogueIndex, termWeights } from '../../src/nlu/catalogue-index';
import { matchName } from '../../src/nlu/match';
import { parseQuery } from '../../src/nlu/query';
import { seedIndex } from './seed-index';

let index: CatalogueIndex;
beforeAll(async () => {
  index = await seedIndex();
});

describe("words only a recommendation's text holds", () => {
  it('stay out of the question index, so no question reads differently for them ("point", "neglect")', () => {
    expect(index.postings.has('neglect')).toBe(false);
    expect(index.entries.some((e) => e.kind === 'recommendation')).toBe(false);
  });

  it('still match a recommendation restated in them, as written', () => {
    const query = parseQuery('ofsted rec on neglect', index, new Set());
    const n = query.slots.findIndex((s) => s.terms.includes('neglect'));
    const entry = { kind: 'recommendation' as const, ref: 'r', label: 'neglect', terms: ['neglect'], termSet: new Set(['neglect']), totalWeight: 1, core: new Set(['neglect']), coreWeight: 1 };
    expect(matchName(query, index, entry).explained.get(n)).toBe(1);
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
