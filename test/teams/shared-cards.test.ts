import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { activityFixture } from '../helpers/fixtures';
import { cardText } from '../helpers/test-bot';
import { cardOf, people, run, say, snapshot, stranger, type Turn, type Who } from '../security/harness';
import { ACTION, useScenario } from '../security/scenario';

/**
 * Per-person views of cards in shared chats, through the real app: a card posted in a group chat or
 * channel carries a `refresh`; Teams sends each viewer's client an adaptiveCard/action invoke
 * (trigger "automatic") and shows what the bot answers to that person alone. The scenario: Sam leads
 * action 1.9, Ada administers every plan, Chris chairs the committee, Jane and Mo are members; Q1 is
 * accepted (answered, waiting for approval), Q2 waits for review.
 */
const scenario = useScenario();

/** Teams' refresh invoke for a card, from a viewer's client in the group chat. */
function refresh(who: Who, verb: string, data: unknown): Partial<Activity> {
  const base = activityFixture('invoke-card-refresh-groupchat') as Partial<Activity> & { value: { action: Record<string, unknown> } };
  return { ...base, id: `refresh-${Math.random()}`, from: { id: `29:${who.aadObjectId}`, name: who.name, aadObjectId: who.aadObjectId }, value: { ...base.value, action: { ...base.value.action, verb, data } } };
}

const inputIds = (card: unknown) => [...JSON.stringify(card).matchAll(/"type":"Input\.[A-Za-z]+","id":"([^"]+)"/g)].map((m) => m[1]);
const verbs = (card: unknown) => [...JSON.stringify(card).matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]);

/** The card of a refresh: answered in the invoke response only, never posted or replaced for the others. */
function viewOf(turn: Turn) {
  expect(turn.sent).toEqual([]);
  expect(turn.updated).toEqual([]);
  expect(turn.invoke?.type).toBe('application/vnd.microsoft.card.adaptive');
  return turn.invoke!.value as Record<string, unknown>;
}

describe("an action's card in a shared chat", () => {
  it('is posted by its lead as the status for everyone, with a refresh for those who may update it', async () => {
    const s = scenario();
    // Sam has a 1:1 chat with the bot, so Teams can be told to refresh the card for him by id.
    await run(s.t, say(people.sam, 'my actions'));
    const turn = await run(s.t, say(people.sam, 'update 1.9', 'groupChat'));
    const card = cardOf(turn)!;
    expect(turn.sent).toHaveLength(1);
    expect(cardText(card)).toContain('Action 1.9');
    expect(inputIds(card)).toEqual([]);
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', title: 'Refresh', verb: 'action.view', data: { actionId: ACTION } },
      userIds: [`29:${people.sam.aadObjectId}`],
    });
  });

  it('shows its lead the update form, and so its administrator', async () => {
    const s = scenario();
    for (const who of [people.sam, people.ada]) {
      const card = viewOf(await run(s.t, refresh(who, 'action.view', { actionId: ACTION })));
      expect(inputIds(card), who.name).toEqual(expect.arrayContaining(['status', 'commentary', 'nextSteps']));
      expect(verbs(card)).toContain('action.update');
      expect((card.refresh as { action: { verb: string } }).action.verb).toBe('action.view');
    }
  });

  it('shows a member, and someone not in the directory, the read-only status', async () => {
    const s = scenario();
    for (const who of [people.mo, people.chair, stranger]) {
      const card = viewOf(await run(s.t, refresh(who, 'action.view', { actionId: ACTION })));
      expect(inputIds(card), who.name).toEqual([]);
      expect(verbs(card)).not.toContain('action.update');
      expect(cardText(card)).toMatch(/Status now/);
      expect(cardText(card)).toContain('see the update form on this card');
      expect((card.refresh as { action: { data: unknown } }).action.data).toEqual({ actionId: ACTION });
    }
  });

  it('decides the view on the server: card data claiming more is refused, and changes nothing', async () => {
    const s = scenario();
    const before = await snapshot(s.stores.sql, 'business');
    for (const data of [{ actionId: ACTION, view: 'form' }, { actionId: ACTION, lead: people.mo.aadObjectId }, { actionId: 'medway/no-such-plan#9.9' }, { actionId: 42 }, {}, 'form']) {
      const turn = await run(s.t, refresh(people.mo, 'action.view', data));
      expect(turn.invoke, JSON.stringify(data)).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringMatching(/^That card is out of date or not one I recognise/) });
      expect(turn.sent).toEqual([]);
      expect(turn.updated).toEqual([]);
    }
    expect(await snapshot(s.stores.sql, 'business')).toEqual(before);
  });

  it('gives a member who types update 1.9 in the chat the refusal, as before, and posts nothing', async () => {
    const turn = await run(scenario().t, say(people.mo, 'update 1.9', 'groupChat'));
    expect(turn.text).toContain("Sorry, I can't take that update for action 1.9");
    expect(turn.sent.flatMap((a) => a.attachments ?? [])).toEqual([]);
  });
});

describe("a question's card in a shared chat", () => {
  it('is posted for everyone as the question, its text only once accepted, with a refresh for the chair', async () => {
    const s = scenario();
    await run(s.t, say(people.chair, 'my questions'));
    const accepted = cardOf(await run(s.t, say(people.mo, 'question Q1', 'channel')))!;
    expect(cardText(accepted)).toContain('foster carer households has Medway gained');
    expect(accepted.refresh).toMatchObject({ action: { verb: 'question.view', data: { questionId: s.q1 } }, userIds: [`29:${people.chair.aadObjectId}`] });
    expect(verbs(accepted)).not.toContain('question.accept');

    const waiting = cardOf(await run(s.t, say(people.mo, 'question Q2', 'channel')))!;
    expect(cardText(waiting)).toContain('Q2');
    expect(cardText(waiting)).not.toContain('Portfolio Holder attend');
    expect(cardText(waiting)).toContain('once the chair has accepted it');
  });

  it('shows the chair the review controls and a member only the question', async () => {
    const s = scenario();
    const chair = viewOf(await run(s.t, refresh(people.chair, 'question.view', { questionId: s.q2 })));
    expect(verbs(chair)).toEqual(expect.arrayContaining(['question.accept', 'question.reject']));
    expect(cardText(chair)).toContain('Will the Portfolio Holder attend');
    expect((chair.refresh as { action: { verb: string } }).action.verb).toBe('question.view');

    for (const who of [people.mo, people.jane, people.sam]) {
      const member = viewOf(await run(s.t, refresh(who, 'question.view', { questionId: s.q2 })));
      expect(verbs(member), who.name).toEqual(['question.view']);
      expect(cardText(member)).not.toContain('Will the Portfolio Holder attend');
    }
  });

  it('refuses a refresh whose card data was tampered with', async () => {
    const s = scenario();
    for (const data of [{ questionId: s.q2, reviewer: true }, { questionId: 'no-such-question' }, { windowId: s.windowId }]) {
      const turn = await run(s.t, refresh(people.mo, 'question.view', data));
      expect(turn.invoke?.type, JSON.stringify(data)).toBe('application/vnd.microsoft.activity.message');
      expect(turn.invoke?.value).toMatch(/^That card is out of date/);
    }
  });

  it('answers someone not in the directory who asks for a question card with a refusal', async () => {
    const turn = await run(scenario().t, say(stranger, 'question Q1', 'groupChat'));
    expect(turn.text).toContain("I can only show questions to people in the council's directory.");
    expect(turn.sent.flatMap((a) => a.attachments ?? [])).toEqual([]);
  });
});
