import { describe, expect, it } from 'vitest';
import type { PassageSlot } from '../../../src/nlu/intents';
import { nameTerms } from '../../../src/nlu/text';
import { chunkPage } from '../../../src/services/ask/passage-chunks';
import { buildPassageIndex } from '../../../src/services/ask/passage-index';
import { searchPassages } from '../../../src/services/ask/passage-search';
import { documentOf } from '../../helpers/passage-documents';

/** A pack holding the next meeting's agenda and the last meeting's minutes, as Herefordshire's do (002:54-110). */
const pack = documentOf([
  [
    '## Agenda',
    '<b>2. NAMED SUBSTITUTES</b> To receive details of members nominated to attend the meeting in place of a member.',
    '<b>3. DECLARATIONS OF INTEREST</b> To receive declarations of interest from members of the committee.',
    '<b>4. MINUTES</b> To approve and sign the minutes of the meeting on 15 July 2019.',
  ].join('\n'),
  [
    '**Minutes of the meeting of Children and young people scrutiny committee held at The Shire Hall, St. Peter\'s Square, Hereford on Monday 15 July 2019 at 1.00 pm**',
    '**3. NAMED SUBSTITUTES**',
    'There were no named substitutes.',
    '**4. DECLARATIONS OF INTEREST**',
    'There were no declarations of interest.',
    '**5. PAGE**',
    '12',
  ].join('\n'),
]);
const index = buildPassageIndex([pack]);
const slots = (subject: string, year?: string): PassageSlot[] => [
  ...nameTerms(subject).map((t): PassageSlot => ({ phrases: [[t]], role: 'subject' })),
  ...(year ? [{ phrases: [[year]], role: 'figure' as const }] : []),
];

describe("a meeting's minutes in the papers", () => {
  it('keeps a minute that is one short sentence, and not a bare page number', () => {
    const texts = index.passages.map((p) => p.text);
    expect(texts).toContain('There were no named substitutes.');
    expect(texts).not.toContain('12');
  });

  it('leaves out what stands under the agenda heading: the meeting answers give the agenda', () => {
    expect(index.passages.some((p) => p.text.includes('To receive details of members'))).toBe(false);
  });

  it('names the meeting a minute records, so its date is found above the minute', () => {
    const minute = index.passages.find((p) => p.text === 'There were no declarations of interest.')!;
    expect(minute.outline).toContain('Monday 15 July 2019');
  });

  it.each([
    ['named substitutes', 'There were no named substitutes.'],
    ['declarations of interest', 'There were no declarations of interest.'],
  ])('answers "%s ... in 2019" from the minutes, the year being the meeting\'s', (subject, minute) => {
    const [first] = searchPassages(index, slots(subject, '2019'));
    expect(first?.passage.text).toBe(minute);
    expect(first?.requiredHeld).toBe(true);
  });
});

