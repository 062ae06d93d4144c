import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/cards/text';
import { activityFixture } from '../helpers/fixtures';
import { cardText } from '../helpers/test-bot';
import { cardOf, executeData, from, inputsOf, people, plo, press, say, useUpdatesHarness } from './updates-harness';

const h = useUpdatesHarness();

/** The data a filled-in update card sends: its own (action, version) plus the inputs. */
const filled = (inputs: Record<string, string>, version = 0) => ({
  actionId: plo,
  version,
  status: '',
  commentary: '',
  nextSteps: '',
  revisedDue: '',
  evidenceUrl: '',
  ...inputs,
});
const amber = { status: 'A', commentary: 'Two cases have drifted past 26 weeks.', nextSteps: 'Weekly tracker review from 1 December.' };

describe('officers update an action on a card', () => {
  it('"update 1.9" gives the lead a card with the plan\'s own scale, the due date and the current status', async () => {
    const turn = await h().run(say('update 1.9'));
    const card = cardOf(turn);
    const text = cardText(card);
    expect(text).toContain('Update action 1.9');
    expect(text).toContain("Medway Children's Services Action Plan");
    expect(text).toContain('Embed a more systematic tracking/monitoring process for PLO');
    expect(text).toContain('October 2019');
    expect(text).toContain('No status given yet');
    const status = JSON.stringify(card).match(/"id":"status".*?"choices":(\[.*?\])/)?.[1];
    expect(JSON.parse(status!).map((c: { value: string }) => c.value)).toEqual(['B', 'G', 'A', 'R']);
    expect(text).toContain('Blue: Action completed');
    expect(executeData(card)).toEqual({ actionId: plo, version: 0 });
    const actions = (card as { actions: { type: string; verb: string; fallback: { type: string; data: unknown } }[] }).actions;
    expect(actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'action.update', fallback: { type: 'Action.Submit', data: { verb: 'action.update', actionId: plo, version: 0 } } });
  });

  it('records an allowed update and replaces the card for everyone with who, when, from and to', async () => {
    const turn = await h().run(press('action.update', filled(amber)));
    expect(turn.invoke?.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = cardText(cardOf(turn));
    expect(text).toContain('Action 1.9 updated');
    expect(text).toContain(plainText('Sam Officer updated this on 20 November 2026 at 09:30: set to Amber (no status before).'));
    expect(text).toContain('Two cases have drifted past 26 weeks.');
    expect(turn.updated).toHaveLength(1);
    expect(turn.updated[0]!.id).toBe('1763630400000');
    expect(turn.updated[0]!.attachments?.[0]?.content).toEqual(cardOf(turn));
    const history = await h().stores.actionUpdates.history(plo);
    expect(history).toMatchObject([
      { status: 'A', version: 1, author: { name: 'Sam Officer', aadObjectId: people.sam.aadObjectId }, commentary: `${amber.commentary}\nNext: ${amber.nextSteps}` },
    ]);
    expect(history[0]).not.toHaveProperty('previousStatus');
  });

  it('refuses a non-lead politely, saying who can, and records nothing', async () => {
    const turn = await h().run(press('action.update', filled(amber), { who: people.chris }));
    expect(turn.invoke?.type).toBe('application/vnd.microsoft.activity.message');
    expect(turn.invoke?.value).toBe(
      "Sorry, I can't take that update for action 1.9 of Medway Children's Services Action Plan. You're not down as a lead, delegate or administrator for this. " +
        "Updates can come from its lead (Head of Service, Safeguarding: Sam Officer), the people they delegate to, and the plan's administrators (Ada Admin). Type history 1.9 in Medway Children's Services Action Plan to see its updates.",
    );
    expect(turn.updated).toEqual([]);
    expect(await h().stores.actionUpdates.history(plo)).toEqual([]);
  });

  it('tells a councillor that updates come from officers, both on "update 1.9" and on a card', async () => {
    const typed = await h().run(say('update 1.9', people.jane));
    expect(typed.sent[0]!.text).toContain('Updates come from officers, so councillors can read the status but not change it.');
    const pressed = await h().run(press('action.update', filled(amber), { who: people.jane }));
    expect(String(pressed.invoke?.value)).toContain('councillors can read the status');
    expect(await h().stores.actionUpdates.history(plo)).toEqual([]);
  });

  const failures: [string, Record<string, string>, string, string][] = [
    ['no status', { commentary: 'Fine.' }, 'status', 'Choose a status: Blue, Green, Amber, Red.'],
    ['Red without saying what is wrong', { status: 'R', nextSteps: 'Recovery plan to the board in January.' }, 'commentary', 'Red needs a commentary saying what is wrong (Red or Amber always do).'],
    ['Amber without next steps', { status: 'A', commentary: 'Two cases have drifted past 26 weeks.' }, 'nextSteps', 'Amber needs what will happen next, and by when.'],
    ['Blue without evidence', { status: 'B', commentary: 'All done and signed off.' }, 'evidenceUrl', 'Blue needs a link to the evidence that the action is complete.'],
    ['evidence that is not a link', { status: 'G', evidenceUrl: 'on the shared drive' }, 'evidenceUrl', 'Give the evidence as a web link starting https://.'],
    ['a revised date in the past', { status: 'G', revisedDue: '2026-10-01' }, 'revisedDue', '1 October 2026 is in the past; give a date from 20 November 2026 on.'],
  ];
  it.each(failures)('sends the card back with the input kept when %s, the problem beside its field', async (_name, inputs, field, problem) => {
    const turn = await h().run(press('action.update', filled(inputs)));
    const card = cardOf(turn) as { body: { id?: string; text?: string }[] };
    expect(cardText(card)).toContain('Nothing is saved yet');
    expect(inputsOf(card)).toMatchObject(inputs);
    const at = card.body.findIndex((element) => element.id === field);
    expect(card.body[at + 1]?.text).toBe(plainText(problem));
    expect(turn.updated).toEqual([]);
    expect(await h().stores.actionUpdates.history(plo)).toEqual([]);
  });

  it('shows the newer update instead of overwriting it, and takes the resubmission', async () => {
    await h().run(press('action.update', filled(amber)));
    const late = await h().run(press('action.update', filled({ status: 'G', commentary: 'On track now.' }), { who: people.ada, replyToId: 'other-card' }));
    const card = cardOf(late);
    const text = cardText(card);
    expect(text).toContain('Sam Officer updated this action after your card was shown, so yours was not saved.');
    expect(text).toContain(plainText('Amber (Sam Officer, 20 November 2026 at 09:30)'));
    expect(text).toContain('Two cases have drifted past 26 weeks.');
    expect(inputsOf(card)).toMatchObject({ status: 'G', commentary: 'On track now.' });
    expect(executeData(card)).toEqual({ actionId: plo, version: 1 });
    expect(late.updated).toEqual([]);

    const again = await h().run(press('action.update', { ...executeData(card), ...inputsOf(card) }, { who: people.ada, replyToId: 'other-card' }));
    expect(cardText(cardOf(again))).toContain('Ada Admin updated this on 20 November 2026 at 09:30: from Amber to Green.');
    expect((await h().stores.actionUpdates.history(plo)).map((u) => [u.version, u.previousStatus, u.status])).toEqual([
      [1, undefined, 'A'],
      [2, 'A', 'G'],
    ]);
  });

  it("tells an officer whose own earlier update made the card stale that it was theirs, not someone else's \"above\"", async () => {
    await h().run(press('action.update', filled(amber)));
    const stale = await h().run(press('action.update', filled({ status: 'G', commentary: 'On track now.' }), { replyToId: 'other-card' }));
    const text = cardText(cardOf(stale));
    expect(text).toContain('You updated this action from another card after this one was shown, so this submission was not saved.');
    expect(text).not.toContain('Sam Officer updated this action');
    expect(stale.updated).toEqual([]);
  });

  it('records a submission Teams delivers twice once, answering both with the same result', async () => {
    const activity = press('action.update', filled(amber));
    const first = await h().run(activity);
    const second = await h().run(activity);
    expect(await h().stores.actionUpdates.history(plo)).toHaveLength(1);
    expect(cardOf(second)).toEqual(cardOf(first));
    expect(second.updated[0]!.id).toBe(first.updated[0]!.id);
  });

  it('replaces the card for everyone in a channel, and takes the Action.Submit of older clients the same way', async () => {
    const channel = await h().run(press('action.update', filled(amber), { where: 'channel' }));
    expect(channel.updated.map((a) => a.id)).toEqual(['1763632999001']);
    expect(cardText(channel.updated[0]!.attachments![0]!.content)).toContain('set to Amber');

    const submit = activityFixture('message-card-submit-channel', {
      value: { verb: 'action.update', ...filled({ status: 'G', commentary: 'Back on track.' }, 1) },
    });
    const old = await h().run(submit);
    expect(old.sent).toEqual([]);
    expect(old.updated.map((a) => a.id)).toEqual(['1763632999001']);
    expect(cardText(old.updated[0]!.attachments![0]!.content)).toContain('Sam Officer updated this on 20 November 2026 at 09:30: from Amber to Green.');
    expect(await h().stores.actionUpdates.history(plo)).toHaveLength(2);
  });

  it('sends a rejected Action.Submit back as a new card to fix, leaving the channel\'s card alone', async () => {
    const submit = activityFixture('message-card-submit-channel', { value: { verb: 'action.update', ...filled({ status: 'R' }) } });
    const turn = await h().run(submit);
    expect(turn.updated).toEqual([]);
    expect(cardText(cardOf(turn))).toContain('Red needs a commentary saying what is wrong');
  });

  it('answers "update 1.9" in a channel when @mentioned with one card for everyone: the status, and the form on refresh', async () => {
    const turn = await h().run(activityFixture('message-channel', { text: '<at>Board and scrutiny</at> update 1.9' }));
    const card = cardOf(turn)!;
    expect(cardText(card)).toContain('Action 1.9');
    expect(cardText(card)).not.toContain('Update action 1.9');
    expect(card.refresh).toMatchObject({ action: { type: 'Action.Execute', verb: 'action.view', data: { actionId: plo } } });
    const refreshed = await h().run(press('action.view', { actionId: plo }, { where: 'channel' }));
    expect(cardText(cardOf(refreshed))).toContain('Update action 1.9');
  });

  it('asks which plan when a ref is in several, and opens the one named', async () => {
    const ask = await h().run(say('update 1.1', people.ada));
    const text = cardText(cardOf(ask));
    expect(text).toContain('Action 1.1 is in 4 plans. Which one do you mean?');
    expect(text).toContain(plainText('Medway DToC Plan 2017 - 2019'));
    const named = await h().run(say("update 1.1 in medway children's", people.ada));
    expect(cardText(cardOf(named))).toContain('Update action 1.1');
    const noScale = await h().run(say('update 1.1 in dtoc', people.ada));
    expect(noScale.sent[0]!.text).toBe("Medway DToC Plan 2017 - 2019 has no status scale, so I can't take a status for action 1.1. An administrator can import the plan's scale.");
  });

  it('opens the update card from a list button for the person who pressed it', async () => {
    const turn = await h().run(activityFixture('message-card-submit-channel', { value: { verb: 'action.open', actionId: plo }, from: from(people.sam) }));
    expect(turn.updated).toEqual([]);
    expect(cardText(cardOf(turn))).toContain('Update action 1.9');
  });
});
