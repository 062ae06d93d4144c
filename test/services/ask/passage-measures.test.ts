import { describe, expect, it } from 'vitest';
import { buildPassageIndex } from '../../../src/services/ask/passage-index';
import { searchPassages } from '../../../src/services/ask/passage-search';
import { documentOf } from '../../helpers/passage-documents';
import type { PassageSlot } from '../../../src/nlu/intents';
import { nameTerms } from '../../../src/nlu/text';

/** The question's words as slots, the ones after "how much" or "how many" marked as what is measured. */
const measured = (focus: string, rest = ''): PassageSlot[] => [
  ...nameTerms(focus).map((t): PassageSlot => ({ phrases: [[t]], role: 'subject', focus: true })),
  ...nameTerms(rest).map((t): PassageSlot => ({ phrases: [[t]], role: 'subject' })),
];

/** "How much" is answered by money or a share said after what it measures, as papers write it. */
describe('an amount said after what it measures', () => {
  const index = buildPassageIndex([
    documentOf([
      'The Attendance Centres grant, £50,043, is included in the total for the Youth Justice Grant in the table above.',
      'You will be aware that the deficit on the High Needs Budget for 2021/22 was £20.5m, and is forecast to grow.',
      'Caseloads in the Youth Offending Team have increased by 25% post pandemic, reflecting the courts activity.',
      'The accommodation service will house care leavers aged 18 to 21 in the city, with support from the team.',
    ]),
  ]);
  const first = (slots: PassageSlot[]) => searchPassages(index, slots, { wanted: 'number' })[0]!;

  it.each([
    ['attendance centres grant', '', '£50,043'],
    ['deficit', 'high needs budget', '£20.5m'],
    ['caseloads', 'youth offending team', '25%'],
  ])('"how much %s" finds %s beside it', (focus, rest, figure) => {
    const hit = first(measured(focus, rest));
    expect(hit.passage.text).toContain(figure);
    expect(hit.attached).toBe(true);
  });

  it('does not take a bare figure after a name for its count ("care leavers aged 18 to 21")', () => {
    const hit = first(measured('care leavers', 'accommodation service'));
    expect(hit.passage.text).toContain('aged 18 to 21');
    expect(hit.attached).toBe(false);
  });
});

/** "How many times", "how much each year": what is counted is a general word the papers need not hold. */
describe('a count of a general word', () => {
  const index = buildPassageIndex([
    documentOf([
      'In four of the eight cases reviewed, the case manager had not involved other agencies or used data from them.',
      'The case manager had not involved other agencies in the review meetings held with the family and the school.',
    ]),
  ]);
  const slots = (counted: string, weak: boolean): PassageSlot[] => [
    ...nameTerms(counted).map((t): PassageSlot => ({ phrases: [[t]], role: 'subject', focus: true, ...(weak ? { weak: true } : {}) })),
    ...nameTerms('case manager not involved other agencies').map((t): PassageSlot => ({ phrases: [[t]], role: 'subject' })),
  ];

  it('takes the figure where the question\'s words are when the general word is not in the papers ("how many times")', () => {
    const hits = searchPassages(index, slots('times', true), { wanted: 'number' });
    expect(hits[0]!.passage.text).toContain('In four of the eight cases');
    expect(hits[0]!.attached).toBe(true);
    expect(hits[1]!.attached).toBe(false);
  });

  it('does not when what is counted is a word of the subject ("how many referrals"): a figure there counts something else', () => {
    const hits = searchPassages(index, slots('referrals', false), { wanted: 'number' });
    expect(hits.every((h) => !h.attached)).toBe(true);
  });
});

describe('a figure asked for with nothing counted', () => {
  const index = buildPassageIndex([documentOf(['The youth justice grant for the year was £304,366, paid in two parts by the board.'])]);

  it('is not said to stand with what is counted: nothing is ("what was the yjb grant")', () => {
    const slots = nameTerms('youth justice grant').map((t): PassageSlot => ({ phrases: [[t]], role: 'subject' }));
    const [hit] = searchPassages(index, slots, { wanted: 'number' });
    expect(hit?.fits).toBe(true);
    expect(hit?.attached).toBe(false);
  });
});

/** A figure before a unit of time or after a label counts neither what follows nor what is asked. */
describe('figures that count nothing asked', () => {
  const index = buildPassageIndex([
    documentOf([
      'An investigation into why more 2-4 year olds do not have their EHC Plans written at an early stage was conducted.',
      'Recommendation No. 10 | EHC Plan advice was accepted by the executive in full.',
      'Priority 2 | EHC plans issued within the timescale were reviewed by the SEN team.',
      'Over 400 EHC plans were issued in the year, and 12 weeks was the usual time taken.',
      'At this stage, 40 EHC plans have been finalised, and at level 3 of the review all were checked.',
    ]),
  ]);
  const hits = searchPassages(index, measured('ehc plans'), { wanted: 'number' });
  const attachedOf = (text: string) => hits.find((h) => h.passage.text.includes(text))!.attached;

  it.each(['2-4 year olds', 'No. 10', 'Priority 2'])('does not read the figure of "%s" as a count of EHC plans', (text) => {
    expect(attachedOf(text)).toBe(false);
  });

  it('reads a figure before what is counted as its count, and a unit of time as counted when it is asked', () => {
    expect(attachedOf('Over 400')).toBe(true);
    // A label word only names a part straight before its number: "at this stage, 40 plans" counts plans.
    expect(attachedOf('At this stage, 40')).toBe(true);
    const weeks = searchPassages(index, measured('weeks'), { wanted: 'number' }).find((h) => h.passage.text.includes('12 weeks'))!;
    expect(weeks.attached).toBe(true);
  });
});
