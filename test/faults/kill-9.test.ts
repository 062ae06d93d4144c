import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../helpers/fake-teams-connector';
import { createScratchDatabase, serverUrl } from '../helpers/databases';
import { activityFixture } from '../helpers/fixtures';
import { spawnBot } from '../helpers/spawn-bot';

const ADMIN = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const BURST = 40;
/** Refs of the Medway children's plan's actions: 22, 12, 9, 9 and 10 over its five priorities. */
const REFS = [22, 12, 9, 9, 10].flatMap((count, p) => Array.from({ length: count }, (_, n) => `${p + 1}.${n + 1}`));

/** An officer's Action.Execute update of one action, as Teams posts it. */
function updateInvoke(serviceUrl: string, i: number) {
  return activityFixture('invoke-card-action-personal', {
    id: `burst-${i}`,
    serviceUrl,
    replyToId: `card-${i}`,
    deliveryMode: undefined,
    from: { id: '29:admin', name: 'Ada Admin', aadObjectId: ADMIN },
    value: {
      action: {
        type: 'Action.Execute',
        verb: 'action.update',
        data: { actionId: `medway/medway-childrens-services-action-plan#${REFS[i]}`, version: 0, status: 'G', commentary: `Burst update ${i}`, nextSteps: '', revisedDue: '', evidenceUrl: '' },
      },
      trigger: 'manual',
    },
  });
}

async function burst(port: number, serviceUrl: string, onAck: (i: number) => void): Promise<void> {
  const send = async (i: number) => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(updateInvoke(serviceUrl, i)),
      });
      const body = (await response.json()) as { value?: { body?: { title?: string } } } & Record<string, unknown>;
      if (response.status === 200 && JSON.stringify(body).includes('updated')) onAck(i);
    } catch {
      // the process was killed mid-request: not acknowledged
    }
  };
  const queue = Array.from({ length: BURST }, (_, i) => i);
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) await send(i);
  }));
}

/**
 * kill -9 in the middle of a burst of officers' updates, then a restart and Teams redelivering every
 * one: every update the bot acknowledged is there, and none is recorded twice.
 */
function killNineSuite(name: string, storeEnv: () => Record<string, string>, openAfter: () => ReturnType<typeof openStores>) {
  describe(`kill -9 during a burst of updates (${name})`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-kill-'));
    const people = join(dir, 'people.csv');
    let connector: FakeTeamsConnector;

    beforeAll(async () => {
      writeFileSync(people, `name,email,aadObjectId,roles,jobTitles,committees\nAda Admin,ada@council.example.gov.uk,${ADMIN},admin,,\n`);
      connector = await startFakeTeamsConnector();
    });
    afterAll(async () => {
      await connector?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('keeps every acknowledged update exactly once', { timeout: 120_000 }, async () => {
      const env = { SEED_ON_START: 'true', PEOPLE_FILE: people, ...storeEnv() };
      const first = await spawnBot(env);
      const acknowledged = new Set<number>();
      const killed = new Promise<void>((resolve) => {
        void burst(first.port, connector.url, (i) => {
          acknowledged.add(i);
          if (acknowledged.size === 12) {
            first.process.kill('SIGKILL');
            resolve();
          }
        }).then(() => resolve());
      });
      await killed;
      await new Promise<void>((resolve) => (first.process.exitCode !== null || first.process.signalCode ? resolve() : first.process.once('exit', () => resolve())));
      expect(acknowledged.size).toBeGreaterThanOrEqual(12);

      const second = await spawnBot(env);
      const redelivered = new Set<number>();
      await burst(second.port, connector.url, (i) => redelivered.add(i));
      await second.stop();
      expect(redelivered.size).toBe(BURST);

      const stores = await openAfter();
      try {
        const ids = Array.from({ length: BURST }, (_, i) => (updateInvoke('', i).value as { action: { data: { actionId: string } } }).action.data.actionId);
        for (const [i, id] of ids.entries()) {
          const history = await stores.actionUpdates.history(id);
          expect(history.map((u) => u.commentary), `action ${id} (${acknowledged.has(i) ? 'acknowledged' : 'not acknowledged'} before the kill)`).toEqual([`Burst update ${i}`]);
        }
      } finally {
        await stores.close();
      }
    });
  });
}

const embeddedDir = mkdtempSync(join(tmpdir(), 'cb-kill-data-'));
afterAll(() => rmSync(embeddedDir, { recursive: true, force: true }));
killNineSuite('embedded store', () => ({ DATA_DIR: embeddedDir, DATABASE_URL: '' }), () => openStores({ dataDir: embeddedDir }));

const baseUrl = serverUrl;
if (baseUrl) {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase(baseUrl);
  });
  afterAll(async () => {
    await scratch?.drop();
  });
  killNineSuite('PostgreSQL', () => ({ DATABASE_URL: scratch.url }), () => openStores({ databaseUrl: scratch.url }));
}
