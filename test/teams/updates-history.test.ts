import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/cards/text';
import { activityFixture } from '../helpers/fixtures';
import { cardText } from '../helpers/test-bot';
import { cardOf, executeData, from, inputsOf, people, plo, press, say, useUpdatesHarness } from './updates-harness';

const h = useUpdatesHarness();

const update = (version: number, inputs: Record<string, string>, who = people.sam) =>
  h().run(press('action.update', { actionId: plo, version, status: '', commentary: '', nextSteps: '', revisedDue: '', evidenceUrl: '', ...inputs }, { who }));

describe('history and my actions', () => {
  it('"history 1.9" lists every change with who, when, from, to and commentary, newest first', async () => {
    await update(0, { status: 'A', commentary: 'Two cases have drifted past 26 weeks.', nextSteps: 'Weekly tracker review from 1 December.', revisedDue: '2027-03-31' });
    await update(1, { status: 'B', commentary: 'Tracker embedded.', evidenceUrl: 'https://council.example.gov.uk/plo-tracker' }, people.ada);
    const card = cardOf(await h().run(say('history 1.9', people.jane)));
    const text = cardText(card);
    expect(text).toContain('History of action 1.9');
    expect(text).toContain('The plan as imported gave no status.');
    const entries = (card as { body: { type: string; items?: { text?: string }[] }[] }).body.filter((e) => e.type === 'Container');
    expect(entries.map((e) => e.items!.slice(0, 2).map((i) => i.text))).toEqual([
      [plainText('20 November 2026 at 09:30 · Ada Admin'), plainText('From Amber to Blue')],
      [plainText('20 November 2026 at 09:30 · Sam Officer'), plainText('Set to Amber (no status before)')],
    ]);
    expect(text).toContain(plainText('Tracker embedded.'));
    expect(text).toContain(plainText('https://council.example.gov.uk/plo-tracker'));
    expect(text).toContain('31 March 2027');
    expect(text).toContain(plainText('Two cases have drifted past 26 weeks.\nNext: Weekly tracker review from 1 December.'));
  });

  it('words each entry as the update and feed cards do: an unchanged status is "kept at", not "from Amber to Amber"', async () => {
    await update(0, { status: 'A', commentary: 'Two cases have drifted past 26 weeks.', nextSteps: 'Weekly tracker review from 1 December.' });
    await update(1, { status: 'A', commentary: 'One case still past 26 weeks.', nextSteps: 'Escalate it to the board.' });
    const text = cardText(cardOf(await h().run(say('history 1.9', people.jane))));
    expect(text).toContain(plainText('Kept at Amber'));
    expect(text).not.toContain('From Amber to Amber');
  });

  it('says when nobody has updated an action yet, and opens history from a result card button', async () => {
    expect(cardText(cardOf(await h().run(say('history 1.9'))))).toContain('Nobody has updated it in Teams yet.');
    await update(0, { status: 'G' });
    const pressed = await h().run(activityFixture('message-card-submit-channel', { value: { verb: 'action.history', actionId: plo }, from: from(people.jane) }));
    expect(cardText(cardOf(pressed))).toContain(plainText('Set to Green (no status before)'));
  });

  it('"my actions" lists the caller\'s actions with their status and an Update button', async () => {
    await update(0, { status: 'G' });
    const card = cardOf(await h().run(say('my actions')));
    const text = cardText(card);
    expect(text).toContain('You can update 9 actions as lead or delegate.');
    const items = (card as { body: { type: string; items?: { type: string; text?: string; actions?: { data: Record<string, string> }[] }[] }[] }).body.filter((e) => e.type === 'Container');
    expect(items.map((i) => i.items![0]!.text!.split(' ')[0])).toEqual(['1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.13', '2.1', '5.10']);
    const plo19 = items[3]!.items!;
    expect(plo19[2]!.text).toBe(plainText('Green (Sam Officer, 20 November 2026 at 09:30) · due October 2019'));
    expect(plo19[3]!.actions![0]!.data).toEqual({ verb: 'action.open', actionId: plo });
  });

  it('adds an action delegated to someone to their list, and lets them update it', async () => {
    const dave = { ...people.chris, name: 'Dave Deputy', aadObjectId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', jobTitles: [] };
    const delegated = await h().run(say(`delegate 1.9 to ${dave.aadObjectId}`));
    expect(delegated.sent[0]!.text).toBe(`${dave.aadObjectId} can now update action 1.9 of Medway Children's Services Action Plan.`);
    const turn = await h().run(press('action.update', { actionId: plo, version: 0, status: 'G' }, { who: dave }));
    expect(cardText(cardOf(turn))).toContain('Action 1.9 updated');
    expect((await h().stores.planSettings.get('medway/medway-childrens-services-action-plan'))?.delegates[plo]).toEqual([dave.aadObjectId]);
  });

  it('tells a councillor, and someone the directory does not know, that no actions are theirs', async () => {
    expect((await h().run(say('my actions', people.jane))).sent[0]!.text).toBe("You're not down as the lead or a delegate of any action.");
    const stranger = await h().run(activityFixture('message-personal', { text: 'my actions', from: { id: '29:x', name: 'Stranger', aadObjectId: '00000000-0000-4000-8000-000000000000' } }));
    expect(stranger.sent[0]!.text).toBe("I can't find you in the council's directory of people, so I don't know which actions are yours.");
  });

  it('keeps typed text as text: markdown and template syntax are neither rendered nor expanded', async () => {
    const sneaky = 'See *this* [link](https://evil.example) and ${plan.name} again';
    const rejected = await update(0, { status: 'R', commentary: sneaky });
    expect(inputsOf(cardOf(rejected)).commentary).toBe(sneaky.replace('${', '$\u200b{'));
    const resubmitted = await h().run(press('action.update', { ...executeData(cardOf(rejected)), ...inputsOf(cardOf(rejected)), nextSteps: 'Escalate to the board in January.' }));
    expect(cardText(cardOf(resubmitted))).toContain(plainText(`${sneaky}\nNext: Escalate to the board in January.`));
    expect((await h().stores.actionUpdates.history(plo))[0]!.commentary.startsWith(sneaky)).toBe(true);
    expect(h().bot.logs.text()).not.toContain('evil.example');
  });

  it('lists the update commands on the help card for action leads', async () => {
    const text = cardText(cardOf(await h().run(say('help'))));
    expect(text).toContain('Action leads');
    for (const usage of ['update 1.9', 'my actions', 'history 1.9', 'record 1.9']) expect(text).toContain(usage);
  });
});

describe('history and record of a ref in several plans (issue 18, problem 6)', () => {
  // 2.1 is in four seed plans; Sam leads the one in the Children's Services plan.
  it('"history 2.1" from its lead opens their own action; from a councillor it asks which plan', async () => {
    const asked = await h().run(say('history 2.1', people.jane));
    expect(cardText(cardOf(asked))).toContain('Which 2.1?');
    const own = cardText(cardOf(await h().run(say('history 2.1', people.sam))));
    expect(own).toContain('History of action 2.1');
    expect(own).toContain("Medway Children's Services Action Plan");
  });

  it('"record 2.1" from its lead goes to their own action, not "which 2.1?"', async () => {
    expect(cardText(cardOf(await h().run(say('record 2.1', people.jane))))).toContain('Which 2.1?');
    const own = await h().run(say('record 2.1', people.sam));
    expect(JSON.stringify(own.sent)).not.toContain('Which 2.1?');
    expect(own.sent[0]!.text).toContain('2.1');
  });

  it("the refusal suggests a history command that opens the action without asking which plan", async () => {
    const refused = await h().run(say('update 1.6 in children', people.chris));
    const text = refused.sent[0]!.text!;
    const suggested = /Type (history 1\.6 in [^.]+?) to see its updates\./.exec(text)?.[1];
    expect(suggested).toBeDefined();
    const followed = cardText(cardOf(await h().run(say(suggested!, people.chris))));
    expect(followed).toContain('History of action 1.6');
    expect(followed).not.toContain('Which 1.6?');
  });
});
