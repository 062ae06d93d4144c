import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startBot } from '../../src/app/start-bot';
import { keepSeedSnapshot, restoreSeedSnapshot, seedSnapshotKey } from '../../src/app/seed-snapshot';
import { captureLogs } from '../helpers/log-capture';

const scratch = mkdtempSync(join(tmpdir(), 'cb-snapshot-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const pack = (text: string) => [{ fileName: 'pack.txt', bytes: Buffer.from(text) }];

describe('the seeded data folder snapshot', () => {
  it('is keyed by the packs and by the code that seeds them', () => {
    const code = join(scratch, 'code');
    mkdirSync(code, { recursive: true });
    writeFileSync(join(code, 'import.js'), 'parse v1');
    const key = seedSnapshotKey(pack('Plan A'), code);
    expect(seedSnapshotKey(pack('Plan A'), code)).toBe(key);
    expect(seedSnapshotKey(pack('Plan B'), code)).not.toBe(key);
    writeFileSync(join(code, 'import.js'), 'parse v2');
    expect(seedSnapshotKey(pack('Plan A'), code)).not.toBe(key);
  });

  it('keeps a closed folder without its lock, restores it into a new one, and drops other keys', () => {
    const seeded = join(scratch, 'seeded');
    mkdirSync(join(seeded, 'base'), { recursive: true });
    writeFileSync(join(seeded, 'PG_VERSION'), '17');
    writeFileSync(join(seeded, 'base', 'table'), 'rows');
    writeFileSync(join(seeded, '.council-bot.lock'), '123');
    const cache = join(scratch, 'cache');
    keepSeedSnapshot(cache, 'old', seeded);
    keepSeedSnapshot(cache, 'new', seeded);
    expect(readdirSync(cache)).toEqual(['new']);

    const fresh = join(scratch, 'fresh');
    expect(restoreSeedSnapshot(cache, 'other', fresh)).toBe(false);
    expect(existsSync(fresh)).toBe(false);
    expect(restoreSeedSnapshot(cache, 'new', fresh)).toBe(true);
    expect(readFileSync(join(fresh, 'base', 'table'), 'utf8')).toBe('rows');
    expect(existsSync(join(fresh, '.council-bot.lock'))).toBe(false);
  });

  it('seeds the first new data folder, and fills the next from the snapshot with the same catalogue', async () => {
    const cache = join(scratch, 'bot-cache');
    const start = async (name: string) => {
      const logs = captureLogs('info');
      const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(scratch, name), SEED_ON_START: 'true', SEED_CACHE_DIR: cache, LOG_LEVEL: 'info' });
      const bot = await startBot(config, logs.logger);
      try {
        const health = (await (await fetch(`http://127.0.0.1:${bot.port}/healthz`)).json()) as { counts: Record<string, number> };
        return { counts: health.counts, messages: logs.lines().map((line) => line.msg) };
      } finally {
        await bot.stop();
      }
    };
    // NOTE: the first seeds in a child process, which logs to its own output.
    const first = await start('first');
    expect(first.messages).not.toContain('seeded the new data folder from the kept snapshot');
    expect(first.counts.actions).toBeGreaterThan(0);
    expect(readdirSync(cache)).toHaveLength(1);
    // The seeding child kept the question index, under the key the bot reads it by: the bot read it
    // back rather than built and kept one of its own (which would have replaced it under another key).
    const [kept] = readdirSync(cache);
    const index = readdirSync(join(cache, kept!, 'ask-index'));
    expect(index).toHaveLength(1);
    expect(readdirSync(join(scratch, 'first', 'ask-index'))).toEqual(index);
    const second = await start('second');
    expect(readdirSync(join(scratch, 'second', 'ask-index'))).toEqual(index);
    expect(second.messages).toContain('seeded the new data folder from the kept snapshot');
    expect(second.counts).toEqual(first.counts);
  }, 240_000);
});
