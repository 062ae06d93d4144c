import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityFixture } from '../helpers/fixtures';
import { useSharedStores } from '../helpers/shared-stores';
import { cardText, createTestBot, firstCard, type TestBot } from '../helpers/test-bot';

const stores = useSharedStores();

describe('the ping command', () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await createTestBot({ stores: stores() });
  });
  afterEach(async () => {
    await t.close();
  });

  it.each(['ping', 'PING', ' ping ', 'ping!', 'ping?'])('answers %j with "pong" in a personal chat', async (text) => {
    const sent = await t.send(activityFixture('message-personal', { text }));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toBe('pong');
    expect(sent[0]?.attachments ?? []).toHaveLength(0);
  });

  it('answers "@bot ping" in a channel, with the mention stripped', async () => {
    const sent = await t.send(activityFixture('message-channel', { text: '<at>Board and scrutiny</at> ping' }));
    expect(sent[0]?.text).toBe('pong');
  });

  it.each(['ping me when 1.9 is updated', 'pinging', 'table tennis ping pong'])(
    'does not treat %j as the ping command (no substring match)',
    async (text) => {
      const sent = await t.send(activityFixture('message-personal', { text }));
      expect(sent[0]?.text ?? '').not.toBe('pong');
    },
  );

  it('is listed on the help card', async () => {
    const sent = await t.send(activityFixture('message-personal', { text: 'help' }));
    const text = cardText(firstCard(sent));
    expect(text).toContain('ping');
    expect(text).toContain('pong');
  });

  it('still stores the conversation reference, like any other turn', async () => {
    await t.send(activityFixture('message-personal', { text: 'ping' }));
    const record = await t.stores.conversations.get('a:1pXyZ0exampleConversationIdForAPersonalChat_W9');
    expect(record?.conversationType).toBe('personal');
  });
});
