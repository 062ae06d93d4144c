import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VERSION_CHECK_MS } from '../../src/services/ask/ask-catalogue';
import type { Stores } from '../../src/store/ports';
import type { SqlClient } from '../../src/store/sql/sql-client';
import { openSeedStores } from '../helpers/seed-ask-catalogue';
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
    stores = await openSeedStores();
  });
  afterAll(async () => {
    await stores.close();
  });
  beforeEach(async () => {
    await stores.sql.exec('TRUNCATE question_events, questions, question_windows CASCADE');
    now = new Date('2026-11-20T09:00:00Z');
    t = await createTestBot({ stores: { ...stores, outbox: new FakeOutbox().asStore() }, directory, clock: () => now });
  });

  async function addMeeting(body: string, date: string, where: 'personal' | 'channel' = 'personal'): Promise<void> {
    const meeting = { body, date, time: '18:30', venue: "St George's Centre, Chatham Maritime", agenda: '8 Attendance of the Portfolio Holder\n9 Work programme' };
    const form = await press(t, people.services, 'question.meeting.create', meeting, where);
    const opened = await press(t, people.services, 'question.open', { ...buttonData(form.card, 'Open for questions'), ...OPEN }, where);
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

  it('finds a meeting of a committee no pack names', async () => {
    await addMeeting('Corporate Parenting Panel', '2026-12-08');
    for (const phrase of ['when is the next corporate parenting panel meeting?', 'deadline for questions to the corporate parenting panel', 'agenda for the corporate parenting panel']) {
      const text = answerText(await say(t, people.services, phrase));
      expect(text, phrase).toContain('Corporate Parenting Panel');
      expect(text, phrase).toMatch(/Tuesday 8 December 2026|5pm on Thursday 3 December 2026/);
    }
  });

  it('takes "last meeting" as the newest one before now, never the one added for next month', async () => {
    await addMeeting(COMMITTEE, '2026-12-10');
    for (const phrase of [`when was the last ${COMMITTEE} meeting?`, `last meeting of the ${COMMITTEE}`, `agenda for the last ${COMMITTEE} meeting`]) {
      const text = answerText(await say(t, people.jane, phrase));
      expect(text, phrase).toContain('2 March 2023');
      expect(text, phrase).not.toContain('10 December 2026 at');
    }
    // On the day, once the meeting has begun, it is the last one.
    now = new Date('2026-12-10T20:00:00Z');
    expect(answerText(await say(t, people.jane, `when was the last ${COMMITTEE} meeting?`))).toContain('Thursday 10 December 2026 at 6.30pm');
  });
});

describe('which committee: what is known before asking back', () => {
  let stores: Stores & { sql: SqlClient };
  let t: TestBot;
  const now = new Date('2026-11-20T09:00:00Z');
  const HEREFORD = 'Children and young people scrutiny committee';
  const askedBack = (text: string) => text.includes('Which did you mean?');

  beforeAll(async () => {
    stores = await openSeedStores();
    t = await createTestBot({ stores: { ...stores, outbox: new FakeOutbox().asStore() }, directory, clock: () => now });
  });
  afterAll(async () => {
    await stores.close();
  });

  it('asks back when nothing tells the two children\'s committees apart', async () => {
    // Democratic services sit on no committee in the people file.
    for (const phrase of ['when is the next cyp scrutiny meeting?', 'who chairs the children and young people scrutiny?']) {
      const text = answerText(await say(t, people.services, phrase));
      expect(askedBack(text), phrase).toBe(true);
      expect(text).toContain('(Herefordshire)');
      expect(text).toContain('(Medway)');
    }
  });

  it("takes a committee's exact name as naming it", async () => {
    for (const [phrase, council] of [
      [`who chairs the ${COMMITTEE}?`, 'Medway'],
      [`when did the ${COMMITTEE} last meet`, 'Medway'],
      [`who chairs the ${HEREFORD}?`, 'Herefordshire'],
      [`when did the ${HEREFORD} last meet?`, 'Herefordshire'],
    ] as const) {
      const text = answerText(await say(t, people.services, phrase));
      expect(askedBack(text), phrase).toBe(false);
      expect(text, phrase).toContain(`(${council})`);
    }
  });

  it('takes the committee the people file puts the asker on', async () => {
    for (const phrase of ['when is the next cyp scrutiny meeting?', 'who chairs the children and young people scrutiny?', "when's the next meeting?"]) {
      const text = answerText(await say(t, people.mo, phrase));
      expect(askedBack(text), phrase).toBe(false);
      expect(text, phrase).toContain('(Medway)');
    }
  });

  it("takes the conversation's last subject", async () => {
    const first = answerText(await say(t, people.services, `who chairs the ${HEREFORD}?`));
    expect(first).toContain('Carole Gandy');
    for (const phrase of ['when is the next cyp scrutiny meeting?', 'and the venue of the last cyp scrutiny meeting?']) {
      const text = answerText(await say(t, people.services, phrase));
      expect(askedBack(text), phrase).toBe(false);
      expect(text, phrase).toContain('(Herefordshire)');
    }
  });

  it("takes the channel's committee, where questions were opened for it", async () => {
    await stores.sql.exec('TRUNCATE question_events, questions, question_windows CASCADE');
    const meeting = { body: COMMITTEE, date: '2026-12-10', time: '18:30', venue: 'Gun Wharf', agenda: '8 Attendance of the Portfolio Holder' };
    const form = await press(t, people.services, 'question.meeting.create', meeting, 'channel');
    await press(t, people.services, 'question.open', { ...buttonData(form.card, 'Open for questions'), ...OPEN }, 'channel');
    // The question index looks for new windows at most once a second (VERSION_CHECK_MS).
    await new Promise((resolve) => setTimeout(resolve, VERSION_CHECK_MS + 100));
    for (const phrase of ['when is the next cyp scrutiny meeting?', "when's the deadline for questions?"]) {
      const text = answerText(await say(t, people.services, phrase, 'channel'));
      expect(askedBack(text), phrase).toBe(false);
      expect(text, phrase).toContain('(Medway)');
    }
    // Someone on no committee, in a 1:1 chat tied to none and with no subject yet, is asked which.
    expect(askedBack(answerText(await say(t, people.officer, 'when is the next cyp scrutiny meeting?')))).toBe(true);
  });
});

