import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/domain/questions';
import { accept, approveAnswer, assign, draftAnswer, markOutcome, merge, reject, returnAnswer, withdraw } from '../../src/domain/questions-review';

const at = '2026-03-25T10:00:00.000Z';
const q = (over: Partial<Question> = {}): Question => ({
  id: 'q1',
  windowId: 'w1',
  number: 1,
  agendaItem: '9',
  text: 'How many in-house foster carer households has Medway gained?',
  askers: [{ name: 'Cllr A', aadObjectId: 'a' }],
  status: 'submitted',
  late: false,
  receivedAt: '2026-03-20T10:00:00.000Z',
  updatedAt: '2026-03-20T10:00:00.000Z',
  similar: [],
  version: 1,
  ...over,
});
const officer = { name: 'Sam Officer', aadObjectId: 'o' };
const value = <T>(r: { ok: true; question: T } | { ok: false; problem: string }): T => {
  if (!r.ok) throw new Error(r.problem);
  return r.question;
};

describe('the steps of a question after it is submitted', () => {
  it('accepts once, and says so when asked again', () => {
    const accepted = value(accept(q(), at));
    expect(accepted).toMatchObject({ status: 'accepted', updatedAt: at });
    expect(accept(accepted, at)).toEqual({ ok: false, problem: 'Q1 is already accepted.' });
  });

  it('rejects only with a reason, and not a question already withdrawn', () => {
    expect(reject(q(), '  ', at).ok).toBe(false);
    expect(value(reject(q(), 'Asked at the last meeting.', at))).toMatchObject({ status: 'rejected', rejectReason: 'Asked at the last meeting.' });
    expect(reject(q({ status: 'withdrawn' }), 'Too late.', at)).toEqual({ ok: false, problem: 'Q1 is withdrawn, so that cannot be done now.' });
  });

  it('merges a duplicate keeping every asker once, and refuses odd merges', () => {
    const kept = q({ id: 'q1', askers: [{ name: 'Cllr A', aadObjectId: 'a' }] });
    const dup = q({ id: 'q2', number: 2, askers: [{ name: 'Cllr B', aadObjectId: 'b' }, { name: 'Cllr A', aadObjectId: 'a' }] });
    const merged = merge(dup, kept, at);
    if (!merged.ok) throw new Error(merged.problem);
    expect(merged.duplicate).toMatchObject({ status: 'merged', mergedInto: 'q1' });
    expect(merged.kept.askers.map((a) => a.name)).toEqual(['Cllr A', 'Cllr B']);
    expect(merge(kept, kept, at).ok).toBe(false);
    expect(merge(dup, q({ windowId: 'w2' }), at).ok).toBe(false);
    expect(merge(dup, q({ status: 'rejected' }), at).ok).toBe(false);
  });

  it('assigns to an officer by a date (accepting it), then takes, returns and approves the answer', () => {
    expect(assign(q(), officer, '2026-03-01', '2026-03-25', at)).toEqual({ ok: false, problem: 'The answer cannot be due in the past (2026-03-01).' });
    const assigned = value(assign(q(), officer, '2026-04-07', '2026-03-25', at));
    expect(assigned).toMatchObject({ status: 'accepted', answer: { status: 'requested', due: '2026-04-07' } });
    expect(approveAnswer(assigned, at).ok).toBe(false);
    const drafted = value(draftAnswer(assigned, 'Six.', at));
    const returned = value(returnAnswer(drafted, 'Give the year to March.', at));
    expect(returned.answer).toMatchObject({ status: 'returned', note: 'Give the year to March.', text: 'Six.' });
    const redrafted = value(draftAnswer(returned, 'A net gain of 6 in the year to March.', at));
    expect(redrafted.answer?.note).toBeUndefined();
    const approved = value(approveAnswer(redrafted, at));
    expect(approved.answer).toMatchObject({ status: 'approved', text: 'A net gain of 6 in the year to March.' });
    expect(draftAnswer(approved, 'Changed.', at).ok).toBe(false);
    expect(draftAnswer(q(), 'No request.', at).ok).toBe(false);
  });

  it('withdraws a live question only', () => {
    expect(value(withdraw(q({ status: 'accepted' }), at)).status).toBe('withdrawn');
    expect(withdraw(q({ status: 'merged' }), at).ok).toBe(false);
  });

  it('marks an accepted question after the meeting, not before, and not one never accepted', () => {
    const accepted = q({ status: 'accepted' });
    expect(markOutcome(accepted, 'asked', '2026-04-09', '2026-04-08', at)).toEqual({ ok: false, problem: 'The meeting is on 2026-04-09; mark questions after it.' });
    expect(value(markOutcome(accepted, 'answer-in-writing', '2026-04-09', '2026-04-09', at)).outcome).toBe('answer-in-writing');
    expect(markOutcome(q(), 'asked', '2026-04-09', '2026-04-10', at).ok).toBe(false);
  });
});