/** Minutes record what was decided on each item under a heading of its own, as Herefordshire's do (002:130-140). */
describe("what a meeting's minutes say it decided", () => {
  const minutes = buildPassageIndex([
    documentOf([
      [
        '**Minutes of the meeting of Children and young people scrutiny committee held at The Shire Hall, Hereford on Monday 15 July 2019 at 1.00 pm**',
        '**8. SCHOOL TRANSPORT REVIEW 2018/2019**',
        'The committee received a report on the review of school transport and debated the routes that had been cut.',
        'The committee proposed, seconded and agreed recommendations as below.',
        '**RESOLVED: That:**',
        '- **A briefing note is provided on the routes withdrawn since September;**',
        '- **A letter is sent to the bus operators asking for their timetables for the spring term.**',
        '**9. HOME TO SCHOOL TRAVEL POLICY**',
        'The policy is updated every year.',
        '**Decision type**',
        'A key decision, as the policy affects pupils in every ward.',
        '**RESOLVED that the committee agrees:**',
        '- **The policy as attached to the agenda.**',
      ].join('\n'),
      ['**Minutes of the meeting of Children and young people scrutiny committee held at The Shire Hall, Hereford on Monday 16 September 2019**', '**RESOLVED:**', 'That the minutes of the last meeting be agreed as a correct record and signed by the chairperson.'].join('\n'),
    ]),
  ]);
  const under = (text: string) => minutes.passages.find((p) => p.text.includes(text))!;

  it('heads a resolution with the item it decides, which the heading alone does not say', () => {
    expect(under('routes withdrawn').heading).toBe('8. SCHOOL TRANSPORT REVIEW 2018/2019 – RESOLVED: That:');
    expect(under('The policy as attached').heading).toBe('9. HOME TO SCHOOL TRAVEL POLICY – RESOLVED that the committee agrees:');
  });

  it("leaves a form's label ('Decision type') and a resolution under no item as they are", () => {
    expect(under('A key decision').heading).toBe('Decision type');
    expect(under('correct record').heading).toBe('RESOLVED:');
  });

  it('heads each of several decisions under one item with that item, not with the decision before it', () => {
    const headings = chunkPage(
      ['**8. SCHOOL TRANSPORT REVIEW**', 'The committee debated the routes.', '**RESOLVED: That:**', '- A briefing note is provided.', '**Agreed**', 'The chair wrote to the bus operators.'].join('\n'),
    ).chunks.map((c) => c.heading);
    expect(headings).toEqual(['8. SCHOOL TRANSPORT REVIEW', '8. SCHOOL TRANSPORT REVIEW – RESOLVED: That:', '8. SCHOOL TRANSPORT REVIEW – Agreed']);
  });

  it('heads a marked-up decision under a marked-up item with it', () => {
    const headings = chunkPage(['## 8. SCHOOL TRANSPORT REVIEW', 'The committee debated the routes.', '### RESOLVED: That:', '- The two routes are reinstated.'].join('\n')).chunks.map((c) => c.heading);
    expect(headings).toEqual(['8. SCHOOL TRANSPORT REVIEW', '8. SCHOOL TRANSPORT REVIEW – RESOLVED: That:']);
  });

  it('leaves a marked-up "Decision" heading as it is: it opens a part of its own, not a section of the item above', () => {
    const headings = chunkPage(['4. Risk management', 'The risks are set out in a sentence.', '## Decision', 'Cabinet is asked to decide on it.'].join('\n')).chunks.map((c) => c.heading);
    expect(headings).toEqual(['4. Risk management', 'Decision']);
  });

  it("finds what was resolved on an item by the item's words, though the resolution's text does not repeat them", () => {
    const [first] = searchPassages(minutes, slots('resolved school transport review', '2019'));
    expect(first?.passage.text).toContain('routes withdrawn');
    expect(first?.requiredHeld).toBe(true);
  });
});

/** A report's table of contents names every section with its page: it says where, not what. */
describe('a table of contents in the papers', () => {
  const report = buildPassageIndex([
    documentOf([
      ['Contents', '17. Risks to achieving and sustaining improvement\t41', '18. Recommendations\t44'].join('\n'),
      [
        '17. Risks to achieving and sustaining improvement',
        'The main risks to achieving and sustaining improvement are the pace of change and the stability of senior management roles.',
      ].join('\n'),
    ]),
  ]);

  it('answers which page a section is on', () => {
    const [first] = searchPassages(report, slots('risks achieving sustaining improvement'), { pages: true });
    expect(first?.passage.heading).toBe('Contents');
    expect(first?.requiredHeld).toBe(true);
  });

  it('does not answer what the section says', () => {
    const hits = searchPassages(report, slots('risks achieving sustaining improvement'));
    expect(hits[0]?.passage.text).toContain('pace of change');
    expect(hits.find((h) => h.passage.heading === 'Contents')?.requiredHeld).toBe(false);
  });
});
