/**
 * `npx tsx bench/state-writes.ts`: processor time per turn-state row written to the embedded database
 * (its thread included), one UPDATE at a time as a turn wrote it, and with putAll in batches as
 * cached-state-store.ts now writes the turns of a moment together; the same for conversation
 * references (upsert, and upsertAll as batched-conversations.ts writes them). In process, no HTTP:
 * steadier on a shared machine than whole turns are.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStores } from '../src/store/open-stores';
import { sqlConversationStore } from '../src/store/sql/conversation-store';
import { sqlStateStore } from '../src/store/sql/state-store';

const ROWS = 1000;
const KEYS = 64;
const doc = { ask: { subject: { kind: 'indicator', id: 'medway/medway/an-indicator', plan: 'medway/plan' }, words: ['a', 'b'] } };

async function measure(label: string, write: () => Promise<void>): Promise<void> {
  const cpu = process.cpuUsage();
  await write();
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${label.padEnd(24)} ${((used.user + used.system) / 1000 / ROWS).toFixed(3)} ms CPU per row\n`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cb-state-writes-'));
  const stores = await openStores({ dataDir: join(dir, 'data') });
  try {
    const state = sqlStateStore(stores.sql);
    const key = (i: number) => `k${i % KEYS}`;
    for (let i = 0; i < KEYS; i += 1) await state.write(key(i), doc, '*');
    let etag = 1000;
    for (let pass = 0; pass < 2; pass += 1) {
      await measure('UPDATE, one at a time', async () => {
        for (let i = 0; i < ROWS; i += 1) await state.write(key(i), { ...doc, i }, '*');
      });
      await measure('putAll, one row', async () => {
        for (let i = 0; i < ROWS; i += 1) await state.putAll([{ key: key(i), doc: { ...doc, i }, etag: String((etag += 1)) }]);
      });
      await measure('putAll, 16 rows', async () => {
        for (let i = 0; i < ROWS; i += 16) {
          await state.putAll(Array.from({ length: 16 }, (_, j) => ({ key: key(i + j), doc: { ...doc, i }, etag: String((etag += 1)) })));
        }
      });
    }
    const conversations = sqlConversationStore(stores.sql);
    const reference = (i: number) => ({
      id: `a:${i}`,
      conversationType: 'personal' as const,
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      reference: { conversation: { id: `a:${i}` }, user: { id: `29:${i}` }, bot: { id: '28:bot' } },
      installed: true,
    });
    let next = 0;
    await measure('upsert, one at a time', async () => {
      for (let i = 0; i < ROWS; i += 1) await conversations.upsert(reference((next += 1)));
    });
    await measure('upsertAll, 16 rows', async () => {
      for (let i = 0; i < ROWS; i += 16) await conversations.upsertAll(Array.from({ length: 16 }, () => reference((next += 1))));
    });
  } finally {
    await stores.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`state-writes failed: ${(error as Error).message}\n`);
  process.exit(1);
});
