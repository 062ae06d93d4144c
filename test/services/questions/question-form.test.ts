import { describe, expect, it } from 'vitest';
import { createCardRenderer } from '../../../src/cards/render';
import type { Actor, DirectoryPerson } from '../../../src/domain/directory';
import type { QuestionWindow } from '../../../src/domain/questions';
import type { QuestionContext } from '../../../src/services/questions/context';
import { editQuestionForm } from '../../../src/services/questions/edit-question-form';
import { questionForm } from '../../../src/services/questions/question-form';
import { useSharedStores } from '../../helpers/shared-stores';
import { directory, people } from './harness';

/**
 * The question form and the edit form as use cases: who may have them, and when (the decisions the
 * routes no longer make). The store is emptied before each test.
 */
const stores = useSharedStores();
const cards = createCardRenderer();
const NOW = new Date('2026-03-02T10:00:00.000Z');

const ctx = (): QuestionContext => ({ ...stores(), cards, directory, now: NOW, timeZone: 'Europe/London' });
const actor = (p: DirectoryPerson): Actor => ({ userId: `29:${p.name}`, name: p.name, ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}) });

const window = (id: string, deadline: string, maxPerMember = 2): QuestionWindow => ({
  id,
  meeting: { id: `m-${id}`, origin: 'created', body: 'Children and Young People Overview and Scrutiny Committee', date: '2026-03-20', agenda: [{ number: '1', title: 'Item' }] },
  rule: { kind: 'fixed', date: deadline.slice(0, 10), time: '09:00' },
  deadline,
  maxPerMember,
  maxLength: 1000,
  openedBy: { name: 'Cllr Chris Chair' },
  openedAt: '2026-03-01T09:00:00.000Z',
  version: 1,
});

let n = 0;
async function open(w: QuestionWindow): Promise<void> {
  await stores().questions.createWindow(w, { windowId: w.id, kind: 'window-opened', by: { name: 'Cllr Chris Chair' }, at: w.openedAt, detail: {} });
}

async function ask(w: QuestionWindow, p: DirectoryPerson, status: 'submitted' | 'withdrawn' = 'submitted') {
  const who = { name: p.name, ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}) };
  const at = '2026-03-01T10:00:00.000Z';
  const { question } = await stores().questions.addQuestion(
    { id: `q${++n}`, windowId: w.id, agendaItem: '1', text: `Question ${n} about fostering?`, putTo: '', askers: [who], status, late: false, receivedAt: at, updatedAt: at, similar: [] },
    { windowId: w.id, kind: 'submitted', by: who, at, detail: { late: false } },
    `key-${n}`,
  );
  return question;
}

describe('the question form (service)', () => {
  it('refuses someone the directory does not list as a councillor', async () => {
    expect(await questionForm(ctx(), actor(people.officer))).toMatchObject({ kind: 'refused', message: expect.stringContaining('Only councillors') });
    expect(await questionForm(ctx(), { userId: '29:x', name: 'Stranger' })).toMatchObject({ kind: 'refused' });
  });

  it('says no meeting is taking questions when every window is past its deadline', async () => {
    await open(window('closed', '2026-03-01T09:00:00.000Z'));
    expect(await questionForm(ctx(), actor(people.jane))).toMatchObject({ kind: 'refused', message: expect.stringContaining('No meeting is taking questions') });
  });

  it('gives the one open window its form, then a choice once two are open', async () => {
    await open(window('open-a', '2026-03-10T17:00:00.000Z'));
    const one = await questionForm(ctx(), actor(people.jane));
    expect(one).toMatchObject({ kind: 'form', closed: false, window: { id: 'open-a' } });
    await open(window('open-b', '2026-03-12T17:00:00.000Z'));
    const two = await questionForm(ctx(), actor(people.jane));
    expect(two.kind === 'choose' ? two.windows.map((w) => w.id).sort() : two).toEqual(['open-a', 'open-b']);
  });

  it('gives a window past its deadline a closed form (a late question), and a gone window none', async () => {
    await open(window('closed', '2026-03-01T09:00:00.000Z'));
    expect(await questionForm(ctx(), actor(people.jane), 'closed')).toMatchObject({ kind: 'form', closed: true });
    expect(await questionForm(ctx(), actor(people.jane), 'no-such-window')).toEqual({ kind: 'stale' });
  });

  it('tells a member at the meeting\'s limit to withdraw one first; a withdrawn one does not count', async () => {
    const w = window('limit', '2026-03-10T17:00:00.000Z', 1);
    await open(w);
    await ask(w, people.lee, 'withdrawn');
    expect(await questionForm(ctx(), actor(people.lee), 'limit')).toMatchObject({ kind: 'form' });
    await ask(w, people.lee);
    expect(await questionForm(ctx(), actor(people.lee), 'limit')).toMatchObject({ kind: 'refused', message: expect.stringContaining('already submitted 1 question for') });
  });

  it('gives each form a new id', async () => {
    await open(window('open-a', '2026-03-10T17:00:00.000Z'));
    const [a, b] = [await questionForm(ctx(), actor(people.mo), 'open-a'), await questionForm(ctx(), actor(people.mo), 'open-a')];
    expect(a.kind === 'form' && b.kind === 'form' && a.formId !== b.formId).toBe(true);
  });
});

describe('the edit form (service)', () => {
  it('lets only the member who submitted a live question change it', async () => {
    const w = window('edit', '2026-03-10T17:00:00.000Z');
    await open(w);
    const q = await ask(w, people.mo);
    expect(await editQuestionForm(ctx(), actor(people.mo), q.id)).toMatchObject({ kind: 'form', question: { id: q.id }, closed: false });
    expect(await editQuestionForm(ctx(), actor(people.jane), q.id)).toMatchObject({ kind: 'refused', message: 'Only the member who submitted a question can change it.' });
    const gone = await ask(w, people.mo, 'withdrawn');
    expect(await editQuestionForm(ctx(), actor(people.mo), gone.id)).toMatchObject({ kind: 'refused', message: 'That question is withdrawn and can no longer be changed.' });
    expect(await editQuestionForm(ctx(), actor(people.mo), 'no-such-question')).toEqual({ kind: 'stale' });
  });
});
