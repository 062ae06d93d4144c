import { describe, expect, it } from 'vitest';
import type { StatusScale } from '../../src/domain/model';
import { checkUpdate, type UpdateInput, updateSubmission } from '../../src/domain/update-rules';

const level = (code: string, label: string, rank: number, complete = false) => ({ code, label, meaning: label, colour: '#000000', rank, ...(complete ? { complete } : {}) });
const bgar: StatusScale = { id: 'rag', name: 'RAG', levels: [level('R', 'Red', 0), level('A', 'Amber', 1), level('G', 'Green', 2), level('B', 'Blue', 3, true)] };
const progress: StatusScale = {
  id: 'yot',
  name: 'Progress',
  levels: [level('no-improvement', 'No improvement', 0), level('some-progress', 'Some progress', 1), level('good-progress', 'Good progress', 2), level('complete', 'Complete', 3, true)],
};
const today = '2026-11-20';
const blank: UpdateInput = { status: '', commentary: '', nextSteps: '', revisedDue: '', evidenceUrl: '' };
const why = 'Two cases drifted past 26 weeks.';
const next = 'Weekly tracker review from 1 December.';

describe('rules for an action status update', () => {
  const rejected: [string, StatusScale, Partial<UpdateInput>, Partial<Record<keyof UpdateInput, string>>][] = [
    ['no status chosen', bgar, {}, { status: 'Choose a status: Blue, Green, Amber, Red.' }],
    ['a status not on the scale', bgar, { status: 'Purple' }, { status: '"Purple" is not on this plan\'s scale; choose Blue, Green, Amber, Red.' }],
    ['Red without commentary or next steps', bgar, { status: 'R' }, { commentary: 'Red needs a commentary saying what is wrong (Red or Amber always do).', nextSteps: 'Red needs what will happen next, and by when.' }],
    ['Amber with commentary but no next steps', bgar, { status: 'A', commentary: why }, { nextSteps: 'Amber needs what will happen next, and by when.' }],
    ['Amber with a one-word commentary', bgar, { status: 'A', commentary: 'late', nextSteps: next }, { commentary: 'Amber needs a commentary saying what is wrong (Red or Amber always do).' }],
    ['Some progress (the YOT scale) without an explanation', progress, { status: 'some-progress' }, { commentary: 'Some progress needs a commentary saying what is wrong (No improvement or Some progress always do).', nextSteps: 'Some progress needs what will happen next, and by when.' }],
    ['Blue without evidence', bgar, { status: 'B' }, { evidenceUrl: 'Blue needs a link to the evidence that the action is complete.' }],
    ['Complete (the YOT scale) without evidence', progress, { status: 'complete' }, { evidenceUrl: 'Complete needs a link to the evidence that the action is complete.' }],
    ['evidence that is not a web link', bgar, { status: 'B', evidenceUrl: 'see the shared drive' }, { evidenceUrl: 'Give the evidence as a web link starting https://.' }],
    ['a revised date in the past', bgar, { status: 'G', revisedDue: '2026-11-19' }, { revisedDue: '19 November 2026 is in the past; give a date from 20 November 2026 on.' }],
    ['a revised date that is not a date', bgar, { status: 'G', revisedDue: '2026-02-30' }, { revisedDue: 'Give the revised date as a date (for example 2026-12-31).' }],
    ['an over-long commentary', bgar, { status: 'G', commentary: 'x'.repeat(2001) }, { commentary: 'Keep the commentary under 2000 characters (it has 2001).' }],
  ];
  it.each(rejected)('rejects %s, naming the field', (_name, scale, input, errors) => {
    expect(checkUpdate({ ...blank, ...input }, scale, today)).toEqual({ ok: false, errors });
  });

  const accepted: [string, StatusScale, Partial<UpdateInput>, object][] = [
    ['Green with nothing else', bgar, { status: 'G' }, { status: 'G', commentary: '' }],
    ['a lower-case code', bgar, { status: 'g' }, { status: 'G', commentary: '' }],
    ['Red with what is wrong and what happens next', bgar, { status: 'R', commentary: why, nextSteps: next }, { status: 'R', commentary: `${why}\nNext: ${next}` }],
    ['Blue with evidence', bgar, { status: 'B', evidenceUrl: 'https://council.example.gov.uk/evidence/1' }, { status: 'B', commentary: '', evidenceUrl: 'https://council.example.gov.uk/evidence/1' }],
    ['a revised date of today', bgar, { status: 'G', revisedDue: today }, { status: 'G', commentary: '', revisedDue: today }],
    ['Good progress on the YOT scale', progress, { status: 'good-progress', commentary: 'On track.' }, { status: 'good-progress', commentary: 'On track.' }],
  ];
  it.each(accepted)('accepts %s', (_name, scale, input, update) => {
    expect(checkUpdate({ ...blank, ...input }, scale, today)).toEqual({ ok: true, update });
  });

  it('reads what a card sends, whatever the client left out, and refuses a card without its action', () => {
    const parsed = updateSubmission.parse({ verb: 'action.update', actionId: 'p#1.9', version: '2', status: 'A', commentary: 'a $\u200b{b}' });
    expect(parsed).toEqual({ actionId: 'p#1.9', version: 2, status: 'A', commentary: 'a ${b}', nextSteps: '', revisedDue: '', evidenceUrl: '' });
    expect(updateSubmission.safeParse({ status: 'A' }).success).toBe(false);
    expect(updateSubmission.safeParse({ actionId: 'p#1.9', version: -1 }).success).toBe(false);
  });
});
