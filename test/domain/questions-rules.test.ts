import { describe, expect, it } from 'vitest';
import type { DirectoryPerson } from '../../src/domain/directory';
import type { Question, QuestionWindow } from '../../src/domain/questions';
import { parseAgendaLines, parseMeetingInput } from '../../src/domain/questions-meeting';
import { isDueForRedaction, redactQuestion } from '../../src/domain/questions-redact';
import { canRunWindow, canSubmit, checkSubmission } from '../../src/domain/questions-rules';

const body = 'Children and Young People Overview and Scrutiny Committee';
const window = {
  id: 'w',
  meeting: { id: 'm', origin: 'created', body, date: '2026-04-09', agenda: [{ number: '8', title: 'A' }, { number: '9', title: 'B' }] },
  maxPerMember: 2,
  maxLength: 100,
  redactedAt: undefined,
} as unknown as QuestionWindow;
const person = (roles: DirectoryPerson['roles'], committees: string[] = []): DirectoryPerson => ({ name: 'P', roles, jobTitles: [], committees });
const mine = (n: number, status: Question['status'] = 'submitted') => Array.from({ length: n }, (_, i) => ({ id: `q${i}`, status }) as Question);

describe('who may do what with questions', () => {
  it('lets democratic services run any window and a chair only their own committee', () => {
    expect(canRunWindow(person(['democratic-services']), body)).toBe(true);
    expect(canRunWindow(person(['chair'], ['children and young people overview & scrutiny committee']), body)).toBe(true);
    expect(canRunWindow(person(['chair'], ['Cabinet']), body)).toBe(false);
    expect(canRunWindow(person(['member'], [body]), body)).toBe(false);
    expect(canRunWindow(undefined, body)).toBe(false);
  });

  it('lets members and chairs submit, and nobody else', () => {
    expect(canSubmit(person(['member']))).toBe(true);
    expect(canSubmit(person(['chair']))).toBe(true);
    expect(canSubmit(person(['officer']))).toBe(false);
    expect(canSubmit(undefined)).toBe(false);
  });
});

describe('what a submission must satisfy', () => {
  it('names each problem against its field', () => {
    expect(checkSubmission(window, { agendaItem: '10', text: 'Why?' }, [])).toEqual({
      agendaItem: 'Choose one of the agenda items of this meeting.',
      text: 'That is too short to be a question: write it in full.',
    });
    expect(checkSubmission(window, { agendaItem: '8', text: 'x'.repeat(101) }, []).text).toBe(
      'Questions can be up to 100 characters; this one is 101. Shorten it by 1.',
    );
    expect(checkSubmission(window, { agendaItem: '8', text: 'A fair question about item 8?', putTo: 'y'.repeat(201) }, []).putTo).toBeDefined();
  });

  it('counts the limit per member without withdrawn questions or the one being edited', () => {
    const ok = { agendaItem: '9', text: 'A fair question about item 9?' };
    expect(checkSubmission(window, ok, mine(2)).form).toMatch(/already submitted 2 questions/);
    expect(checkSubmission(window, ok, mine(2, 'withdrawn'))).toEqual({});
    const two = mine(2);
    expect(checkSubmission(window, ok, two, two[0])).toEqual({});
  });
});

describe('a meeting typed on a card', () => {
  it('reads agenda lines in the ways people type them', () => {
    expect(parseAgendaLines('8 Attendance of the Portfolio Holder\n9. Sufficiency Strategy\nItem 11 - Work programme\nAny other business')).toEqual([
      { number: '8', title: 'Attendance of the Portfolio Holder' },
      { number: '9', title: 'Sufficiency Strategy' },
      { number: '11', title: 'Work programme' },
      { number: '12', title: 'Any other business' },
    ]);
  });

  it('checks the fields and names what is wrong', () => {
    const bad = parseMeetingInput({ body: 'X', date: '2026-02-01', time: '25:00', venue: '', agenda: '' }, '2026-03-01');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.problems).sort()).toEqual(['agenda', 'body', 'date', 'time']);
    const good = parseMeetingInput({ body: body, date: '2026-04-09', time: '18:30', venue: ' Chatham ', agenda: '8 A\n8 B' }, '2026-03-01');
    expect(good).toEqual({ ok: false, problems: { agenda: 'Two agenda items have the same number.' } });
  });
});

describe('retention', () => {
  it('is due once the meeting is more than the retention period past, and only once', () => {
    expect(isDueForRedaction(window, '2026-05-09', 30)).toBe(false);
    expect(isDueForRedaction(window, '2026-05-10', 30)).toBe(true);
    expect(isDueForRedaction({ ...window, redactedAt: '2026-05-10T00:00:00Z' }, '2027-01-01', 30)).toBe(false);
  });

  it('blanks the personal text and keeps the skeleton', () => {
    const q: Question = {
      id: 'q1', windowId: 'w', number: 3, agendaItem: '9', text: 'Secret text', putTo: 'Someone', askers: [{ name: 'Cllr A', aadObjectId: 'a' }],
      status: 'rejected', late: true, receivedAt: '2026-03-20T10:00:00Z', updatedAt: '2026-03-21T10:00:00Z', rejectReason: 'Because', similar: [],
      answer: { officer: { name: 'Sam', aadObjectId: 'o' }, due: '2026-04-07', status: 'approved', text: 'Answer' }, outcome: 'asked', version: 4,
    };
    const r = redactQuestion(q, '2027-01-01T00:00:00Z');
    expect(r).toMatchObject({ number: 3, agendaItem: '9', status: 'rejected', late: true, receivedAt: q.receivedAt, outcome: 'asked', version: 4 });
    expect(JSON.stringify(r)).not.toMatch(/Secret text|Someone|Cllr A|Because|Sam|"Answer"|"a"|"o"/);
    expect(r.answer).toEqual({ officer: { name: '(removed)' }, due: '2026-04-07', status: 'approved', text: '(removed)' });
  });
});
