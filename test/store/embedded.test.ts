import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
