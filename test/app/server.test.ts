import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/app/start-bot';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../helpers/fake-teams-connector';
import { activityFixture } from '../helpers/fixtures';
import { captureLogs } from '../helpers/log-capture';

const post = (port: number, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the bot over HTTP, in local mode on the embedded store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-server-'));
  let bot: RunningBot;
  let connector: FakeTeamsConnector;

  beforeAll(async () => {
    connector = await startFakeTeamsConnector();
    bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_ON_START: 'false' }), captureLogs().logger);
  });
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('replies to a Teams message at the activity serviceUrl with the help card', async () => {
    const activity = activityFixture('message-personal', { serviceUrl: connector.url, text: 'help' });
    const response = await post(bot.port, activity);
    expect(response.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(reply!.method).toBe('POST');
    expect(reply!.path).toBe(`/v3/conversations/${encodeURIComponent(String(activity.conversation!.id))}/activities/${activity.id}`);
    const attachments = reply!.body.attachments as { contentType: string; content: { version: string } }[];
    expect(attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachments[0]!.content.version).toBe('1.5');
  });

  it('reports the store and its counts on /healthz', async () => {
    const response = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      store: 'reachable',
      counts: { plans: 0, actions: 0, indicators: 0, meetings: 0, recommendations: 0, documents: 0, risks: 0, reports: 0 },
    });
  });

  it('refuses an activity missing a field the bot reads with 400 and says which', async () => {
    const response = await post(bot.port, activityFixture('message-personal', { serviceUrl: 42 }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid activity', detail: expect.stringMatching(/^serviceUrl: /) });
  });

  it('refuses a body larger than MAX_BODY_BYTES', async () => {
    const response = await post(bot.port, { type: 'message', text: 'x'.repeat(300_000) });
    expect(response.status).toBe(413);
  });

  it('refuses a body larger than MAX_BODY_BYTES sent in chunks with no declared length', async () => {
    const chunk = new TextEncoder().encode(`{"text":"${'x'.repeat(64_000)}`);
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 6; i += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it.each([
    ['gzip that is not gzip', 'gzip', Buffer.from('not gzip at all')],
    ['a gzip bomb (50 MB of spaces in 50 KB)', 'gzip', gzipSync(Buffer.alloc(50 * 2 ** 20, 0x20))],
    ['valid deflate', 'deflate', deflateSync(JSON.stringify({ type: 'message' }))],
    ['valid brotli', 'br', brotliCompressSync(JSON.stringify({ type: 'message' }))],
    ['gzip in capitals', 'GZIP', gzipSync('{}')],
  ])('refuses %s with 415 before reading it, and stays up', async (_name, encoding, body) => {
    const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      body,
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('accept-encoding')).toBe('identity');
    const served = connector.requests.length;
    const help = await post(bot.port, activityFixture('message-personal', { serviceUrl: connector.url, text: 'help', id: `after-${encoding}` }));
    expect(help.status).toBe(200);
    await connector.waitFor(served + 1);
  });

  it('reads a body marked identity, and refuses one that is not JSON', async () => {
    const identity = await post(bot.port, activityFixture('message-personal', { serviceUrl: 42 }), { 'content-encoding': 'identity' });
    expect(identity.status).toBe(400);
    const text = await post(bot.port, {}, { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    const broken = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": ' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: 'invalid JSON' });
  });

  it('answers 503 on /healthz when the store is gone', async () => {
    await bot.stores.close();
    const response = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', store: 'unreachable' });
  });
});

describe('the bot over HTTP with Bot Framework credentials (single-tenant)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-auth-'));
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        SEED_ON_START: 'false',
        BOT_ID: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
        BOT_PASSWORD: 'not-a-real-secret',
        BOT_TENANT_ID: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9',
      }),
      captureLogs().logger,
    );
  });
  afterAll(async () => {
    await bot?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz with its status only: no catalogue counts for anyone to read', async () => {
    const response = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers 401 to a request without a token', async () => {
    const response = await post(bot.port, activityFixture('message-personal'));
    expect(response.status).toBe(401);
  });

  it('refuses a gzip body that is not gzip with 415 before the token is looked at, and stays up', async () => {
    const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: 'not gzip at all',
    });
    expect(response.status).toBe(415);
    expect((await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status).toBe(200);
  });

  it('answers 401 to a request with a forged token', async () => {
    const forged = ['eyJhbGciOiJIUzI1NiJ9', Buffer.from(JSON.stringify({ iss: 'https://api.botframework.com', aud: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' })).toString('base64url'), 'c2ln'].join('.');
    const response = await post(bot.port, activityFixture('message-personal'), { authorization: `Bearer ${forged}` });
    expect(response.status).toBe(401);
  });
});
