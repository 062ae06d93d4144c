import { describe, expect, it } from 'vitest';
import { cardText } from '../helpers/test-bot';
import { people, press, run, say } from './harness';
import { ACTION, useScenario } from './scenario';

/**
 * Issue 15, item 8: what people type is cleaned before it is stored. A NUL made every retry fail
 * with "something went wrong" (PostgreSQL refuses it); control characters, direction overrides and
 * zero-width characters were stored and shown as typed. Text stored before is cleaned where shown.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/;

describe('control, direction-override and zero-width characters people type', () => {
  const scenario = useScenario();

  it('stores a question typed with them without them, and answers "Question received"', async () => {
    const s = scenario();
    const typed = 'Why\u0000 has the \u202Egnirud\u202C fostering budget\u0007 \u200Bfallen\u2066?\u2069\r\nIs it \uFEFFrecovering?';
    const turn = await run(s.t, press(people.mo, 'question.submit', { windowId: s.windowId, questionId: '', formId: 'form-typed', agendaItem: '9', text: typed, putTo: '\u202EPortfolio Holder', confirmSimilar: true, late: false }));
    expect(turn.text).toContain('Question received');
    const stored = (await s.stores.questions.listQuestions(s.windowId)).find((q) => q.askers.some((a) => a.name === people.mo.name))!;
    expect(stored.text).toBe('Why has the gnirud fostering budget fallen?\nIs it recovering?');
    expect(stored.putTo).toBe('Portfolio Holder');
  });

  it("records an officer's update with a NUL in it instead of failing on every retry", async () => {
    const s = scenario();
    const version = await s.updateVersion();
    const data = { actionId: ACTION, version, status: 'G', commentary: 'On\u0000 track, \u202Eall\u202C hired.', nextSteps: '', revisedDue: '', evidenceUrl: '' };
    const turn = await run(s.t, press(people.sam, 'action.update', data));
    expect(turn.text).not.toContain('something went wrong');
    expect(await s.updateVersion()).toBe(version + 1);
    const latest = (await s.stores.actionUpdates.latest([ACTION])).get(ACTION)!;
    expect(latest.commentary).toBe('On track, all hired.');
  });

  it('cleans a typed message before any route reads it', async () => {
    const s = scenario();
    const turn = await run(s.t, say(people.mo, 'he\u0000l\u200Bp\u202E'));
    expect(turn.text).toContain('What I can do');
  });

  it('shows none of them in cards for text stored before input was cleaned', async () => {
    const s = scenario();
    const q = (await s.stores.questions.getQuestion(s.q2))!;
    const saved = await s.stores.questions.saveQuestions([{ ...q, text: 'Will the \u202EredloH oiloftroP\u202C attend\u200B every\u0007 meeting?' }], []);
    expect(saved.kind).toBe('ok');
    const review = await run(s.t, press(people.chair, 'question.review', { questionId: s.q2 }));
    expect(review.text).toContain('redloH oiloftroP attend every meeting?');
    for (const card of [review.invoke?.value, ...review.sent.map((a) => a.attachments)]) expect(cardText(card ?? '')).not.toMatch(INVISIBLE);
  });
});
