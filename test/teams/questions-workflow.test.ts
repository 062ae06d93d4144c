import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores';
import type { Question } from '../../src/domain/questions';
import { exportQuestionPack } from '../../src/services/questions/export-pack';
import { questionPack } from '../../src/services/questions/question-pack';
import type { Stores } from '../../src/store/ports';
import { createTestBot, type TestBot } from '../helpers/test-bot';
import { FakeOutbox } from '../services/questions/fake-outbox';
import { answerText, buttonData, CHANNEL, COMMITTEE, directory, inputValue, press, people, say } from '../services/questions/harness';

/**
 * The whole question workflow through the real app, as Teams sends it: a chair opens questions for a
 * meeting after Easter (a working-day deadline that skips Good Friday and Easter Monday), members
 * submit before and after the deadline, a duplicate is flagged and merged, one is rejected with a
 * reason, one is answered in writing (sent back once, then approved), the pack is exported, and the
 * questions are marked after the meeting. Each step runs on the state the previous one left.
 */
const MEETING = {
  body: COMMITTEE,
  date: '2026-04-09',
  time: '18:30',
  venue: "St George's Centre, Pembroke Road, Chatham Maritime",
  agenda: "8 Attendance of the Portfolio Holder for Children's Services (Lead Member)\n9 Childrens Social Care Sufficiency Strategy 2023-2025\n11 Work programme",
};
const OPEN = { deadlineKind: 'rule', days: '3', time: '17:00', fixedDate: '', fixedTime: '', maxPerMember: '2', maxLength: '1000', notifyMembers: 'true' };
const Q = {
  fostering: 'How many in-house foster carer households has Medway gained in the last twelve months?',
  fosteringAgain: "What is the net gain in Medway's in-house foster carer households over the last 12 months?",
  distance: 'Will the Portfolio Holder say how many children in care are placed more than 20 miles from Medway?',
  programme: 'Can the work programme include a report on the SEND Safety Valve plan before the summer?',
  unregistered: 'What is the Sufficiency Strategy doing to reduce the use of unregistered placements for children in care?',
};

