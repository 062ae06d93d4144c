import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../src/import/seed-files';
import { importFiles } from '../../src/services/import-files';
import { openStores } from '../../src/store/open-stores';
import type { Stores } from '../../src/store/ports';
import type { SqlClient } from '../../src/store/sql/sql-client';
import { createTestBot, type TestBot } from '../helpers/test-bot';
import { FakeOutbox } from '../services/questions/fake-outbox';
import { answerText, buttonData, COMMITTEE, directory, people, press, say } from '../services/questions/harness';

/**
 * One meeting model: a meeting a chair adds in Teams when opening questions is found by members'
 * meeting and deadline questions like an imported one, over the bundled packs.
 */
const OPEN = { deadlineKind: 'fixed', days: '', time: '', fixedDate: '2026-12-03', fixedTime: '17:00', maxPerMember: '2', maxLength: '1000', notifyMembers: 'false' };

describe('a meeting added in Teams is known everywhere', () => {
  let stores: Stores & { sql: SqlClient };
  let t: TestBot;
  let now: Date;

  beforeAll(async () => {
    stores = await openStores({});
    const imported = await importFiles(stores.catalogue, readSeedFiles());
    if (!imported.ok) throw new Error(imported.errors.join('; '));
  });
  afterAll(async () => {
    await stores.close();
  });
  beforeEach(async () => {
    await stores.sql.exec('TRUNCATE question_events, questions, question_windows CASCADE');
    now = new Date('2026-11-20T09:00:00Z');
    t = await createTestBot({ stores: { ...stores, outbox: new FakeOutbox().asStore() }, directory, clock: () => now });
  });

  async function addMeeting(body: string, date: string, open = OPEN): Promise<void> {
    const meeting = { body, date, time: '18:30', venue: "St George's Centre, Chatham Maritime", agenda: '8 Attendance of the Portfolio Holder\n9 Work programme' };
    const form = await press(t, people.services, 'question.meeting.create', meeting);
    const opened = await press(t, people.services, 'question.open', { ...buttonData(form.card, 'Open for questions'), ...open });
    expect(opened.text).toContain('Questions are open');
  }

  it('answers the deadline and next-meeting questions from the window, in several phrasings', async () => {
    await addMeeting(COMMITTEE, '2026-12-10');
    for (const phrase of [
      `when's the deadline for questions to the ${COMMITTEE}?`,
      'deadline for questions to the children and young people overview and scrutiny committee',
      `what is the question deadline for the next meeting of the ${COMMITTEE} (Medway)`,
    ]) {
      const text = answerText(await say(t, people.jane, phrase));
      expect(text, phrase).toContain('5pm on Thursday 3 December 2026');
      expect(text, phrase).not.toContain('known only by its date');
      expect(text, phrase).toContain('Added in Teams when questions were opened on 20 November 2026');
    }
    for (const phrase of [
      `when is the next ${COMMITTEE} meeting`,
      `next meeting of the ${COMMITTEE} (Medway)`,
      'when does the children and young people overview and scrutiny committee next meet?',
    ]) {
      const text = answerText(await say(t, people.jane, phrase));
      expect(text, phrase).toContain('Thursday 10 December 2026 at 6.30pm');
      expect(text, phrase).toContain('Added in Teams');
    }
  });
});
