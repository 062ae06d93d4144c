import { describe, expect, it } from 'vitest';
import type { QuestionWindow } from '../../../src/domain/questions';
import { applyQuestionRetention } from '../../../src/services/questions/apply-retention';
import { questionRetentionJob } from '../../../src/services/questions/retention-job';
import { useSharedStores } from '../../helpers/shared-stores';

const stores = useSharedStores();

const window = (id: string, date: string): QuestionWindow => ({
  id,
  meeting: { id: `m-${id}`, origin: 'created', body: 'Committee', date, agenda: [{ number: '1', title: 'Item' }] },
  rule: { kind: 'fixed', date, time: '09:00' },
  deadline: `${date}T08:00:00.000Z`,
  maxPerMember: 2,
  maxLength: 1000,
  openedBy: { name: 'Cllr Chris Chair', aadObjectId: 'chair' },
  openedAt: '2025-01-01T09:00:00.000Z',
  version: 1,
});

async function seed(id: string, date: string): Promise<void> {
  const s = stores().questions;
  await s.createWindow(window(id, date), { windowId: id, kind: 'window-opened', by: { name: 'Cllr Chris Chair' }, at: '2025-01-01T09:00:00.000Z', detail: {} });
  const { question } = await s.addQuestion(
    {
      id: `${id}-q`,
      windowId: id,
      agendaItem: '1',
      text: 'How many foster carers left in the year?',
      putTo: 'the Portfolio Holder',
      askers: [{ name: 'Cllr Jane Example', aadObjectId: 'jane' }],
      status: 'submitted',
      late: false,
      receivedAt: '2025-01-02T09:00:00.000Z',
      updatedAt: '2025-01-02T09:00:00.000Z',
      similar: [],
    },
    { windowId: id, kind: 'submitted', by: { name: 'Cllr Jane Example', aadObjectId: 'jane' }, at: '2025-01-02T09:00:00.000Z', detail: { late: false } },
    `${id}-key`,
  );
  await s.saveQuestions([{ ...question, status: 'rejected', rejectReason: 'Asked last month.' }], [
    { windowId: id, questionId: question.id, kind: 'rejected', by: { name: 'Cllr Chris Chair' }, at: '2025-01-03T09:00:00.000Z', detail: { reason: 'Asked last month.' } },
  ]);
}

describe('question retention', () => {
  it("blanks the personal text of meetings past the retention period, keeping numbers, states and dates", async () => {
    await seed('old', '2025-01-20');
    await seed('recent', '2025-12-01');
    const done = await applyQuestionRetention(stores(), new Date('2026-02-10T02:00:00Z'), '2026-02-10', 365);
    expect(done.map((w) => w.id)).toEqual(['old']);

    const [old] = await stores().questions.listQuestions('old');
    expect(old).toMatchObject({ number: 1, status: 'rejected', receivedAt: '2025-01-02T09:00:00.000Z', text: '(removed)', rejectReason: '(removed)' });
    expect(old?.askers).toEqual([{ name: '(removed)' }]);
    expect(old?.putTo).toBeUndefined();
    const oldEvents = await stores().questions.listEvents('old');
    expect(JSON.stringify(oldEvents)).not.toMatch(/Jane|Chris|Asked last month|jane/);
    expect(oldEvents.map((e) => e.kind)).toEqual(['window-opened', 'submitted', 'rejected', 'redacted']);
    expect((await stores().questions.getWindow('old'))?.redactedAt).toBe('2026-02-10T02:00:00.000Z');

    const [recent] = await stores().questions.listQuestions('recent');
    expect(recent?.text).toBe('How many foster carers left in the year?');
    expect(JSON.stringify(await stores().questions.listEvents('recent'))).toContain('Cllr Jane Example');

    // Run again: nothing left to do.
    expect(await applyQuestionRetention(stores(), new Date('2026-02-11T02:00:00Z'), '2026-02-11', 365)).toEqual([]);
  });

  it('runs once a day as a scheduled job, and not at all with retention 0', async () => {
    await seed('old', '2024-01-20');
    const job = questionRetentionJob(stores(), 365);
    const local = { date: '2026-01-10', time: '02:00', weekday: 6 };
    expect(job.periodFor({ now: new Date('2026-01-10T02:00:00Z'), local })).toBe('2026-01-10');
    expect(await job.run({ now: new Date('2026-01-10T02:00:00Z'), local, period: '2026-01-10' })).toEqual({ meetings: 1 });
    expect(questionRetentionJob(stores(), 0).periodFor({ now: new Date(), local })).toBeUndefined();
  });
});
