import { describe, expect, it } from 'vitest';
import type { PassageSlot } from '../../../src/nlu/intents';
import { nameTerms } from '../../../src/nlu/text';
import { choose } from '../../../src/services/ask/answer-passage';
import { buildPassageIndex } from '../../../src/services/ask/passage-index';
import { searchPassages } from '../../../src/services/ask/passage-search';
import { documentOf, wordSlots } from '../../helpers/passage-documents';

/** The section of an inspection report whose words are in its headings only ("2. Court disposals" / "Areas for improvement:"). */
const underHeadings = '## 2. Court disposals\n\n### Areas for improvement:\n\n- Plans for children in custody were given less priority than those for children in the community.';

describe('words held only in the headings above a passage', () => {
  it('bring the passage in among many holding one of the words in their text', () => {
    const waste = Array.from({ length: 160 }, (_, n) => `Waste disposal sites were inspected in week ${n + 1} and found to be in order.`);
    const index = buildPassageIndex([documentOf(waste), documentOf([underHeadings], { id: 'doc-5' })]);
    const hits = searchPassages(index, wordSlots('court disposals'));
    const held = hits.find((h) => h.passage.text.includes('children in custody'));
    expect(held?.passage.outline).toContain('Court disposals');
  });

  it('add weight to a passage already in the cut when the word is too common in the text to bring any in', () => {
    // "court" is in the passage's text and its heading; "disposals" is in 3,100 passages' text and in its heading only.
    const index = buildPassageIndex([
      documentOf(Array.from({ length: 3100 }, (_, n) => `Youth justice disposals were reviewed for case number ${n + 1} this quarter.`)),
      documentOf(Array.from({ length: 150 }, (_, n) => `Court staff met in week ${n + 1} to agree the rota for the coming month.`), { id: 'doc-2' }),
      documentOf(['## 2. Court disposals\n\n### Areas for improvement:\n\n- Court plans for children in custody were given less priority than those for children in the community.'], { id: 'doc-3' }),
    ]);
    const [first] = searchPassages(index, wordSlots('court disposals'));
    expect(first?.passage.documentId).toBe('doc-3');
  });
});

describe('a place the question names', () => {
  /** A place, as the question reader marks it. */
  const place = (name: string): PassageSlot => ({ phrases: [nameTerms(name)], role: 'place' });

  it("offers the place's one passage that stands clearly above another council's, which still counts as the next", () => {
    const filler = Array.from({ length: 30 }, (_, n) => `Highways maintenance item ${n + 1} was completed on time and within budget by the contractor.`);
    const index = buildPassageIndex([
      documentOf([...filler, 'Fostering allowances for carers were reviewed and uprated this year.']),
      documentOf(['The fostering service recruited eleven new households in the year, against a plan of fifteen.'], { id: 'doc-2', council: 'Herefordshire', title: 'Scrutiny report' }),
    ]);
    const hits = searchPassages(index, [place('Herefordshire'), ...wordSlots('eleven households fostering uprated')]);
    expect(choose(hits, { topic: false, attaching: false }).map((h) => h.passage.documentId)).toEqual(['doc-2']);
  });
});
