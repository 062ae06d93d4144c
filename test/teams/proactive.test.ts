import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCardRenderer } from '../../src/cards/render';
import type { Directory, DirectoryPerson } from '../../src/domain/directory';
import { createAdapter } from '../../src/teams/adapter';
import { CommandCatalogue } from '../../src/teams/commands';
import type { BotDeps } from '../../src/teams/deps';
import { startProactiveLoops } from '../../src/app/proactive-loops';
import { activityFixture } from '../helpers/fixtures';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../helpers/fake-teams-connector';
import { captureLogs } from '../helpers/log-capture';
import { cardText, createTestBot, firstCard, type TestBot } from '../helpers/test-bot';
import { senderFor } from '../services/outbox/outbox-harness';
import { useSeededStores } from '../services/scheduler/seeded-stores';

const person = (name: string, aadObjectId: string, roles: DirectoryPerson['roles'], jobTitles: string[] = []): DirectoryPerson => ({
  name,
  aadObjectId,
  roles,
  jobTitles,
  committees: [],
});
const ada = person('Ada Admin', '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c', ['admin']);
const ivy = person('Ivy Info', '7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7', ['officer'], ['Information Officer']);
const sam = person('Sam Officer', '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', ['officer'], ['Head of Service, Safeguarding']);
const directory: Directory = { people: [ada, ivy, sam] };
const yot = 'medway/medway-youth-offending-team-and-youth-justice-partnership-board-improvement-plan';

const stores = useSeededStores();
let connector: FakeTeamsConnector;
let t: TestBot | undefined;
beforeEach(async () => {
  connector = await startFakeTeamsConnector();
});
afterEach(async () => {
  await t?.close();
  t = undefined;
  await connector.close();
});

