import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors';
import { activityFixture } from '../helpers/fixtures';
import { useSharedStores } from '../helpers/shared-stores';
import { cardText, createTestBot, firstCard, type TestBot } from '../helpers/test-bot';

const stores = useSharedStores();

describe('the Teams app', () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await createTestBot({ stores: stores() });
  });
  afterEach(async () => {
    await t.close();
  });

  it('answers "help" in a personal chat with the help card listing the wired commands', async () => {
    const sent = await t.send(activityFixture('message-personal', { text: 'help' }));
    const card = firstCard(sent);
    expect(card?.type).toBe('AdaptiveCard');
    expect(card?.version).toBe('1.5');
    const text = cardText(card);
    expect(text).toContain('What I can do');
    expect(text).toContain('help');
    expect(text).toContain('No council data is loaded yet');
  });

  it('reads a pressed word button (Action.Submit data.say, no text) as typed, and places no placeholder in angle brackets', async () => {
    const welcome = firstCard(await t.send(activityFixture('conversation-update-bot-added-to-team')));
    const button = (welcome?.actions as { type: string; title: string; data: { say: string } }[])[0]!;
    expect(button).toEqual({ type: 'Action.Submit', title: 'What can I ask?', data: { say: 'help' } });
    const { text: _typed, ...withoutText } = activityFixture('message-personal', { text: 'x' });
    const sent = await t.send({ ...withoutText, value: button.data });
    const help = cardText(firstCard(sent));
    expect(help).toContain('What I can do');
    expect(help).toContain('set reminders for [plan]: monthly on 5');
    expect(help).not.toMatch(/<[a-z][a-z -]*>/);
    // A card submission with a verb is a card action, never words.
    const verb = await t.send({ ...withoutText, value: { say: 'help', verb: 'action.open' } });
    expect(cardText(firstCard(verb))).not.toContain('What I can do');
  });

  it('answers "@bot help" in a channel, with the mention stripped', async () => {
    const sent = await t.send(activityFixture('message-channel'));
    expect(cardText(firstCard(sent))).toContain('What I can do');
  });

  it.each(['HELP', ' help ', 'help?', 'what can you do?'])('treats %j as the help command', async (text) => {
    const sent = await t.send(activityFixture('message-personal', { text }));
    expect(cardText(firstCard(sent))).toContain('What I can do');
  });

  it.each(['can you help me with PLO', 'helpful', 'who helps with 2.3'])(
    'does not treat %j as the help command (no substring match)',
    async (text) => {
      const sent = await t.send(activityFixture('message-personal', { text }));
      expect(firstCard(sent)).toBeUndefined();
      expect(sent[0]?.text).toMatch(/No council data is loaded yet/);
    },
  );

  it('welcomes a team when the bot is added, and says the store is empty', async () => {
    const sent = await t.send(activityFixture('conversation-update-bot-added-to-team'));
    const text = cardText(firstCard(sent));
    expect(text).toContain('Board and scrutiny assistant');
    expect(text).toContain('No council data is loaded yet');
  });

  it('does not welcome when someone else joins', async () => {
    const sent = await t.send(
      activityFixture('conversation-update-bot-added-to-team', { membersAdded: [{ id: '29:someone-else' }] }),
    );
    expect(sent).toHaveLength(0);
  });

  it('stores the conversation reference of a channel, a group chat and a personal chat', async () => {
    await t.send(activityFixture('message-channel'));
    await t.send(activityFixture('message-personal'));
    await t.send(
      activityFixture('message-personal', {
        conversation: { id: '19:groupchat-1@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9' },
      }),
    );
    const channel = await t.stores.conversations.get('19:4f7c0d6a1b2e4c3d9e8f7a6b5c4d3e2f@thread.tacv2;messageid=1763632961117');
    expect(channel).toMatchObject({
      conversationType: 'channel',
      teamId: '19:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d@thread.tacv2',
      channelId: '19:4f7c0d6a1b2e4c3d9e8f7a6b5c4d3e2f@thread.tacv2',
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
    });
    expect((channel?.reference as { bot?: { id?: string } }).bot?.id).toBe('28:7e5d4c3b-2a19-4f08-9e7d-6c5b4a392817');
    expect((await t.stores.conversations.get('a:1pXyZ0exampleConversationIdForAPersonalChat_W9'))?.conversationType).toBe('personal');
    expect((await t.stores.conversations.get('19:groupchat-1@thread.v2'))?.conversationType).toBe('groupChat');
  });

  it('marks a personal chat uninstalled when the app is removed', async () => {
    await t.send(activityFixture('message-personal'));
    await t.send(activityFixture('installation-update-remove-personal'));
    const record = await t.stores.conversations.get('a:1pXyZ0exampleConversationIdForAPersonalChat_W9');
    expect(record?.installed).toBe(false);
  });

  it('says a card submission it does not know changed nothing', async () => {
    const sent = await t.send(activityFixture('message-personal', { text: undefined, value: { verb: 'no.such.verb' } }));
    expect(sent[0]?.text).toMatch(/out of date or not one I recognise/);
  });
});

