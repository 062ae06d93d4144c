import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityFixture } from '../helpers/fixtures';
import { useSharedStores } from '../helpers/shared-stores';
import { cardText, createTestBot, firstCard, type TestBot } from '../helpers/test-bot';

const stores = useSharedStores();

describe('small talk in Teams', () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await createTestBot({ stores: stores() });
  });
  afterEach(async () => {
    await t.close();
  });

  it.each(['hi', 'Good morning!', 'who are you?'])('answers %j with the welcome card, not "not found"', async (text) => {
    const sent = await t.send(activityFixture('message-personal', { text }));
    expect(sent).toHaveLength(1);
    const card = cardText(firstCard(sent));
    expect(card).toContain('Board and scrutiny assistant');
    expect(card).not.toContain("couldn't find");
  });

  it.each(['thanks', 'cheers, really helpful', '👍'])('answers %j with a short reply', async (text) => {
    const sent = await t.send(activityFixture('message-personal', { text }));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toMatch(/^You're welcome\./);
  });

  it('answers "@bot thanks" in a channel, with the mention stripped', async () => {
    const sent = await t.send(activityFixture('message-channel', { text: '<at>Board and scrutiny</at> thanks' }));
    expect(sent[0]?.text).toMatch(/^You're welcome\./);
  });

  it('still reads a greeting with a question after it as the question', async () => {
    const sent = await t.send(activityFixture('message-personal', { text: 'hi, what can you do' }));
    expect(sent[0]?.text ?? '').not.toMatch(/^You're welcome/);
  });
});
