import { describe, expect, it } from 'vitest';
import type { PassageSlot } from '../../../src/nlu/intents';
import { nameTerms } from '../../../src/nlu/text';
import { buildPassageIndex } from '../../../src/services/ask/passage-index';
import { searchPassages } from '../../../src/services/ask/passage-search';
import { documentOf, wordSlots } from '../../helpers/passage-documents';

/** A place the question names, as the question reader marks it. */
const place = (name: string): PassageSlot => ({ phrases: [nameTerms(name)], role: 'place' });

/** Many of one council's passages holding all of the question's words, and one of another's holding fewer. */
const crowded = () => {
  const medway = Array.from({ length: 160 }, (_, n) => `Fostering allowances for carers in band ${n + 1} were reviewed and uprated by the service this year.`);
  return buildPassageIndex([
    documentOf(medway),
    documentOf(['The fostering service recruited eleven new households in the year, against a plan of fifteen.'], { id: 'doc-2', council: 'Herefordshire', title: 'Scrutiny report' }),
  ]);
};

describe('a place the question names, among many passages of another', () => {
  it("finds the named council's passage when the other council's passages hold more of the words", () => {
    const [first] = searchPassages(crowded(), [place('Herefordshire'), ...wordSlots('fostering allowances')]);
    expect(first?.passage.text).toContain('eleven new households');
    expect(first?.requiredHeld).toBe(true);
  });

  it('offers no passage that holds the place nowhere', () => {
    const hits = searchPassages(crowded(), [place('Herefordshire'), ...wordSlots('fostering allowances')]);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.passage.documentId === 'doc-2')).toBe(true);
  });

  it('still finds a passage of another council that names the place in its text', () => {
    const index = buildPassageIndex([
      documentOf(Array.from({ length: 160 }, (_, n) => `Fostering allowances for carers in band ${n + 1} were reviewed and uprated by the service this year.`)),
      documentOf(['Our fostering allowances were compared with those paid in Herefordshire and found to be lower.'], { id: 'doc-3', council: 'Kent', title: 'Cabinet report' }),
    ]);
    const [first] = searchPassages(index, [place('Herefordshire'), ...wordSlots('fostering allowances')]);
    expect(first?.passage.documentId).toBe('doc-3');
    expect(first?.requiredHeld).toBe(true);
  });

  it('still finds a passage whose place is named only in the passage before it, in the same section', () => {
    const index = buildPassageIndex([
      documentOf(Array.from({ length: 160 }, (_, n) => `Fostering allowances for carers in band ${n + 1} were reviewed and uprated by the service this year.`)),
      documentOf(['Herefordshire carers were surveyed in the spring about the support they receive from the service.', 'Fostering allowances rose by two per cent for every band.'], {
        id: 'doc-4',
        council: 'Kent',
        title: 'Cabinet report',
      }),
    ]);
    const hits = searchPassages(index, [place('Herefordshire'), ...wordSlots('fostering allowances')]);
    expect(hits.some((h) => h.passage.text.startsWith('Fostering allowances rose') && h.requiredHeld)).toBe(true);
  });
});

describe('words held only in the headings above a passage', () => {
  it('bring the passage in among many holding one of the words in their text', () => {
    const waste = Array.from({ length: 160 }, (_, n) => `Waste disposal sites were inspected in week ${n + 1} and found to be in order.`);
    const index = buildPassageIndex([
      documentOf(waste),
      documentOf(['## 2. Court disposals\n\n### Areas for improvement:\n\n- Plans for children in custody were given less priority than those for children in the community.'], { id: 'doc-5' }),
    ]);
    const hits = searchPassages(index, wordSlots('court disposals'));
    const held = hits.find((h) => h.passage.text.includes('children in custody'));
    expect(held?.passage.outline).toContain('Court disposals');
  });
});
