import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../../src/app/start-bot';
import { loadConfig } from '../../src/config';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../helpers/fake-teams-connector';
import { activityFixture } from '../helpers/fixtures';
import { captureLogs } from '../helpers/log-capture';

describe('start-up', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-start-'));
  let bot: RunningBot | undefined;
  let connector: FakeTeamsConnector | undefined;
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a message sent the moment it listens, before start-up has finished', async () => {
    connector = await startFakeTeamsConnector();
    const log = captureLogs('info');
    const starting = startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_ON_START: 'false' }), log.logger);
    let listening: Record<string, unknown> | undefined;
    while (!listening) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      listening = log.lines().find((l) => l.msg === 'bot listening on /api/messages');
    }
    const activity = activityFixture('message-personal', { serviceUrl: connector.url, text: 'help' });
    const response = await fetch(`http://127.0.0.1:${String(listening.port)}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    bot = await starting;
    // NOTE: 202 when creating the new database took longer than start-up waits to accept a message.
    expect([200, 202]).toContain(response.status);
    const [reply] = await connector.waitFor(1);
    expect(reply!.path).toContain(`/activities/${activity.id}`);
    const steps = log.lines().find((l) => l.msg === 'start-up steps')?.msSinceProcessStart as Record<string, number>;
    // It listened before the Teams side was ready: the message above could only wait for it.
    expect(steps.listening).toBeLessThan(steps.teamsReady!);
  }, 120_000);

  it('says it is starting on /healthz until the store is open and the Teams side loaded, and answers what came meanwhile', async () => {
    await bot?.stop();
    bot = undefined;
    connector ??= await startFakeTeamsConnector();
    const log = captureLogs('info');
    let openStore!: () => void;
    const storeOpening = new Promise<void>((resolve) => (openStore = resolve));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_ON_START: 'false' });
    const starting = startBot(config, log.logger, { storeOpening });
    let listening: Record<string, unknown> | undefined;
    while (!listening) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      listening = log.lines().find((l) => l.msg === 'bot listening on /api/messages');
    }
    const base = `http://127.0.0.1:${String(listening.port)}`;
    const early = await fetch(`${base}/healthz`);
    expect(early.status).toBe(503);
    expect(early.headers.get('retry-after')).toBe('5');
    expect(await early.json()).toEqual({ status: 'starting', doing: 'opening the store' });
    const activity = activityFixture('message-personal', { serviceUrl: connector.url, text: 'help', id: 'while-starting' });
    const sent = fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const forIt = (r: { path: string }) => r.path.includes('/activities/while-starting');
    expect(connector.requests.filter(forIt)).toEqual([]);
    openStore();
    bot = await starting;
    expect((await sent).status).toBe(200);
    expect(await connector.waitFor(1, 15_000, forIt)).toHaveLength(1);
    const ready = await fetch(`${base}/healthz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ok');
  }, 120_000);
});
