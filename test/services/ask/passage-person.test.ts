import { describe, expect, it } from 'vitest';
import { buildPassageIndex } from '../../../src/services/ask/passage-index';
import { searchPassages } from '../../../src/services/ask/passage-search';
import { documentOf, wordSlots as slots } from '../../helpers/passage-documents';

/** Two paragraphs holding the same words of the question; one of them names who did it. */
const document = documentOf(
  [
    'The inspection of the youth offending service looked at the quality of casework across the whole partnership and its boards.',
    'The inspection of the youth offending service was led by HM Inspector Vivienne Raine, with a team from across the inspectorate.',
  ],
  { title: 'Inspection report' },
);

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

describe('a "who" question where several passages name the role asked about', () => {
  // Every paragraph says "Commissioner" (a role written with a capital); one says who she is.
  const index = buildPassageIndex([
    documentOf(
      [
        'The Secretary of State asked the Commissioner for Children\'s Services in Medway to review the council\'s capacity.',
        'The Commissioner appointed to act as the Medway Children\'s Services Commissioner is Mrs Eleanor Brazil.',
        'The Commissioner for Children\'s Services in Medway will report to the Secretary of State in three months.',
        'The Director introduced the Commissioner for Children\'s Services in Medway to the committee.',
      ],
      { title: 'Commissioner report' },
    ),
  ]);

  it.each(['commissioner children services medway', 'medway commissioner', 'children services commissioner'])(
    'puts the passage naming her by title and name clear of the rest for "%s"',
    (words) => {
      const [first, second] = searchPassages(index, slots(words), { wanted: 'person' });
      expect(first?.passage.text).toContain('Mrs Eleanor Brazil');
      expect(first!.score - second!.score).toBeGreaterThan(0.03);
    },
  );
});
