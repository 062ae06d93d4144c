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
