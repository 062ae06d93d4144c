import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/main';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../helpers/fake-teams-connector';
import { activityFixture } from '../helpers/fixtures';
import { captureLogs } from '../helpers/log-capture';

/** A small seeded PRNG (mulberry32), so a failing fuzz case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const CASES = Number(process.env.FUZZ_CASES ?? 200);

/** Values of the wrong shape and size that a broken or hostile client might send. */
function oddValue(random: () => number, depth = 0): unknown {
  const choices: (() => unknown)[] = [
    () => undefined,
    () => null,
    () => '',
    () => 'x'.repeat(Math.floor(random() * 40_000)),
    () => '${toUpper("x")} <at>bot</at> **bold** [link](http://evil.example)',
    () => Math.floor(random() * 1e9) - 5e8,
    () => NaN,
    () => true,
    () => [],
    () => ({}),
    () => '\u0000\uffff\ud800',
    () => (depth < 2 ? { verb: 'action.update', action: { type: 'Action.Execute', verb: 'no.such.verb', data: oddValue(random, depth + 1) } } : {}),
    () => (depth < 2 ? [oddValue(random, depth + 1), oddValue(random, depth + 1)] : 0),
  ];
  return choices[Math.floor(random() * choices.length)]!();
}

const optionalFields = ['text', 'value', 'entities', 'attachments', 'channelData', 'name', 'replyToId', 'membersAdded', 'action'];
const fields = ['type', 'text', 'value', 'name', 'from', 'conversation', 'recipient', 'channelData', 'entities', 'attachments', 'replyToId', 'id', 'serviceUrl', 'deliveryMode', 'membersAdded', 'action'];
const types = ['message', 'invoke', 'conversationUpdate', 'installationUpdate', 'messageReaction', 'event', 'typing', 'unknownType'];
const invokeNames = ['adaptiveCard/action', 'task/fetch', 'task/submit', 'composeExtension/query', 'signin/verifyState', 'application/search', 'nonsense'];

describe('fuzzing the message endpoint with malformed activities', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-fuzz-'));
  let bot: RunningBot;
  let connector: FakeTeamsConnector;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    connector = await startFakeTeamsConnector();
    bot = await startBot(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_ON_START: 'true', LOG_LEVEL: 'silent' }),
      captureLogs('fatal').logger,
    );
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await bot?.stop();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`never crashes, never corrupts data, and keeps answering (${CASES} cases, seed ${SEED})`, async () => {
    const before = await bot.stores.health.counts();
    const random = prng(SEED);
    const statuses = new Map<number, number>();
    for (let i = 0; i < CASES; i += 1) {
      const base = activityFixture(random() < 0.5 ? 'message-personal' : 'message-channel', { serviceUrl: connector.url, id: `fuzz-${i}` }) as Record<string, unknown>;
      base.type = types[Math.floor(random() * types.length)];
      if (base.type === 'invoke') base.name = invokeNames[Math.floor(random() * invokeNames.length)];
      const mutations = 1 + Math.floor(random() * 4);
      // Half the cases keep the envelope valid, so the odd values reach the routes and handlers.
      const pool = random() < 0.5 ? optionalFields : fields;
      for (let m = 0; m < mutations; m += 1) base[pool[Math.floor(random() * pool.length)]!] = oddValue(random);
      const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: random() < 0.05 ? '{"type": "message", "text": ' : JSON.stringify(base),
      });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
    // Garbage is refused (400) or answered; an invoke the bot does not support gets the protocol's
    // 501 Not Implemented; nothing makes the server fail (500, 502...) or crash.
    expect([...statuses.keys()].filter((status) => status >= 500 && status !== 501)).toEqual([]);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(CASES / 10);
    expect(unhandled).toEqual([]);
    expect(await bot.stores.health.counts()).toEqual(before);
    const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect(health.status).toBe(200);
    const served = connector.requests.length;
    const ok = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activityFixture('message-personal', { serviceUrl: connector.url, id: 'after-fuzz', text: 'help' })),
    });
    expect(ok.status).toBe(200);
    await connector.waitFor(served + 1);
  });
});