describe('membership per meeting, from the front sheet and the minutes', () => {
  let stores: Stores & { sql: SqlClient };
  let t: TestBot;
  const HEREFORD = 'children and young people scrutiny committee';

  beforeAll(async () => {
    stores = await openSeedStores();
    t = await createTestBot({ stores: { ...stores, outbox: new FakeOutbox().asStore() }, directory, clock: () => new Date('2026-11-20T09:00:00Z') });
  });
  afterAll(async () => {
    await stores.close();
  });

  it('says who sent apologies to the July 2019 meeting, and who attended, from its minutes', async () => {
    for (const phrase of [
      `who sent apologies to the July 2019 ${HEREFORD} meeting?`,
      `apologies for the ${HEREFORD} on 15 July 2019`,
      `membership of the ${HEREFORD} at its 15 July 2019 meeting`,
      `who attended the 15 July 2019 ${HEREFORD}`,
      `who was at the July 2019 ${HEREFORD} meeting`,
      `attendance at the ${HEREFORD} on 15 July 2019`,
      `who was absent from the July 2019 ${HEREFORD}`,
    ]) {
      const text = answerText(await say(t, people.services, phrase));
      expect(text, phrase).toContain('Apologies: Mike Jones, Mr Burbidge.');
      expect(text, phrase).toContain('Carole Gandy chaired');
      expect(text, phrase).toContain('Co-opted members present: Andy James, Nicola Kinson.');
    }
  });

  it('says who chairs the committee and who its co-opted members are, from the latest front sheet that lists them', async () => {
    for (const phrase of [`who chairs the ${HEREFORD}?`, `who are the co-opted members of the ${HEREFORD}`, `${HEREFORD} membership`]) {
      const text = answerText(await say(t, people.services, phrase));
      expect(text, phrase).toContain('Carole Gandy chairs the');
      expect(text, phrase).toContain('Diana Toynbee is vice-chair');
      expect(text, phrase).toContain('Co-opted members: Pat Burbidge, Andy James, Nicola Kinson, Sian Lines.');
    }
    // Medway's packs list no membership: said so, never borrowed from Herefordshire.
    const medway = answerText(await say(t, people.services, `who chairs the ${COMMITTEE}?`));
    expect(medway).not.toContain('Carole Gandy');
    expect(medway).toContain('no membership or chair');
  });

  it('gives the items the work programme plans for a meeting with no agenda in the papers', async () => {
    for (const phrase of [`agenda for the ${HEREFORD} on 25 November 2019`, `what will the ${HEREFORD} consider on 25 November 2019?`]) {
      const text = answerText(await say(t, people.services, phrase));
      expect(text, phrase).toContain('The work programme plans 3 items');
      expect(text, phrase).toContain('Young Carers Service');
      expect(text, phrase).toContain('Planned in the work programme');
    }
  });
});
