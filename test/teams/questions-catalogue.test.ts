import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/store/ports';
import type { SqlClient } from '../../src/store/sql/sql-client';
import { openSeedStores } from '../helpers/seed-ask-catalogue';
import { createTestBot, type TestBot } from '../helpers/test-bot';
import { FakeOutbox } from '../services/questions/fake-outbox';
import { answerText, buttonData, directory, inputValue, people, press, say } from '../services/questions/harness';

/** Questions for meetings imported from the bundled agenda packs, and asking what is in for one. */
const MEDWAY = 'medway/children-and-young-people-overview-and-scrutiny-committee/2023-03-02';
const HEREFORD = 'herefordshire/children-and-young-people-scrutiny-committee/2019-09-16';

describe('questions for imported meetings', () => {
  let stores: Stores & { sql: SqlClient };
  let t: TestBot;
  let outbox: FakeOutbox;
  let now: Date;

  beforeAll(async () => {
    stores = await openSeedStores();
  });
  afterAll(async () => {
    await stores.close();
  });
  beforeEach(async () => {
    await stores.sql.exec('TRUNCATE question_events, questions, question_windows CASCADE');
    outbox = new FakeOutbox();
    now = new Date('2023-02-20T10:00:00Z');
    t = await createTestBot({ stores: { ...stores, outbox: outbox.asStore() }, directory, clock: () => now });
  });

  async function openMedway(deadline = { fixedDate: '2023-02-27', fixedTime: '12:00' }): Promise<string> {
    const picker = await say(t, people.chair, 'open questions');
    expect(answerText(picker)).toContain('Children and Young People Overview and Scrutiny Committee, Thursday 2 March 2023');
    const form = await press(t, people.chair, 'question.open.form', { meetingId: MEDWAY });
    expect(form.text).toContain("8 Attendance of the Portfolio Holder for Children's Services \\(Lead Member\\)");
    const opened = await press(t, people.chair, 'question.open', {
      ...buttonData(form.card, 'Open for questions'),
      deadlineKind: 'fixed',
      days: '',
      time: '',
      ...deadline,
      maxPerMember: '2',
      maxLength: '1000',
      notifyMembers: 'false',
    });
    expect(opened.text).toContain('Questions are open');
    return (await stores.questions.windowForMeeting(MEDWAY))!.id;
  }

  it('opens an imported meeting from the picker with a fixed deadline and takes questions against its agenda', async () => {
    const windowId = await openMedway();
    expect((await stores.questions.getWindow(windowId))!.deadline).toBe('2023-02-27T12:00:00.000Z');
    const form = await press(t, people.jane, 'question.form', { windowId });
    expect(form.text).toContain('Questions close at noon on Monday 27 February 2023');
    expect(form.text).toContain('9 Childrens Social Care Sufficiency Strategy 2023-2025');
    const sent = await press(t, people.jane, 'question.submit', {
      ...buttonData(form.card, 'Submit'),
      agendaItem: '9',
      text: 'What is the Sufficiency Strategy doing to reduce the use of unregistered placements for children in care?',
      putTo: '',
    });
    expect(sent.text).toContain('Question received: Q1');
    // No channel: opened in a 1:1 chat, and the chair chose not to message members.
    expect(outbox.messages).toHaveLength(0);
  });

  it('records a submission Teams delivers twice only once', async () => {
    const windowId = await openMedway();
    const data = { windowId, questionId: '', formId: 'one-form', agendaItem: '11', text: 'Can the work programme include a visit to the Youth Offending Team?', putTo: '', confirmSimilar: false, late: false };
    const first = await press(t, people.mo, 'question.submit', data);
    const again = await press(t, people.mo, 'question.submit', data);
    expect(first.text).toContain('Question received: Q1');
    expect(again.text).toContain('Question received: Q1');
    expect(await stores.questions.listQuestions(windowId)).toHaveLength(1);
  });

  it('answers "what questions are in for the 2 March meeting?" with the accepted ones only', async () => {
    const windowId = await openMedway();
    const ask = (who: typeof people.jane, agendaItem: string, text: string) =>
      press(t, who, 'question.submit', { windowId, questionId: '', formId: `${who.name}-${agendaItem}`, agendaItem, text, putTo: '', confirmSimilar: true, late: false });
    await ask(people.jane, '8', 'Will the Portfolio Holder say how many children in care are placed more than 20 miles from Medway?');
    await ask(people.mo, '9', 'How many in-house foster carer households has Medway gained in the last twelve months?');
    await ask(people.lee, '11', 'Can the work programme include a report on the SEND Safety Valve plan before the summer?');
    const [q1, q2] = await stores.questions.listQuestions(windowId);
    await press(t, people.chair, 'question.accept', { questionId: q2!.id, version: q2!.version });
    await press(t, people.chair, 'question.accept', { questionId: q1!.id, version: q1!.version });

    const text = answerText(await say(t, people.mo, 'what questions are in for the 2 March meeting?'));
    expect(text).toContain('Questions in for Children and Young People Overview and Scrutiny Committee, Thursday 2 March 2023');
    expect(text).toContain('2 accepted questions');
    expect(text).toContain('Item 8: Attendance of the Portfolio Holder');
    expect(text).toContain('Question 1 (Q1)');
    expect(text).toContain('Item 9: Childrens Social Care Sufficiency Strategy');
    expect(text).toContain('Question 2 (Q2)');
    expect(text).not.toContain('Safety Valve');

    for (const phrase of ['questions for 2 March', 'Which questions are in for the 2nd of March?', 'questions for the children committee meeting']) {
      expect(answerText(await say(t, people.mo, phrase)), phrase).toContain('2 accepted questions');
    }
    expect(answerText(await say(t, people.mo, 'what questions are in for 3 March?'))).toContain('No questions have been gathered in Teams for a meeting on 3 March');
  });

  it('leaves free-text questions that merely start "questions for" to members ask', async () => {
    await openMedway();
    const sent = await say(t, people.mo, 'questions for the portfolio holder about fostering');
    expect(answerText(sent)).not.toContain('accepted question');
    expect(answerText(sent)).not.toContain('No questions have been gathered');
  });

  it('shows accepted questions only to people in the directory', async () => {
    await openMedway();
    const stranger = { ...people.mo, aadObjectId: '99999999-0000-4000-8000-000000000099', name: 'Someone Else' };
    expect(answerText(await say(t, stranger, 'questions for 2 March'))).toContain("only show questions to people in the council's directory");
  });

  it("reproduces Herefordshire's stated deadline from the working-day rule, and offers the pack's own text", async () => {
    now = new Date('2019-09-02T09:00:00Z');
    const form = await press(t, people.services, 'question.open.form', { meetingId: HEREFORD });
    // The pack: "Deadline for receipt of questions is 5:00pm on Tuesday 10 September 2019".
    expect(form.text).toContain('Deadline for receipt of questions is 5:00pm on Tuesday 10 September 2019');
    expect(inputValue(form.card, 'deadlineKind')).toBe('fixed');
    expect(inputValue(form.card, 'fixedDate')).toBe('2019-09-10');
    const opened = await press(t, people.services, 'question.open', {
      meetingId: HEREFORD,
      deadlineKind: 'rule',
      days: '3',
      time: '17:00',
      fixedDate: '',
      fixedTime: '',
      maxPerMember: '2',
      maxLength: '1000',
      notifyMembers: 'false',
    });
    expect(opened.text).toContain('5pm on Tuesday 10 September 2019');
    expect(opened.text).toContain('3 clear working days before the meeting, weekends skipped');
  });

  it('refuses a chair of another committee, and a deadline that has passed or falls after the meeting', async () => {
    const other = await press(t, people.otherChair, 'question.open', { meetingId: MEDWAY, deadlineKind: 'rule', days: '3', time: '17:00', fixedDate: '', fixedTime: '', maxPerMember: '2', maxLength: '1000', notifyMembers: 'false' });
    expect(other.message).toContain('Only the chair of the Children and Young People Overview and Scrutiny Committee or democratic services');
    const open = (fixedDate: string, extra: Record<string, unknown> = {}) =>
      press(t, people.chair, 'question.open', { meetingId: MEDWAY, deadlineKind: 'fixed', days: '', time: '', fixedDate, fixedTime: '17:00', maxPerMember: '2', maxLength: '1000', notifyMembers: 'false', ...extra });
    expect((await open('2023-02-10')).text).toContain('has already passed');
    expect((await open('2023-03-03')).text).toContain('The deadline must fall before the meeting starts');
    const badLimit = await open('2023-02-27', { maxPerMember: '0' });
    expect(badLimit.text).toContain('Allow from 1 to 20 questions per member');
    expect(await stores.questions.listWindows()).toHaveLength(0);
  });

  it('lists the question commands on the help card', async () => {
    const text = answerText(await say(t, people.mo, 'help'));
    for (const usage of ['ask a question', 'my questions', 'open questions', 'question queue', 'question pack']) expect(text).toContain(usage);
  });
});
