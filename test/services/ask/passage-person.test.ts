import { describe, expect, it } from 'vitest';
import type { DocumentPage } from '../../../src/domain/model';
import { buildPassageIndex, type LoadedDocument } from '../../../src/services/ask/passage-index';
import { searchPassages } from '../../../src/services/ask/passage-search';
import { nameTerms } from '../../../src/nlu/text';
import type { PassageSlot } from '../../../src/nlu/intents';

/** Two paragraphs holding the same words of the question; one of them names who did it. */
const page = (number: number, text: string): DocumentPage => ({ number, lineStart: number * 10, lineEnd: number * 10 + 5, text });
const document: LoadedDocument = {
  id: 'doc-1',
  council: 'Medway',
  title: 'Inspection report',
  fileName: 'doc.txt',
  pageCount: 1,
  pages: [
    page(1, 'The inspection of the youth offending service looked at the quality of casework across the whole partnership and its boards.'),
    page(2, 'The inspection of the youth offending service was led by HM Inspector Vivienne Raine, with a team from across the inspectorate.'),
  ],
};
const slots = (words: string): PassageSlot[] => nameTerms(words).map((t) => ({ phrases: [[t]], role: 'subject' }));

describe('a "who" question to the papers', () => {
  const index = buildPassageIndex([document]);

  it.each(['inspection youth offending service', 'youth offending inspection', 'inspection of the service'])(
    'ranks the passage naming a person first for "%s" when a person is wanted',
    (words) => {
      const [first] = searchPassages(index, slots(words), { wanted: 'person' });
      expect(first?.passage.text).toContain('Vivienne Raine');
    },
  );

  it('does not rule out a passage naming nobody (a bare name is not always recognisable)', () => {
    const hits = searchPassages(index, slots('inspection youth offending service'), { wanted: 'person' });
    expect(hits).toHaveLength(2);
    expect(hits.every((h) => h.fits)).toBe(true);
  });
});