const botAt = async (at: string) => (t = await createTestBot({ stores: stores(), directory, clock: () => new Date(at) }));
/** A message in `who`'s 1:1 chat; its service URL is the fake connector, as Teams would give its own. */
const say = (text: string, who: DirectoryPerson) =>
  activityFixture('message-personal', {
    text,
    from: { id: `29:${who.aadObjectId}`, name: who.name, aadObjectId: who.aadObjectId },
    conversation: { conversationType: 'personal', tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9', id: `a:chat-${who.name.split(' ')[0]}` },
    serviceUrl: connector.url,
  });
const reply = async (activity: Partial<Activity>) => (await t!.send(activity)).map((a) => a.text ?? cardText(a.attachments)).join('\n');

describe('the outbox, for administrators', () => {
  it('shows what was given up and why, and puts it back in the queue on request', async () => {
    await botAt('2026-11-20T09:00:00Z');
    await stores().outbox.enqueue({ key: 'notice:gone-channel', target: { kind: 'conversation', conversationId: '19:deleted@thread.tacv2' }, text: 'hello' });
    await stores().outbox.enqueue({ key: 'notice:waiting', target: { kind: 'conversation', conversationId: '19:later@thread.tacv2' }, text: 'later', notBefore: '2030-01-01T00:00:00Z' });
    await senderFor(stores(), { clock: () => new Date('2026-11-20T09:00:00Z') }).sender.runOnce();

    const card = firstCard(await t!.send(say('outbox', ada)));
    const text = cardText(card);
    expect(text).toContain('Given up');
    expect(text).toContain('notice:gone\\-channel');
    expect(text).toContain('To conversation 19:deleted@thread.tacv2. 1 attempt. The bot has no reference to this conversation.');
    expect(text).toMatch(/Waiting \| 1 .*Given up \| 1/);
    expect(JSON.stringify(card)).toContain('"verb":"outbox.retry"');

    expect(await reply(say('outbox retry all', ada))).toBe('1 message back in the queue; they go out within a minute.');
    expect(await stores().outbox.get('notice:gone-channel')).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it.each([
    ['outbox', sam],
    ['outbox retry all', ivy],
  ])('refuses %j to someone who is not an administrator', async (command, who) => {
    await botAt('2026-11-20T09:00:00Z');
    await stores().outbox.enqueue({ key: 'x', target: { kind: 'conversation', conversationId: '19:c@thread.tacv2' }, text: 'x' });
    expect(await reply(say(command, who))).toBe("Sorry, only the bot's administrators (the admin role in the people file) can see or retry the outbox.");
  });
});

describe('update reminders, from the running bot', () => {
  it("give the lead each action's update card, filled in, and the card takes the update", async () => {
    const at = '2020-07-01T08:30:00Z';
    await botAt(at);
    expect(await reply(say('set reminders for YOT plan: 5 working days before Youth Justice Partnership Board', ada))).toBe(
      'Saved: updates to Medway Youth Offending Team and Youth Justice Partnership Board Improvement Plan are due 5 working days before each meeting of Youth Justice Partnership Board (reminder 5 working days before). Next: due 6 July 2020 for the meeting on 13 July 2020; leads are reminded from 29 June 2020.',
    );
    const deps: BotDeps = {
      stores: stores(),
      cards: createCardRenderer(),
      logger: captureLogs().logger,
      commands: new CommandCatalogue(),
      directory,
      clock: () => new Date(at),
      timeZone: 'Europe/London',
    };
    const loops = startProactiveLoops(deps, { adapter: createAdapter({}), outboxIntervalMs: 50, outboxMaxAttempts: 3, schedulerIntervalMs: 60_000 });
    try {
      await connector.waitFor(3, 15_000, (r) => r.path.includes('/activities'));
    } finally {
      await loops.stop();
    }

    const created = connector.requests.filter((r) => /\/v3\/conversations\/?$/.test(r.path));
    expect(created.map((r) => (r.body.members as { id: string }[])[0]!.id)).toEqual([ivy.aadObjectId]);
    const cardsIn = (chat: string) =>
      connector.activities().filter((r) => r.path.includes(encodeURIComponent(chat))).map((r) => (r.body.attachments as { content: Record<string, unknown> }[])[0]!.content);
    // Ada administers the plan: she hears which leads nobody could be found for.
    expect(cardsIn('a:chat-Ada').map(cardText).join()).toContain('Leads I could not remind');
    const cards = cardsIn('a:created-1');
    expect(cards).toHaveLength(2);
    const texts = cards.map(cardText);
    expect(texts.every((x) => x.includes('Reminder: your update is due by 6 July 2020.'))).toBe(true);
    expect(texts.some((x) => x.includes('Update action 2B'))).toBe(true);
    expect(texts.some((x) => x.includes('Update action 4A'))).toBe(true);
    expect(texts[0]).toContain('Good progress');

    // Ivy fills in the card she was sent and presses its button (the Action.Submit fallback here).
    const form = cards.find((c) => cardText(c).includes('Update action 2B'))!;
    const button = (form as { actions: { verb?: string; fallback?: { type: string; data: Record<string, unknown> } }[] }).actions.find((a) => a.verb === 'action.update');
    expect(button?.fallback?.type).toBe('Action.Submit');
    const data = { ...button!.fallback!.data, status: 'good-progress', commentary: 'Data quality audit done; monthly checks in place.', nextSteps: '', revisedDue: '', evidenceUrl: '' };
    // The result replaces the reminder card in place (an update, not a new message), so nothing is sent.
    expect(await t!.send({ ...say('', ivy), text: undefined, value: data, replyToId: 'reminder-card' })).toEqual([]);
    expect((await stores().actionUpdates.history(`${yot}#2B`)).map((u) => [u.status, u.author.name])).toEqual([['good-progress', 'Ivy Info']]);
  });

  it('are set only by the plan\'s administrators; anyone may ask when updates are due', async () => {
    await botAt('2026-11-20T09:00:00Z');
    expect(await reply(say('set reminders for YOT plan: monthly on 5', sam))).toBe(
      'Sorry, only the administrators of Medway Youth Offending Team and Youth Justice Partnership Board Improvement Plan can change when its leads are reminded.',
    );
    expect(await stores().planSchedules.get(yot)).toBeUndefined();
    expect(await reply(say('reminders for YOT plan', sam))).toMatch(/has no update cadence, so nobody is reminded/);
    expect(await reply(say('set reminders for YOT plan to monthly on 31', ada))).toMatch(/^Saved: .* monthly, due on day 31 .* Next: due 30 November 2026; leads are reminded from 23 November 2026\.$/);
    expect(await reply(say('reminders for YOT plan', sam))).toMatch(/updates are monthly, due on day 31/);
    expect(await reply(say('set reminders for YOT plan: fortnightly', ada))).toBe('I couldn\'t read "fortnightly" as a cadence. Write it as "monthly on 5" (the day of the month updates are due) or "5 working days before <board name>", optionally followed by "remind 3".');
  });
});
