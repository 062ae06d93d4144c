import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/app/start-bot';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../helpers/fake-teams-connector';
import { activityFixture } from '../helpers/fixtures';
import { rsaKey, startFakeOpenId } from '../helpers/fake-openid';
import { captureLogs } from '../helpers/log-capture';
import { headerCase, isIdentity, rawRequests, send, sendRaw } from './header-fuzz';

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
const HEADER_CASES = Number(process.env.FUZZ_HEADER_CASES ?? 150);
const BOT_ID = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';

/**
 * Header-level fuzzing: odd encodings, types and tokens, compressed, cut and bomb bodies, and raw
 * requests the parser refuses. Every compressed body is 415, nothing is a server error, and the
 * process keeps answering. Returns the statuses seen.
 */
async function fuzzHeaders(port: number, random: () => number, activity: () => unknown): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  for (let i = 0; i < HEADER_CASES; i += 1) {
    const c = headerCase(random, activity(), BOT_ID);
    const status = await send(port, c);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (!isIdentity(c.encoding)) expect(status, `case ${i}: Content-Encoding ${JSON.stringify(c.encoding)}`).toBe(415);
  }
  for (const raw of rawRequests) expect(await sendRaw(port, raw)).toBeLessThan(500);
  expect([...statuses.keys()].filter((status) => status === 0 || (status >= 500 && status !== 501))).toEqual([]);
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  return statuses;
}

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

  it(`never stops on odd encodings, headers and compressed bodies (${HEADER_CASES} cases, seed ${SEED})`, async () => {
    const before = await bot.stores.health.counts();
    const random = prng(SEED + 1);
    let i = 0;
    const statuses = await fuzzHeaders(bot.port, random, () => activityFixture('message-personal', { serviceUrl: connector.url, id: `header-fuzz-${(i += 1)}` }));
    expect(statuses.get(415) ?? 0).toBeGreaterThan(HEADER_CASES / 4);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(unhandled).toEqual([]);
    expect(await bot.stores.health.counts()).toEqual(before);
  });
});

describe('fuzzing the message endpoint at the HTTP level with credentials', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-fuzz-auth-'));
  let bot: RunningBot;
  let openId: Awaited<ReturnType<typeof startFakeOpenId>>;

  beforeAll(async () => {
    openId = await startFakeOpenId([rsaKey('fuzz').jwk]);
    const config = loadConfig({
      PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_ON_START: 'false', LOG_LEVEL: 'silent',
      BOT_ID, BOT_PASSWORD: 'not-a-real-secret', BOT_TENANT_ID: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9',
    });
    bot = await startBot(config, captureLogs('fatal').logger, { openIdMetadataUrl: openId.metadataUrl });
  });
  afterAll(async () => {
    await bot?.stop();
    await openId?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`refuses every one before any turn runs, and keeps answering (${HEADER_CASES} cases, seed ${SEED})`, async () => {
    const statuses = await fuzzHeaders(bot.port, prng(SEED + 2), () => activityFixture('message-personal'));
    expect([...statuses.keys()].filter((status) => ![400, 401, 413, 415].includes(status))).toEqual([]);
    expect(statuses.get(401) ?? 0).toBeGreaterThan(0);
  });
});
