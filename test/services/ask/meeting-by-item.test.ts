import { describe, expect, it } from 'vitest';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/** A meeting found by an item on its agenda, over the five seed packs. */
const seed = useSeedAskCatalogue();
const ask = seedAsker(seed);

describe('a meeting named by part of an item on its agenda', () => {
  // Medway's CYP O&S on 2 March 2023 has "9 Childrens Social Care Sufficiency Strategy 2023-2025".
  it.each([
    'when and where is the cyp o&s that has the sufficiency strategy impact assessment on it?',
    'when does cyp o&s discuss the sufficiency strategy',
    'which children and young people overview and scrutiny meeting considers the sufficiency strategy',
  ])('answers with that meeting when its committee is named: "%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('meeting');
    expect(answer.headline).toContain('2 March 2023');
  });

  it('takes part of a title as no item when no committee is named ("when is the sufficiency strategy discussed")', async () => {
    const answer = await ask('when is the sufficiency strategy discussed');
    expect(answer.kind === 'meeting' && answer.headline.includes('2 March 2023')).toBe(false);
  });
});
