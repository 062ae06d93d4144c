import { afterEach, describe, expect, it } from 'vitest';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../helpers/fake-teams-connector';
import { useSharedStores } from '../../helpers/shared-stores';
import { busiestWindow, movingClock, personalChat, runUntil, senderFor } from './outbox-harness';

const stores = useSharedStores();
let connector: FakeTeamsConnector | undefined;
afterEach(async () => {
  await connector?.close();
  connector = undefined;
});

const toChat = (n: number) => ({ kind: 'conversation' as const, conversationId: `a:chat-${n}` });
const allSent = async () => {
  const counts = await stores().outbox.counts();
  return counts.pending + counts.sending === 0;
};

describe('the outbox sender', () => {
  it('sends each queued message once, through Teams, and marks it sent with the activity id', async () => {
    connector = await startFakeTeamsConnector();
    await stores().conversations.upsert(personalChat(connector, 1));
    await stores().outbox.enqueue({ key: 'm-1', target: toChat(1), text: 'first' });
    await stores().outbox.enqueue({ key: 'm-2', target: toChat(1), card: { type: 'AdaptiveCard', version: '1.5', body: [] } });
    await stores().outbox.enqueue({ key: 'm-1', target: toChat(1), text: 'first, enqueued again' });
    const { sender } = senderFor(stores());

    const round = await sender.runOnce();

    expect(round).toMatchObject({ claimed: 2, sent: 2 });
    const posted = connector.activities();
    expect(posted.map((r) => r.path)).toEqual(['/v3/conversations/a%3Achat-1/activities', '/v3/conversations/a%3Achat-1/activities']);
    expect(posted[0]!.body).toMatchObject({ type: 'message', text: 'first', recipient: { id: '29:user-1' } });
    expect((posted[1]!.body.attachments as { contentType: string }[])[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const first = await stores().outbox.get('m-1');
    expect(first).toMatchObject({ status: 'sent', attempts: 1, activityId: 'activity-1', conversationId: 'a:chat-1' });
    expect((await sender.runOnce()).claimed).toBe(0);
  });

  it('keeps a message for later when it is not due yet', async () => {
    connector = await startFakeTeamsConnector();
    await stores().conversations.upsert(personalChat(connector, 1));
    await stores().outbox.enqueue({ key: 'later', target: toChat(1), text: 'at nine', notBefore: '2026-11-21T09:00:00Z' });
    const { sender } = senderFor(stores());
    expect((await sender.runOnce()).claimed).toBe(0);
    expect((await stores().outbox.get('later'))?.status).toBe('pending');
  });

  it('paces one conversation under 7 per second and 8 per 2 seconds', async () => {
    connector = await startFakeTeamsConnector();
    await stores().conversations.upsert(personalChat(connector, 1));
    for (let i = 0; i < 16; i += 1) await stores().outbox.enqueue({ key: `p-${String(i).padStart(2, '0')}`, target: toChat(1), text: `n${i}` });
    const { sender } = senderFor(stores());

    await runUntil(sender, allSent);

    const times = connector.activities().map((r) => r.at);
    expect(times).toHaveLength(16);
    expect(busiestWindow(times, 1_000)).toBeLessThanOrEqual(7);
    expect(busiestWindow(times, 2_000)).toBeLessThanOrEqual(8);
    // In the order they were queued.
    expect(connector.activities().map((r) => r.body.text)).toEqual(Array.from({ length: 16 }, (_, i) => `n${i}`));
  });

  it('paces the tenant under 50 per second across conversations', async () => {
    connector = await startFakeTeamsConnector();
    for (let c = 1; c <= 20; c += 1) {
      await stores().conversations.upsert(personalChat(connector, c));
      for (let i = 0; i < 6; i += 1) await stores().outbox.enqueue({ key: `t-${c}-${i}`, target: toChat(c), text: 'x' });
    }
    const { sender } = senderFor(stores(), { batchSize: 200 });

    await runUntil(sender, allSent);

    const times = connector.activities().map((r) => r.at);
    expect(times).toHaveLength(120);
    expect(busiestWindow(times, 1_000)).toBeLessThanOrEqual(50);
    expect(busiestWindow(times, 1_000)).toBeGreaterThan(7);
  });

  it('retries a 429 no sooner than Retry-After, then sends it', async () => {
    // The connector library itself tries 4 times (its own retries honour Retry-After); after that the
    // outbox takes over.
    connector = await startFakeTeamsConnector((_r, i) => (i < 4 ? { status: 429, headers: { 'Retry-After': '1' } } : undefined));
    await stores().conversations.upsert(personalChat(connector, 1));
    await stores().outbox.enqueue({ key: 'throttled', target: toChat(1), text: 'hello' });
    const { sender } = senderFor(stores());

    const first = await sender.runOnce();
    expect(first).toMatchObject({ retrying: 1, sent: 0 });
    const waiting = await stores().outbox.get('throttled');
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting?.lastError).toMatch(/HTTP 429/);

    await runUntil(sender, allSent);
    const times = connector.activities().map((r) => r.at);
    expect(times).toHaveLength(5);
    expect(times[4]! - times[3]!).toBeGreaterThanOrEqual(1_000);
    expect(await stores().outbox.get('throttled')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('holds back the rest of a throttled conversation untried while other conversations go on', async () => {
    connector = await startFakeTeamsConnector((r) =>
      r.path.includes('chat-1') && connector!.requests.filter((q) => q.path.includes('chat-1')).length <= 4
        ? { status: 429, headers: { 'Retry-After': '1' } }
        : undefined,
    );
    await stores().conversations.upsert(personalChat(connector, 1));
    await stores().conversations.upsert(personalChat(connector, 2));
    await stores().outbox.enqueue({ key: 'a-1', target: toChat(1), text: 'a1' });
    await stores().outbox.enqueue({ key: 'a-2', target: toChat(1), text: 'a2' });
    await stores().outbox.enqueue({ key: 'b-1', target: toChat(2), text: 'b1' });
    const { sender } = senderFor(stores());

    const round = await sender.runOnce();

    expect(round).toMatchObject({ sent: 1, retrying: 1, released: 1 });
    expect(await stores().outbox.get('a-2')).toMatchObject({ status: 'pending', attempts: 0 });
    await runUntil(sender, allSent);
    expect(connector.activities().filter((r) => r.body.text === 'a2')).toHaveLength(1);
  });

  it('retries a 503 with backoff and gives up after the last attempt, keeping the message and why', async () => {
    connector = await startFakeTeamsConnector(() => ({ status: 503 }));
    await stores().conversations.upsert(personalChat(connector, 1));
    await stores().outbox.enqueue({ key: 'unlucky', target: toChat(1), text: 'hello' });
    const { sender, logs } = senderFor(stores(), { retry: { maxAttempts: 2, baseDelayMs: 100, maxDelayMs: 200 } });

    await runUntil(sender, allSent, 30_000);

    const dead = await stores().outbox.get('unlucky');
    expect(dead).toMatchObject({ status: 'dead', attempts: 2 });
    expect(dead?.lastError).toMatch(/HTTP 503/);
    expect(dead?.deadAt).toBeDefined();
    expect((await stores().outbox.list({ status: ['dead'] })).map((m) => m.key)).toEqual(['unlucky']);
    expect(logs.lines().find((l) => l.msg === 'outbox message gave up')).toMatchObject({ level: 40, key: 'unlucky' });
    expect(logs.text()).not.toContain('hello');
  }, 40_000);

  it('gives up at once, visibly, when Teams refuses for good (403) or the conversation is unknown', async () => {
    connector = await startFakeTeamsConnector(() => ({ status: 403 }));
    await stores().conversations.upsert(personalChat(connector, 1));
    await stores().outbox.enqueue({ key: 'refused', target: toChat(1), text: 'hello' });
    await stores().outbox.enqueue({ key: 'nowhere', target: toChat(99), text: 'hello' });
    const { sender } = senderFor(stores());

    expect(await sender.runOnce()).toMatchObject({ dead: 2 });

    expect(await stores().outbox.get('refused')).toMatchObject({ status: 'dead', attempts: 1, lastError: expect.stringMatching(/HTTP 403/) });
    expect((await stores().outbox.get('nowhere'))?.lastError).toMatch(/no reference to this conversation/);
    expect(await stores().outbox.counts()).toEqual({ pending: 0, sending: 0, sent: 0, dead: 2 });
    expect(await stores().outbox.retryDead('refused', movingClock()().toISOString())).toBe(1);
    expect(await stores().outbox.get('refused')).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('starts a 1:1 chat by Entra id when none is stored, and uses it next time', async () => {
    connector = await startFakeTeamsConnector();
    await stores().conversations.upsert(personalChat(connector, 1));
    await stores().outbox.enqueue({ key: 'new-1', target: { kind: 'user', aadObjectId: 'aad-new' }, text: 'one' });
    const { sender } = senderFor(stores());
    await sender.runOnce();
    await stores().outbox.enqueue({ key: 'new-2', target: { kind: 'user', aadObjectId: 'aad-new' }, text: 'two' });
    await sender.runOnce();

    const created = connector.requests.filter((r) => /\/v3\/conversations\/?$/.test(r.path));
    expect(created).toHaveLength(1);
    expect(created[0]!.body).toMatchObject({ isGroup: false, members: [{ id: 'aad-new' }], tenantId: 'tenant-1' });
    expect(connector.activities().map((r) => r.path)).toEqual([
      '/v3/conversations/a%3Acreated-1/activities',
      '/v3/conversations/a%3Acreated-1/activities',
    ]);
    expect(await stores().outbox.get('new-2')).toMatchObject({ status: 'sent', conversationId: 'a:created-1' });
  });

  it('uses the stored 1:1 chat of a person it already talks to', async () => {
    connector = await startFakeTeamsConnector();
    await stores().conversations.upsert(personalChat(connector, 7, 'AAD-Seven'));
    await stores().outbox.enqueue({ key: 'known', target: { kind: 'user', aadObjectId: 'aad-seven' }, text: 'hi' });
    await senderFor(stores()).sender.runOnce();
    expect(connector.activities().map((r) => r.path)).toEqual(['/v3/conversations/a%3Achat-7/activities']);
  });
});
