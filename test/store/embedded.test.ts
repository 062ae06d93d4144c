import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../src/domain/conversations';
import { openStores } from '../../src/store/open-stores';
import { storeContract } from './contract';

const dataDir = mkdtempSync(join(tmpdir(), 'cb-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

storeContract(
  'embedded (PGlite in a folder)',
  () => openStores({ dataDir }),
  () => openStores({ dataDir }),
);

describe('the embedded data folder', () => {
  it('stores the writes queued for the next batch before it closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-close-'));
    try {
      const stores = await openStores({ dataDir: dir });
      const reference = (id: string): ConversationRecord => ({
        id,
        conversationType: 'personal',
        serviceUrl: 'https://smba.trafficmanager.net/uk/',
        reference: { conversation: { id } },
        installed: true,
      });
      // Neither is awaited: the turns that made them have ended, and the bot is stopping.
      const writes = [stores.conversations.upsert(reference('a:1')), stores.conversations.upsert(reference('a:2')), stores.state.write('conv/1', { ask: 'plo' }, null)];
      await stores.close();
      await expect(Promise.all(writes)).resolves.toBeDefined();
      const reopened = await openStores({ dataDir: dir });
      try {
        expect((await reopened.conversations.get('a:2'))?.id).toBe('a:2');
        expect((await reopened.state.read(['conv/1'])).get('conv/1')?.doc).toEqual({ ask: 'plo' });
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is owned by one process at a time: a second opener is refused with what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-lock-'));
    try {
      // A live process other than this one holds the lock: the parent of this test runner.
      writeFileSync(join(dir, '.council-bot.lock'), String(process.ppid));
      await expect(openStores({ dataDir: dir })).rejects.toThrow(/in use by process \d+\. Stop that process first, or run several instances on PostgreSQL/);
      // A lock left by a process that has died is taken over.
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
      writeFileSync(join(dir, '.council-bot.lock'), dead);
      const stores = await openStores({ dataDir: dir });
      await stores.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
