import { describe, expect, it } from 'vitest';
import { buildPassageIndex } from '../../../src/services/ask/passage-index';
import { searchPassages } from '../../../src/services/ask/passage-search';
import { documentOf, wordSlots as slots } from '../../helpers/passage-documents';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

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

describe('a "who" question answered by a name written with its post', () => {
  // Each paragraph speaks of the board's chair; the middle one may name her, by name and post rather than by title.
  const around = (middle: string) => [
    'The Improvement Board oversees the improvement plan and the Chair of the Improvement Board reports to the Minister.',
    middle,
    'The Chair of the Improvement Board will challenge the council and its partners on the improvement plan.',
  ];
  const chairedBy = (naming: string) => around(`The Improvement Board meets monthly and is independently chaired by ${naming}.`);
  /** The passages found naming the chair's holder for "who chairs the improvement board" ("chair" the post asked about). */
  const naming = (paragraphs: string[]) => {
    const index = buildPassageIndex([documentOf(paragraphs, { title: 'Improvement board' })]);
    return searchPassages(index, slots('chair improvement board'), { wanted: 'person', posts: [0] })
      .filter((h) => h.namesSomeone)
      .map((h) => h.passage.text);
  };

  it.each([
    'Lucy Butler, Director of Children\'s Services, Oxfordshire',
    'Lucy Butler (Independent Chair)',
    'Anne-Marie O\'Neil - Assistant Director',
    'Jo McDonald, Head of Early Help',
    // Surnames that are words too.
    'Sarah Young, Director of Public Health',
    'Paul Court (Independent Chair)',
    'Dr Lucy Butler',
  ])('names someone in "%s"', (name) => {
    expect(naming(chairedBy(name))).toEqual([expect.stringContaining(name)]);
  });

  it('names nobody where the name stands away from the post asked about (someone else the passage mentions)', () => {
    expect(naming(around('The Improvement Board is chaired independently and receives monthly reports from Jo McDonald, Head of Early Help.'))).toEqual([]);
  });

  it.each([
    'Improvement Board, Chair of the Board',
    'Medway Council meets the Chair',
    'the Chair, Board members',
    // The names of services and headings before a post are no one's.
    'Youth Justice – Head of Service',
    'Human Resources, Head of HR',
    'Background Papers - Director of Children and Adults',
  ])('names nobody in "%s"', (name) => {
    expect(naming(chairedBy(name))).toEqual([]);
  });
});

/** Over the seed packs: pack 004 speaks of the Improvement Board's chair in several places, naming her once (004:180). */
describe('"who" holds a post, asked of the seed packs', () => {
  const seed = useSeedAskCatalogue();
  const ask = seedAsker(seed);

  it.each([
    "who chairs the children's services improvement board",
    'who chairs the improvement board',
    'who is the chair of the childrens improvement board',
    'improvement board - who chairs it?',
  ])('"%s": the passage naming her', async (text) => {
    const a = await ask(text);
    expect(a.kind).toBe('passage');
    expect(a.headline).toContain('Lucy Butler');
  });

  it('"who gets the progress reports": no post is asked about, so naming the chair is not the answer', async () => {
    const a = await ask('who gets the progress reports on the childrens improvement plan');
    expect(a.kind).toBe('not-found');
    expect(a.headline).not.toContain('Lucy Butler');
  });
});
