import { describe, expect, it } from 'vitest';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';
import { numberOf, numberedFamily } from '../../../src/domain/numbered-figures';

/** Figures numbered as parts of one another (an HMIP standard and its key questions), over the seed packs. */
const seed = useSeedAskCatalogue();
const ask = seedAsker(seed);
const named = (name: string) => [...seed.catalogue.index.indicators.values()].find((i) => i.name === name)!;

describe('parts and wholes in the same document and area', () => {
  it('gives a standard its key questions, in order, and a key question its standard', () => {
    const family = numberedFamily(seed.catalogue.index.indicators.values());
    const standard = named('HMIP rating: Court disposals – 2.1 Assessment');
    expect(family.partsOf(standard).map((i) => numberOf(i.name))).toEqual(['2.1.1', '2.1.2', '2.1.3']);
    const question = named('HMIP 2.4.2 Does reviewing focus sufficiently on keeping the child person safe? (% yes)');
    expect(family.wholeOf(question)?.name).toBe('HMIP rating: Court disposals – 2.4 Reviewing');
    expect(family.partsOf(question)).toEqual([]);
  });

  it("shows a standard's key-question figures on its card, and a key question's rating on its own", async () => {
    // 000:641 rates 2.1 Assessment "Good"; 000:1703-1705 give its key questions 100%, 67% and 92%.
    const standard = await ask('court work - how was assessment rated');
    expect(standard.headline).toContain('rated "Good"');
    expect(standard.sections.find((s) => s.heading === 'Its parts in the papers')?.lines).toEqual([
      "HMIP 2.1.1 Does assessment sufficiently analyse how to support the child's desistance? (% yes): 100% (June 2020)",
      'HMIP 2.1.2 Does assessment sufficiently analyse how to keep the child safe? (% yes): 67% (June 2020)',
      'HMIP 2.1.3 Does assessment sufficiently analyse how to keep other people safe? (% yes): 92% (June 2020)',
    ]);
  });

  // 3.3.1's name says nothing of out-of-court work; the standard it is numbered under does.
  it('finds a key question by the words of the standard it is numbered under', async () => {
    // Without them it was an ask-back between court and out-of-court disposals' key questions.
    const answer = await ask('out of court implementation and delivery - desistance %');
    expect(answer.kind).toBe('indicator');
    expect(answer.title).toContain('HMIP 3.3.1');
    expect(answer.headline).toContain('70%');
    expect(answer.sections.find((s) => s.heading === 'Part of')?.lines).toEqual(['HMIP rating: Out-of-court disposals – 3.3 Implementation and delivery: "Good" (June 2020)']);
  });

  it('says once what the measures named together are part of', async () => {
    const list = await ask('reviewing in court cases - the % for keeping the child and others safe?');
    expect(list.kind).toBe('list');
    expect(list.sections.find((s) => s.heading === 'Part of')?.lines).toEqual(['HMIP rating: Court disposals – 2.4 Reviewing: "Requires improvement" (June 2020)']);
  });
});
