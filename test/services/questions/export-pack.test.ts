import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportQuestionPack } from '../../../src/services/questions/export-pack';
import { useSharedStores } from '../../helpers/shared-stores';

const stores = useSharedStores();
const out = mkdtempSync(join(tmpdir(), 'question-pack-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const clock = { now: new Date('2026-04-02T09:00:00Z'), timeZone: 'Europe/London' };

async function seed(): Promise<void> {
  const q = stores().questions;
  const meeting = { id: 'created/cyp/2026-04-09', origin: 'created' as const, body: 'CYP Overview and Scrutiny Committee', date: '2026-04-09', agenda: [{ number: '9', title: 'Sufficiency' }] };
  await q.createWindow(
    { id: 'w', meeting, rule: { kind: 'fixed', date: '2026-04-01', time: '17:00' }, deadline: '2026-04-01T16:00:00.000Z', maxPerMember: 2, maxLength: 1000, openedBy: { name: 'Chair' }, openedAt: '2026-03-20T09:00:00.000Z', version: 1 },
    { windowId: 'w', kind: 'window-opened', by: { name: 'Chair' }, at: '2026-03-20T09:00:00.000Z', detail: {} },
  );
  await q.addQuestion(
    { id: 'q1', windowId: 'w', agendaItem: '9', text: 'How many placements are out of area?', askers: [{ name: 'Cllr A' }], status: 'accepted', late: false, receivedAt: '2026-03-21T09:00:00.000Z', updatedAt: '2026-03-21T09:00:00.000Z', similar: [] },
    { windowId: 'w', kind: 'submitted', by: { name: 'Cllr A' }, at: '2026-03-21T09:00:00.000Z', detail: {} },
    'k1',
  );
}

describe('exporting the question pack (npm run question-pack)', () => {
  it('writes the Word and Markdown files for a meeting named by id or by date', async () => {
    await seed();
    const byId = await exportQuestionPack(stores().questions, 'created/cyp/2026-04-09', out, clock);
    expect(byId).toMatchObject({ ok: true, count: 1, title: 'CYP Overview and Scrutiny Committee, Thursday 9 April 2026' });
    if (!byId.ok) return;
    expect(byId.files.map((f) => f.slice(out.length + 1))).toEqual([
      'questions-cyp-overview-and-scrutiny-committee-2026-04-09.docx',
      'questions-cyp-overview-and-scrutiny-committee-2026-04-09.md',
    ]);
    expect(readFileSync(byId.files[0]!).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(byId.files[1]!, 'utf8')).toContain('### Question 1 (Q1)');
    expect((await exportQuestionPack(stores().questions, '9 April', out, clock)).ok).toBe(true);
  });

  it('says what to give when the meeting is not found', async () => {
    await seed();
    expect(await exportQuestionPack(stores().questions, '10 April', out, clock)).toEqual({
      ok: false,
      message: 'No questions were gathered for "10 April". Give the meeting id shown on the pack card.',
    });
  });
});
