import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../../src/store/open-stores';
import type { Stores } from '../../../src/store/ports';
import { createScratchDatabase, serverUrl } from '../../helpers/databases';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../helpers/fake-teams-connector';
import { movingClock, personalChat, senderFor } from './outbox-harness';

let connector: FakeTeamsConnector | undefined;
afterEach(async () => {
  await connector?.close();
  connector = undefined;
});

async function settle(stores: Stores, timeoutMs = 20_000) {
  const start = Date.now();
  for (;;) {
    const counts = await stores.outbox.counts();
    if (counts.pending + counts.sending === 0) return counts;
    if (Date.now() - start > timeoutMs) throw new Error(`outbox did not settle: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Two bot instances' sender loops over stores that share one database. */
async function twoInstancesSendOnce(first: Stores, second: Stores) {
  connector = await startFakeTeamsConnector();
  for (let c = 1; c <= 8; c += 1) {
    await first.conversations.upsert(personalChat(connector, c));
    for (let i = 0; i < 5; i += 1) {
      await first.outbox.enqueue({ key: `k-${c}-${i}`, target: { kind: 'conversation', conversationId: `a:chat-${c}` }, text: `${c}/${i}` });
    }
  }
  const a = senderFor(first, { batchSize: 7 }).sender;
  const b = senderFor(second, { batchSize: 7 }).sender;
  a.start();
  b.start();
  try {
    expect(await settle(first)).toMatchObject({ sent: 40, dead: 0 });
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
  const texts = connector.activities().map((r) => r.body.text as string);
  expect(texts).toHaveLength(40);
  expect(new Set(texts).size).toBe(40);
}

describe('the outbox across instances and restarts', () => {
  it('sends each message exactly once with two sender loops on one embedded database', async () => {
    const stores = await openStores({});
    try {
      await twoInstancesSendOnce(stores, stores);
    } finally {
      await stores.close();
    }
  });

  describe('on a folder that outlives the process', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cb-outbox-'));
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('does not send again after a restart', async () => {
      connector = await startFakeTeamsConnector();
      const before = await openStores({ dataDir });
      await before.conversations.upsert(personalChat(connector, 1));
      await before.outbox.enqueue({ key: 'once', target: { kind: 'conversation', conversationId: 'a:chat-1' }, text: 'once' });
      await senderFor(before).sender.runOnce();
      await before.close();

      const after = await openStores({ dataDir });
      try {
        await after.outbox.enqueue({ key: 'once', target: { kind: 'conversation', conversationId: 'a:chat-1' }, text: 'once' });
        expect((await senderFor(after).sender.runOnce()).claimed).toBe(0);
        expect(await after.outbox.get('once')).toMatchObject({ status: 'sent', activityId: 'activity-1' });
      } finally {
        await after.close();
      }
      expect(connector.activities()).toHaveLength(1);
    });
  });

  it('takes over a message whose sender died holding it, once its lease has run out', async () => {
    connector = await startFakeTeamsConnector();
    const stores = await openStores({});
    try {
      await stores.conversations.upsert(personalChat(connector, 1));
      await stores.outbox.enqueue({ key: 'orphan', target: { kind: 'conversation', conversationId: 'a:chat-1' }, text: 'hi' });
      const now = movingClock()();
      const claimed = await stores.outbox.claim('crashed-instance', now.toISOString(), new Date(now.getTime() + 400).toISOString(), 10);
      expect(claimed.map((m) => m.key)).toEqual(['orphan']);

      const { sender } = senderFor(stores);
      expect((await sender.runOnce()).claimed).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await sender.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
      expect(await stores.outbox.get('orphan')).toMatchObject({ status: 'sent', attempts: 2 });
      expect(await stores.outbox.markSent('orphan', 'crashed-instance', { conversationId: 'a:chat-1' }, now.toISOString())).toBe(false);
    } finally {
      await stores.close();
    }
    expect(connector.activities()).toHaveLength(1);
  });

  const postgresUrl = serverUrl;
if (postgresUrl) {
    describe('on PostgreSQL (DATABASE_URL)', () => {
      let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
      beforeAll(async () => {
        scratch = await createScratchDatabase(postgresUrl);
      });
      afterAll(async () => {
        await scratch?.drop();
      });

      it('sends each message exactly once with two instances, each with its own connection pool', async () => {
        const first = await openStores({ databaseUrl: scratch.url });
        const second = await openStores({ databaseUrl: scratch.url });
        try {
          await twoInstancesSendOnce(first, second);
        } finally {
          await Promise.all([first.close(), second.close()]);
        }
      });
    });
  } else {
    it.skip('runs on PostgreSQL when DATABASE_URL is set', () => undefined);
  }
});
