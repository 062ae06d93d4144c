import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors';
import { readSeedFiles } from '../../src/import/seed-files';
import { importFiles } from '../../src/services/import-files';
import { openStores, storesOver } from '../../src/store/open-stores';
import type { SqlClient } from '../../src/store/sql/sql-client';
import { createScratchDatabase, serverUrl } from '../helpers/databases';
import { activityFixture } from '../helpers/fixtures';
import { startTcpProxy } from '../helpers/tcp-proxy';
import { cardText, createTestBot, firstCard } from '../helpers/test-bot';

const tryAgain = /can't reach the council data store right now.*try again/;

const baseUrl = serverUrl;
if (baseUrl) {
  describe('PostgreSQL goes away mid-turn and comes back', () => {
    let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
    let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
    let proxiedUrl: string;

    beforeAll(async () => {
      scratch = await createScratchDatabase(baseUrl);
      const target = new URL(scratch.url);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const viaProxy = new URL(scratch.url);
      viaProxy.port = String(proxy.port);
      proxiedUrl = viaProxy.toString();
    });
    afterAll(async () => {
      await proxy?.close();
      await scratch?.drop();
    });

    it('says "try again" while the database is unreachable, and recovers by itself when it is back', async () => {
      const stores = await openStores({ databaseUrl: proxiedUrl });
      const t = await createTestBot({ stores });
      try {
        expect(cardText(firstCard(await t.send(activityFixture('message-personal', { text: 'help' }))))).toContain('What I can do');
        await proxy.cut();
        expect(cardText(firstCard(await t.send(activityFixture('message-personal', { id: 'down-1', text: 'help' }))))).toMatch(tryAgain);
        await proxy.restore();
        expect(cardText(firstCard(await t.send(activityFixture('message-personal', { id: 'up-1', text: 'help' }))))).toContain('What I can do');
      } finally {
        await stores.close();
      }
    });

    it('leaves nothing half-written when the connection drops inside an import transaction', async () => {
      const stores = await openStores({ databaseUrl: proxiedUrl });
      try {
        proxy.cutOn('INSERT INTO actions');
        await expect(importFiles(stores.catalogue, readSeedFiles())).rejects.toBeInstanceOf(StoreUnavailableError);
        await proxy.restore();
        expect(await stores.health.counts()).toEqual({ plans: 0, actions: 0, indicators: 0, meetings: 0, recommendations: 0, documents: 0, risks: 0, reports: 0 });
        expect((await importFiles(stores.catalogue, readSeedFiles())).ok).toBe(true);
        expect((await stores.health.counts()).actions).toBeGreaterThan(100);
      } finally {
        await stores.close();
      }
    });
  });
} else {
  describe('PostgreSQL goes away mid-turn', () => {
    it.skip('runs when DATABASE_URL is set (as .ci/run sets it)', () => undefined);
  });
}

/** The embedded database with a switch that makes every statement fail as an unreachable store would. */
function faultySql(inner: SqlClient, isDown: () => boolean, failInsideTransactionOn?: () => string | undefined): SqlClient {
  const check = (sql: string) => {
    const trigger = failInsideTransactionOn?.();
    if (isDown() || (trigger && sql.includes(trigger))) throw new StoreUnavailableError('The embedded database is unavailable.');
  };
  return {
    kind: inner.kind,
    query: async (sql, params) => {
      check(sql);
      return inner.query(sql, params);
    },
    transaction: (fn) =>
      inner.transaction((tx) =>
        fn({
          query: async (sql, params) => {
            check(sql);
            return tx.query(sql, params);
          },
        }),
      ),
    exec: async (sql) => {
      check(sql);
      return inner.exec(sql);
    },
    close: () => inner.close(),
  };
}

describe('the embedded database fails mid-turn and comes back', () => {
  let down = false;
  let failOn: string | undefined;
  let sql: SqlClient;

  beforeAll(async () => {
    sql = (await openStores({})).sql;
  });
  afterAll(async () => {
    await sql.close();
  });

  it('says "try again" while it fails and answers again once it works', async () => {
    const t = await createTestBot({ stores: storesOver(faultySql(sql, () => down)) });
    down = true;
    expect(cardText(firstCard(await t.send(activityFixture('message-personal', { text: 'help' }))))).toMatch(tryAgain);
    down = false;
    expect(cardText(firstCard(await t.send(activityFixture('message-personal', { text: 'help' }))))).toContain('What I can do');
  });

  it('rolls back an import that fails part-way: nothing half-written remains', async () => {
    const stores = storesOver(faultySql(sql, () => false, () => failOn));
    failOn = 'INSERT INTO indicators';
    await expect(importFiles(stores.catalogue, readSeedFiles())).rejects.toBeInstanceOf(StoreUnavailableError);
    failOn = undefined;
    expect((await stores.health.counts()).plans).toBe(0);
    expect((await stores.catalogue.listActions()).length).toBe(0);
  });
});
