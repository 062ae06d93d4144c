import { describe, expect, it } from 'vitest';
import { createCardRenderer } from '../../../src/cards/render';
import type { Actor, DirectoryPerson } from '../../../src/domain/directory';
import type { OutboundMessage } from '../../../src/domain/outbox';
import { type QuestionWindow, questionRef } from '../../../src/domain/questions';
import { reviewState } from '../../../src/services/questions/review-state';
import { reviewCard } from '../../../src/views/questions/review-card';
import type { QuestionContext } from '../../../src/services/questions/context';
import { type SubmitInput, submitQuestion } from '../../../src/services/questions/submit-question';
import { useSharedStores } from '../../helpers/shared-stores';
import { storeWindow } from '../../helpers/question-records';
import { directory, people } from './harness';

/** A submission Teams delivers twice is answered with the question the first one added, whatever the rules now say. */
const stores = useSharedStores();
const cards = createCardRenderer();
const NOW = new Date('2026-03-02T10:00:00.000Z');

const ctx = (): QuestionContext => ({ ...stores(), cards, directory, now: NOW, timeZone: 'Europe/London' });
const actor = (p: DirectoryPerson): Actor => ({ userId: `29:${p.name}`, name: p.name, ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}) });

const window: QuestionWindow = storeWindow('w-redelivery', {
  meetingId: 'm-redelivery',
  body: 'Children and Young People Overview and Scrutiny Committee',
  meeting: { date: '2026-03-20' },
  rule: { kind: 'fixed', date: '2026-03-10', time: '09:00' },
  deadline: '2026-03-10T09:00:00.000Z',
  maxPerMember: 1,
  openedBy: { name: 'Cllr Chris Chair' },
  openedAt: '2026-03-01T09:00:00.000Z',
});

const input = (formId: string, extra: Partial<SubmitInput> = {}): SubmitInput => ({
  windowId: window.id, formId, agendaItem: '1', text: 'How many foster carers did the council recruit this year?', putTo: '', confirmSimilar: false, late: false, ...extra,
});

describe('a question submission delivered twice', () => {
  it('gives back the question already added, though the member is now at their limit and it is like itself', async () => {
    await stores().questions.createWindow(window, { windowId: window.id, kind: 'window-opened', by: { name: 'Cllr Chris Chair' }, at: window.openedAt, detail: {} });
    const first = await submitQuestion(ctx(), actor(people.jane), input('form-1'));
    expect(first.kind).toBe('submitted');
    const id = first.kind === 'submitted' ? first.question.id : '';
    expect(await submitQuestion(ctx(), actor(people.jane), input('form-1'))).toMatchObject({ kind: 'submitted', question: { id } });
    expect(await submitQuestion(ctx(), actor(people.jane), input('form-1', { confirmSimilar: true }))).toMatchObject({ kind: 'submitted', question: { id } });
    expect(await stores().questions.listQuestions(window.id)).toHaveLength(1);
    expect(await submitQuestion(ctx(), actor(people.jane), input('form-2', { text: 'What is the cost of agency social workers?' }))).toMatchObject({ kind: 'problems' });
    expect(await submitQuestion(ctx(), actor(people.mo), input('form-3'))).toMatchObject({ kind: 'similar' });
  });
});

describe("the chair's card for a question very like one already in", () => {
  const likeWindow: QuestionWindow = { ...window, id: 'w-alike' };

  it('is the card built afresh from the stored window: the likeness worked out once for the member serves it', async () => {
    await stores().questions.createWindow(likeWindow, { windowId: likeWindow.id, kind: 'window-opened', by: { name: 'Cllr Chris Chair' }, at: likeWindow.openedAt, detail: {} });
    const sent: OutboundMessage[] = [];
    const capturing = (): QuestionContext => ({ ...ctx(), outbox: { ...ctx().outbox, enqueueAll: async (messages: OutboundMessage[]) => void sent.push(...messages) } });
    const at = (formId: string, text: string, who: DirectoryPerson) => submitQuestion(capturing(), actor(who), { ...input(formId, { text, confirmSimilar: true }), windowId: likeWindow.id });
    await at('a-1', 'How many foster carers did the council recruit this year?', people.jane);
    await at('a-2', 'What is the cost of agency social workers this year?', people.jane);
    const third = await at('a-3', 'How many foster carers has the council recruited this year?', people.mo);
    expect(third.kind).toBe('submitted');
    const question = third.kind === 'submitted' ? third.question : undefined;
    expect(sent.length).toBeGreaterThan(0);
    const state = await reviewState(ctx(), likeWindow, question!);
    const afresh = reviewCard(ctx(), { ...state, result: `${questionRef(question!)} is very like a question already in: merge them, or keep both.` });
    expect(sent.at(-1)!.card).toEqual(afresh);
    expect(JSON.stringify(afresh)).toContain('% alike');
  });
});