describe('chairs gather questions: the full workflow', () => {
  let stores: Stores;
  let t: TestBot;
  const outbox = new FakeOutbox();
  let now = new Date('2026-03-20T10:00:00Z');
  let windowId = '';
  const byNumber = async (n: number): Promise<Question> => {
    const q = (await stores.questions.listQuestions(windowId)).find((x) => x.number === n);
    if (!q) throw new Error(`no Q${n}`);
    return q;
  };
  const submit = (who: (typeof people)[keyof typeof people], fields: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    press(t, who, 'question.submit', { windowId, questionId: '', formId: `form-${Math.random()}`, putTo: '', confirmSimilar: false, late: false, ...fields, ...extra });

  beforeAll(async () => {
    stores = await openStores({});
    t = await createTestBot({ stores: { ...stores, outbox: outbox.asStore() }, directory, clock: () => now });
  });
  afterAll(async () => {
    await stores.close();
  });

  it('lets a chair open questions in the committee channel with a working-day deadline that skips Easter', async () => {
    const picker = answerText(await say(t, people.chair, 'open questions', 'channel'));
    expect(picker).toContain('Open questions for a meeting');
    const form = await press(t, people.chair, 'question.meeting.new', {}, 'channel');
    expect(form.text).toContain('A meeting for questions');
    // The chair picks the committee from their own, not free text refused only at the last step.
    const field = (form.card as { body: { id?: string; type: string; choices?: { value: string }[] }[] }).body.find((e) => e.id === 'body')!;
    expect(field.type).toBe('Input.ChoiceSet');
    const choices = field.choices!;
    expect(choices.map((c) => c.value)).toEqual([COMMITTEE]);
    const forServices = await press(t, people.services, 'question.meeting.new', {}, 'channel');
    const servicesChoices = (forServices.card as { body: { id?: string; choices?: { value: string }[] }[] }).body.find((e) => e.id === 'body')!.choices!;
    expect(servicesChoices.map((c) => c.value)).toEqual(['Cabinet', COMMITTEE]);

    const bad = await press(t, people.chair, 'question.meeting.create', { ...MEETING, date: '2026-03-02' }, 'channel');
    expect(bad.text).toContain('That date is in the past');
    expect(inputValue(bad.card, 'agenda')).toBe(MEETING.agenda);

    const openForm = await press(t, people.chair, 'question.meeting.create', MEETING, 'channel');
    expect(openForm.text).toContain('Open questions');
    const opened = await press(t, people.chair, 'question.open', { ...buttonData(openForm.card, 'Open for questions'), ...OPEN }, 'channel');
    expect(opened.text).toContain('Questions are open');
    // Thursday 9 April: Wed 8, Tue 7 and Thu 2 April are the three clear working days.
    expect(opened.text).toContain('5pm on Wednesday 1 April 2026');
    expect(opened.text).toContain('Good Friday (2026-04-03), Easter Monday (2026-04-06) skipped');
    expect(opened.text).toContain('Cllr Pat Paper could not be told');

    const [window] = await stores.questions.listWindows();
    windowId = window!.id;
    expect(window!.deadline).toBe('2026-04-01T16:00:00.000Z');
    expect(window!.openedBy.name).toBe('Cllr Chris Chair');
    expect(outbox.toConversation(CHANNEL)).toHaveLength(1);
    expect(JSON.stringify(outbox.toConversation(CHANNEL)[0]!.card)).toContain('Submit a question');
    for (const member of [people.jane, people.mo, people.lee]) expect(outbox.textsTo(member.aadObjectId!).join()).toContain('Write a question');
    expect(outbox.toUser(people.officer.aadObjectId!)).toHaveLength(0);
  });

  it('refuses to open a second window for the same meeting, and refuses a member who is not a chair', async () => {
    expect((await say(t, people.jane, 'open questions')).map((a) => a.text).join()).toMatch(/Only a committee chair or democratic services/);
    const again = await press(t, people.services, 'question.open', { meeting: MEETING, ...OPEN });
    expect(again.text).toContain('Questions are already open for this meeting');
  });

  it('takes a question with a receipt and reference, and points out a near-duplicate before it is sent', async () => {
    const form = await press(t, people.jane, 'question.form', { windowId }, 'channel');
    expect(form.text).toContain('Questions close at 5pm on Wednesday 1 April 2026');
    const first = await submit(people.jane, { agendaItem: '9', text: Q.fostering, putTo: "the Portfolio Holder for Children's Services" });
    expect(first.text).toContain('Question received: Q1');
    expect(first.text).toContain('You can edit or withdraw it until 5pm on Wednesday 1 April 2026');

    now = new Date('2026-03-23T09:00:00Z');
    const similar = await submit(people.mo, { agendaItem: '9', text: Q.fosteringAgain });
    expect(similar.text).toContain('A question very like yours is already in');
    // Only that a similar one exists and its agenda item: never another member's unpublished text.
    expect(similar.text).toMatch(/A similar question is in under agenda item 9/);
    expect(similar.text).not.toContain(Q.fostering.replace(/-/g, '\\-'));
    expect(similar.text).not.toContain(Q.fostering.slice(0, 30));
    expect(inputValue(similar.card, 'text')).toBe(Q.fosteringAgain);
    expect(await stores.questions.listQuestions(windowId)).toHaveLength(1);

    const before = outbox.messages.length;
    const sent = await press(t, people.mo, 'question.submit', { ...buttonData(similar.card, 'Send anyway'), agendaItem: '9', text: Q.fosteringAgain, putTo: '' });
    expect(sent.text).toContain('Question received: Q2');
    // The chair and democratic services are told after, with the review card.
    const toReviewers = outbox.since(before).filter((m) => m.target.kind === 'user');
    expect(toReviewers.map((m) => (m.target as { aadObjectId: string }).aadObjectId).sort()).toEqual(
      [people.chair.aadObjectId, people.services.aadObjectId].sort(),
    );
    expect(JSON.stringify(toReviewers[0]!.card)).toContain('Q2 is very like a question already in');
  });

  it('checks every rule on the server and keeps what the member typed when it refuses', async () => {
    const third = await submit(people.mo, { agendaItem: '8', text: Q.distance });
    expect(third.text).toContain('Question received: Q3');
    const overLimit = await submit(people.mo, { agendaItem: '11', text: Q.programme });
    expect(overLimit.text).toContain('You have already submitted 2 questions for this meeting, the most allowed');
    expect(inputValue(overLimit.card, 'text')).toBe(Q.programme);
    // Asking for a new form at the limit says so at once, rather than showing a form that cannot be sent.
    const formAtLimit = await say(t, people.mo, 'ask a question');
    expect(formAtLimit[0]!.text).toMatch(/^You have already submitted 2 questions for .+, the most allowed\. To ask another, withdraw one first: type my questions\.$/);
    expect(formAtLimit[0]!.attachments ?? []).toEqual([]);

    const wrongItem = await submit(people.jane, { agendaItem: '99', text: Q.programme });
    expect(wrongItem.text).toContain('Choose one of the agenda items of this meeting');
    expect(inputValue(wrongItem.card, 'text')).toBe(Q.programme);
    const tooLong = await submit(people.jane, { agendaItem: '11', text: 'Why '.repeat(300) });
    expect(tooLong.text).toContain('Questions can be up to 1000 characters; this one is 1199');

    const officer = await submit(people.officer, { agendaItem: '11', text: Q.programme });
    expect(officer.message).toMatch(/Only councillors listed in the directory can submit questions/);
  });

  it('lets the member edit and withdraw before the deadline; a withdrawn question stays, marked', async () => {
    const added = await submit(people.jane, { agendaItem: '11', text: 'Can the work programme include SEND?' });
    expect(added.text).toContain('Question received: Q4');
    const editForm = await press(t, people.jane, 'question.edit', buttonData(added.card, 'Edit'));
    expect(inputValue(editForm.card, 'text')).toBe('Can the work programme include SEND?');
    const edited = await press(t, people.jane, 'question.submit', { ...buttonData(editForm.card, 'Save changes'), agendaItem: '11', text: Q.programme, putTo: '' });
    expect(edited.text).toContain('Question updated: Q4');
    expect((await byNumber(4)).text).toBe(Q.programme);

    const notHers = await press(t, people.mo, 'question.withdraw', { questionId: (await byNumber(4)).id });
    expect(notHers.message).toMatch(/Only the member who submitted a question can withdraw it/);
    // Withdrawing cannot be undone, so the first press asks and changes nothing.
    const asked = await press(t, people.jane, 'question.withdraw', buttonData(edited.card, 'Withdraw'));
    expect(asked.text).toContain('Withdraw Q4?');
    expect((await byNumber(4)).status).toBe('submitted');
    const withdrawn = await press(t, people.jane, 'question.withdraw', buttonData(asked.card, 'Yes, withdraw Q4'));
    expect(withdrawn.text).toContain('Question withdrawn: Q4');
    expect((await byNumber(4)).status).toBe('withdrawn');
    const events = await stores.questions.listEvents(windowId, (await byNumber(4)).id);
    expect(events.map((e) => `${e.kind} by ${e.by.name}`)).toEqual([
      'submitted by Cllr Jane Example',
      'edited by Cllr Jane Example',
      'withdrawn by Cllr Jane Example',
    ]);
    expect((events[1]!.detail.previous as { text: string }).text).toBe('Can the work programme include SEND?');

    const lee = await submit(people.lee, { agendaItem: '11', text: Q.programme });
    expect(lee.text).toContain('Question received: Q5');
  });

  it('refuses new questions after the deadline with the deadline shown, and lets the chair accept a late one', async () => {
    now = new Date('2026-04-01T16:30:00Z');
    const late = await submit(people.jane, { agendaItem: '9', text: Q.unregistered });
    expect(late.text).toContain('Questions closed at 5pm on Wednesday 1 April 2026');
    expect(late.text).toContain('ask the chair to accept it as a late question');
    expect(inputValue(late.card, 'text')).toBe(Q.unregistered);
    expect(await stores.questions.listQuestions(windowId)).toHaveLength(5);

    const noEdit = await press(t, people.jane, 'question.edit', { questionId: (await byNumber(1)).id });
    expect(noEdit.text).toContain('Questions can no longer be changed');

    const before = outbox.messages.length;
    const asked = await press(t, people.jane, 'question.submit', { ...buttonData(late.card, 'Ask the chair to accept it late'), agendaItem: '9', text: Q.unregistered, putTo: '' });
    expect(asked.text).toContain('Question received: Q6');
    expect(asked.text).toContain('the chair decides whether to accept it as a late question');
    expect((await byNumber(6)).late).toBe(true);
    expect(outbox.since(before).map((m) => JSON.stringify(m.card)).join()).toContain('Q6 arrived after the deadline');
  });

  it('shows the chair the queue per agenda item with duplicates flagged, and merges them telling every asker', async () => {
    const queue = answerText(await say(t, people.chair, 'question queue'));
    expect(queue).toContain('Item 8: Attendance of the Portfolio Holder');
    expect(queue).toContain('Item 9: Childrens Social Care Sufficiency Strategy');
    expect(queue).toContain('Very like Q1');
    expect(queue).toContain('6 in, 5 waiting for review');

    const q2 = await byNumber(2);
    const review = await press(t, people.chair, 'question.review', { questionId: q2.id });
    expect(review.text).toContain('Review Q2');
    expect(inputValue(review.card, 'into')).toBe((await byNumber(1)).id);

    const before = outbox.messages.length;
    const merged = await press(t, people.chair, 'question.merge', { ...buttonData(review.card, 'Merge'), into: (await byNumber(1)).id });
    expect(merged.text).toContain('Q2 merged into Q1. Told 2 people');
    expect((await byNumber(2)).status).toBe('merged');
    expect((await byNumber(1)).askers.map((a) => a.name)).toEqual(['Cllr Jane Example', 'Cllr Mo Member']);
    const told = outbox.since(before);
    expect(told.map((m) => (m.target as { aadObjectId: string }).aadObjectId).sort()).toEqual([people.jane.aadObjectId, people.mo.aadObjectId].sort());
    expect(JSON.stringify(told[0]!.card)).toContain('Q2 was merged into Q1');
  });

  it('accepts and rejects with a reason the member sees; a stale card changes nothing', async () => {
    const q1 = await byNumber(1);
    const accepted = await press(t, people.chair, 'question.accept', { questionId: q1.id, version: q1.version });
    expect(accepted.text).toContain('Accepted. Told 2 people');
    const stale = await press(t, people.services, 'question.accept', { questionId: q1.id, version: q1.version });
    expect(stale.text).toContain('Q1 changed since that card was shown');

    await press(t, people.chair, 'question.accept', { questionId: (await byNumber(3)).id, version: (await byNumber(3)).version });
    const late = await byNumber(6);
    expect((await press(t, people.services, 'question.accept', { questionId: late.id, version: late.version })).text).toContain('Accepted');
    expect(outbox.textsTo(people.jane.aadObjectId!).join()).toContain('The chair accepted it as a late question');

    const q5 = await byNumber(5);
    const noReason = await press(t, people.chair, 'question.reject', { questionId: q5.id, version: q5.version, reason: '' });
    expect(noReason.text).toContain('Give the reason the member will see');
    const reason = 'The committee received a report on the SEND Safety Valve plan in January; it is not due again this year.';
    const rejected = await press(t, people.chair, 'question.reject', { questionId: q5.id, version: q5.version, reason });
    expect(rejected.text).toContain('Rejected. Told 1 person');
    const leeSaw = outbox.textsTo(people.lee.aadObjectId!).pop()!;
    expect(leeSaw).toContain('Your question Q5 was not accepted');
    expect(leeSaw).toContain('it is not due again this year');
    expect((await byNumber(5)).status).toBe('rejected');

    const otherChair = await press(t, people.otherChair, 'question.accept', { questionId: q5.id });
    expect(otherChair.message).toMatch(/Only the chair of the Children and Young People/);
  });

  it('sends a question to an officer for a written answer; the chair sends it back once, then approves it', async () => {
    const q1 = await byNumber(1);
    const review = await press(t, people.chair, 'question.review', { questionId: q1.id });
    // On a phone the review actions sit one a row, each title whole (not "R..▾ M..▾ Send t...▾" in one row).
    const reviewCard = review.card as { actions?: unknown[]; body: { type: string; actions?: { title: string }[] }[] };
    expect(reviewCard.actions ?? []).toEqual([]);
    const rows = reviewCard.body.filter((e) => e.type === 'ActionSet');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.actions).toHaveLength(1);
    expect(rows.map((r) => r.actions![0]!.title)).toContain('Send to an officer');
    const assigned = await press(t, people.chair, 'question.assign', {
      ...buttonData(review.card, 'Send'),
      officer: people.officer.aadObjectId,
      due: '2026-04-07',
    });
    expect(assigned.text).toContain('Sent to Sam Officer for an answer by Tuesday 7 April 2026');
    const officerCard = outbox.toUser(people.officer.aadObjectId!).pop()!;
    expect(JSON.stringify(officerCard.card)).toContain('Written answer needed: Q1');
    // The officer can find it again by typing "questions for me"; a member has none.
    const forMe = await say(t, people.officer, 'questions for me');
    expect(forMe[0]!.text).toBe('One question is waiting for your written answer.');
    expect(JSON.stringify(forMe[1]!.attachments)).toContain('Written answer needed: Q1');
    expect((await say(t, people.mo, 'questions for me'))[0]!.text).toBe('No questions are waiting for a written answer from you.');
    expect(outbox.textsTo(people.mo.aadObjectId!).pop()).toContain('is being answered in writing');

    const wrongOfficer = await press(t, people.chair, 'question.answer', { questionId: q1.id, answer: 'Not mine to give.' });
    expect(wrongOfficer.message).toMatch(/Only the officer Q1 was sent to can answer it/);

    const draft = 'Medway gained 6 in-house foster carer households.';
    const written = await press(t, people.officer, 'question.answer', { ...buttonData(officerCard.card, 'Send the answer for approval'), answer: draft });
    expect(written.text).toContain('Sent to the chair for approval');
    const forChair = outbox.textsTo(people.chair.aadObjectId!).pop()!;
    expect(forChair).toContain('Sam Officer has written an answer to Q1');

    const toReview = await press(t, people.chair, 'question.review', { questionId: q1.id });
    const back = await press(t, people.chair, 'question.return', { ...buttonData(toReview.card, 'Send back'), note: 'Please give the figure for the year to March, with the number of households lost.' });
    expect(back.text).toContain('Sent back to Sam Officer with your note');
    const returned = outbox.toUser(people.officer.aadObjectId!).pop()!;
    expect(JSON.stringify(returned.card)).toContain('The chair sent it back');
    expect(inputValue(returned.card, 'answer')).toBe(draft);

    const better = 'In the year to March 2026 Medway approved 14 new in-house foster carer households and 8 left, a net gain of 6.';
    await press(t, people.officer, 'question.answer', { ...buttonData(returned.card, 'Send the answer for approval'), answer: better });
    const final = await press(t, people.chair, 'question.review', { questionId: q1.id });
    const approved = await press(t, people.chair, 'question.approve', buttonData(final.card, 'Approve answer'));
    expect(approved.text).toContain('Answer approved and sent to the askers');
    // The officer's notice is titled by what happened, not "Written answer needed" again.
    const approvalNotice = JSON.stringify(outbox.toUser(people.officer.aadObjectId!).pop()!.card);
    expect(approvalNotice).toContain('Answer approved: Q1');
    expect(approvalNotice).not.toContain('Written answer needed');
    for (const asker of [people.jane, people.mo]) {
      const got = outbox.textsTo(asker.aadObjectId!).pop()!;
      expect(got).toContain('Your question Q1 has a written answer');
      expect(got).toContain('a net gain of 6');
    }
    const kinds = (await stores.questions.listEvents(windowId, q1.id)).map((e) => e.kind);
    expect(kinds).toEqual(['submitted', 'merged', 'accepted', 'answer-requested', 'answer-drafted', 'answer-returned', 'answer-drafted', 'answer-approved']);
  });

  it('exports the pack grouped by agenda item and numbered in order of receipt, with the approved answer', async () => {
    const pack = await say(t, people.chair, 'question pack for 9 April');
    const text = answerText(pack);
    expect(text).toContain('3 accepted questions');
    const found = await questionPack(stores.questions, windowId);
    expect(found!.pack.groups.map((g) => [g.item.number, g.entries.map((e) => `${e.number}:${e.ref}`)])).toEqual([
      ['8', ['1:Q3']],
      ['9', ['2:Q1', '3:Q6']],
    ]);
    const md = found!.markdown;
    expect(md.indexOf('## Item 8')).toBeLessThan(md.indexOf('## Item 9'));
    expect(md).toContain('### Question 2 (Q1)\n\nFrom Cllr Jane Example and Cllr Mo Member to the Portfolio Holder for Children\'s Services');
    expect(md).toContain('**Answer**\n\nIn the year to March 2026');
    expect(md).toContain('### Question 3 (Q6)\n\nFrom Cllr Jane Example (received after the deadline, accepted by the chair)');
    expect(md).not.toContain('Safety Valve');
    // The Word file for the supplementary agenda, as `npm run question-pack` writes it.
    const out = mkdtempSync(join(tmpdir(), 'workflow-pack-'));
    const exported = await exportQuestionPack(stores.questions, '9 April 2026', out, { now, timeZone: 'Europe/London' });
    expect(exported).toMatchObject({ ok: true, count: 3 });
    if (exported.ok) expect(readFileSync(exported.files[1]!, 'utf8')).toBe(md);
    rmSync(out, { recursive: true, force: true });
    // The chair gets the Word file (file consent in a 1:1 chat: test/teams/papers.test.ts), never a command line.
    expect(text).not.toMatch(/npm|created\//);
    expect(text).toContain('Word file');
  });

  it('marks questions after the meeting (not before), telling the askers', async () => {
    const q3 = await byNumber(3);
    const early = await press(t, people.chair, 'question.outcome', { questionId: q3.id, version: q3.version, outcome: 'asked' });
    expect(early.text).toContain('mark questions after it');

    now = new Date('2026-04-10T09:00:00Z');
    const marked = await press(t, people.chair, 'question.outcome', { questionId: q3.id, version: q3.version, outcome: 'answered-in-meeting' });
    expect(marked.text).toContain('Marked "Answered in the meeting"');
    expect(outbox.textsTo(people.mo.aadObjectId!).pop()).toContain('answered in the meeting');
    const q6 = await byNumber(6);
    await press(t, people.chair, 'question.outcome', { questionId: q6.id, version: q6.version, outcome: 'answer-in-writing' });
    const q1 = await byNumber(1);
    await press(t, people.chair, 'question.outcome', { questionId: q1.id, version: q1.version, outcome: 'asked' });
    expect((await byNumber(6)).outcome).toBe('answer-in-writing');
    expect((await byNumber(1)).outcome).toBe('asked');
  });

  it('answers "what questions are in for the 9 April meeting?" with the accepted questions', async () => {
    const text = answerText(await say(t, people.lee, 'what questions are in for the 9 April meeting?'));
    expect(text).toContain('3 accepted questions');
    expect(text).toContain('Question 1 (Q3)');
    expect(text).toContain('Question 3 (Q6) · late');
    expect(text).not.toContain('Safety Valve');
  });

  it('never logged question text or names at info level', () => {
    const info = t.logs.lines().filter((l) => (l.level as number) >= 30).map((l) => JSON.stringify(l)).join('\n');
    expect(info).toContain('question submission');
    for (const secret of [...Object.values(Q), 'Cllr Jane Example', 'net gain of 6', 'not due again']) expect(info).not.toContain(secret);
  });
});
