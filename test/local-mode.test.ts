import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { isLoopbackHost, LOCAL_MODE_EXPOSED } from '../src/local-mode';
import { startBot } from '../src/app/start-bot';
import { captureLogs } from './helpers/log-capture';

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.4', false],
    ['bot.council.example', false],
  ])('%s -> %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('local mode at start', () => {
  async function startWith(env: Record<string, string>) {
    const dataDir = mkdtempSync(join(tmpdir(), 'cb-local-'));
    const logs = captureLogs();
    const bot = await startBot(loadConfig({ PORT: '0', DATA_DIR: dataDir, SEED_ON_START: 'false', ...env }), logs.logger);
    await bot.stop();
    rmSync(dataDir, { recursive: true, force: true });
    return logs.lines();
  }

  it('listens on 127.0.0.1 by default, and says nothing of exposure', async () => {
    const lines = await startWith({});
    expect(lines.find((l) => l.msg === 'bot listening on /api/messages')).toMatchObject({ host: '127.0.0.1' });
    expect(lines.filter((l) => l.level === 40)).toEqual([]);
    // NOTE: start-up now loads the Teams side itself (after listening), not the test file's imports.
  }, 120_000);

  it('warns, saying what anyone on the network can do, when HOST opens it beyond this machine', async () => {
    const lines = await startWith({ HOST: '0.0.0.0' });
    const warning = lines.find((l) => l.msg === LOCAL_MODE_EXPOSED);
    expect(warning).toMatchObject({ level: 40, host: '0.0.0.0' });
    expect(String(warning!.msg)).toMatch(/anyone who can reach this port can act as any person/);
    expect(String(warning!.msg)).toMatch(/send requests to any URL/);
  }, 120_000);
});