describe('the error funnel', () => {
  it('apologises with a reference, logs once with the ids, and shows no stack trace', async () => {
    const health = {
      ...stores().health,
      counts: async () => {
        throw new Error('boom at /srv/app/src/secret-path.ts:12');
      },
    };
    const t = await createTestBot({ stores: { ...stores(), health } });
    const sent = await t.send(activityFixture('message-personal', { text: 'help' }));
    const text = cardText(firstCard(sent));
    expect(text).toMatch(/Sorry, something went wrong/);
    const reference = /Reference: ([A-Z0-9]{8})/.exec(text)?.[1];
    expect(reference).toBeDefined();
    expect(text).not.toMatch(/boom|secret-path|at /);
    const errors = t.logs.lines().filter((line) => line.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      reference,
      activityId: '1763630043512',
      conversationId: 'a:1pXyZ0exampleConversationIdForAPersonalChat_W9',
      msg: 'turn failed',
    });
    await t.close();
  });

  it('tells the person to try again when the store cannot be reached', async () => {
    const health = {
      ...stores().health,
      counts: async () => {
        throw new StoreUnavailableError('PostgreSQL cannot be reached.');
      },
    };
    const t = await createTestBot({ stores: { ...stores(), health } });
    const sent = await t.send(activityFixture('message-personal', { text: 'help' }));
    expect(cardText(firstCard(sent))).toMatch(/can't reach the council data store right now.*try again/);
    await t.close();
  });

  it('answers while the conversation\'s reference is stored; a failed write is logged and tried again next turn', async () => {
    let fail = true;
    const upserted: string[] = [];
    const conversations = {
      ...stores().conversations,
      upsert: async (record: { id: string }) => {
        if (fail) {
          fail = false;
          throw new StoreUnavailableError('PostgreSQL cannot be reached.');
        }
        upserted.push(record.id);
      },
    };
    const t = await createTestBot({ stores: { ...stores(), conversations } });
    const sent = await t.send(activityFixture('message-personal', { text: 'help' }));
    expect(cardText(firstCard(sent))).toContain('What I can do');
    expect(sent).toHaveLength(1);
    expect(t.logs.lines().filter((line) => line.level === 40)).toEqual([
      expect.objectContaining({ msg: 'could not store the conversation reference; the next turn tries again', conversationId: 'a:1pXyZ0exampleConversationIdForAPersonalChat_W9' }),
    ]);
    await t.send(activityFixture('message-personal', { text: 'help' }));
    expect(upserted).toEqual(['a:1pXyZ0exampleConversationIdForAPersonalChat_W9']);
    await t.close();
  });

  it('stores the reference of an install or membership event before its routes run, and tells a failure', async () => {
    const conversations = {
      ...stores().conversations,
      upsert: async () => {
        throw new StoreUnavailableError('PostgreSQL cannot be reached.');
      },
    };
    const t = await createTestBot({ stores: { ...stores(), conversations } });
    const sent = await t.send(activityFixture('conversation-update-bot-added-to-team'));
    expect(sent).toHaveLength(1);
    expect(cardText(firstCard(sent))).toMatch(/can't reach the council data store right now.*try again/);
    await t.close();
  });

  it('keeps personal data out of the logs of a failed turn', async () => {
    const health = {
      ...stores().health,
      counts: async () => {
        throw new Error('broken');
      },
    };
    const t = await createTestBot({ stores: { ...stores(), health } });
    await t.send(activityFixture('message-personal', { text: 'help' }));
    expect(t.logs.text()).not.toContain('Cllr Jane Example');
    await t.close();
  });
});

describe('a card action no route handles', () => {
  const shared = useSharedStores();
  it('answers the invoke with a clear message and changes nothing', async () => {
    const t = await createTestBot({ stores: shared() });
    const { TestAdapter, INVOKE_RESPONSE_KEY } = await import('botbuilder');
    const adapter = new TestAdapter(async (ctx) => t.bot.handleTurn(ctx));
    let response: { value?: { status?: number; body?: { value?: string } } } | undefined;
    await adapter.processActivity(
      activityFixture('message-personal', {
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        deliveryMode: 'expectReplies',
        value: { action: { type: 'Action.Execute', verb: 'no.such.verb', data: {} } },
      }),
      async (ctx) => {
        await t.bot.handleTurn(ctx);
        response = ctx.turnState.get(INVOKE_RESPONSE_KEY);
      },
    );
    expect(response?.value?.status).toBe(200);
    expect(response?.value?.body?.value).toMatch(/out of date or not one I recognise/);
  });
});
