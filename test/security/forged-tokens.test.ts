import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/app/start-bot';
import { rsaKey, signJwt, startFakeOpenId } from '../helpers/fake-openid';
import { activityFixture } from '../helpers/fixtures';
import { captureLogs } from '../helpers/log-capture';
import { freePort } from '../helpers/spawn-bot';

/**
 * Issue 15, items 4 and 7: tokens are checked against Bot Framework's signing keys, served here on
 * loopback. Every forged token gets 401 (503 when the keys cannot be fetched) with nothing of why in
 * the answer, one JSON log line with no stack and no key, and nothing written to the console; a
 * valid token runs the turn, whatever the case of "Bearer".
 */
const BOT_ID = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const trusted = rsaKey('trusted-kid');
const stranger = rsaKey('trusted-kid');
// An invoke for a card verb no route has: the fallback answers in the HTTP response, so the turn
// runs without the bot calling out (replies would need an Entra token from the internet).
const activity = activityFixture('invoke-card-action-personal', {
  value: { action: { type: 'Action.Execute', verb: 'no.such.verb', data: {} }, trigger: 'manual' },
  deliveryMode: undefined,
});
const nowSeconds = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({
  aud: BOT_ID,
  iss: 'https://api.botframework.com',
  serviceurl: activity.serviceUrl,
  nbf: nowSeconds() - 60,
  exp: nowSeconds() + 3600,
  ...extra,
});
const token = (extra: Record<string, unknown> = {}, key = trusted.privateKey, header: Record<string, unknown> = { kid: 'trusted-kid' }) => signJwt(key, header, claims(extra));

async function startCredentialed(openIdMetadataUrl: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-tokens-'));
  const logs = captureLogs();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_ON_START: 'false', BOT_ID, BOT_PASSWORD: 'not-a-real-secret', BOT_TENANT_ID: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9' });
  const bot = await startBot(config, logs.logger, { openIdMetadataUrl });
  return { bot, logs, stop: async () => (await bot.stop(), rmSync(dataDir, { recursive: true, force: true })) };
}

const post = (bot: RunningBot, authorization?: string) =>
  fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });

describe('Bot Framework tokens over HTTP', () => {
  let openId: Awaited<ReturnType<typeof startFakeOpenId>>;
  let running: Awaited<ReturnType<typeof startCredentialed>>;
  let unreachable: Awaited<ReturnType<typeof startCredentialed>>;
  const console = { error: vi.spyOn(globalThis.console, 'error'), warn: vi.spyOn(globalThis.console, 'warn'), log: vi.spyOn(globalThis.console, 'log') };
  let linesBefore = 0;

  beforeAll(async () => {
    openId = await startFakeOpenId([trusted.jwk]);
    running = await startCredentialed(openId.metadataUrl);
    unreachable = await startCredentialed(`http://127.0.0.1:${await freePort()}/v1/.well-known/openidconfiguration`);
  });
  afterAll(async () => {
    await running?.stop();
    await unreachable?.stop();
    await openId?.close();
    vi.restoreAllMocks();
  });
  beforeEach(() => {
    Object.values(console).forEach((spy) => spy.mockClear());
    linesBefore = running.logs.lines().length;
  });
  afterEach(() => {
    // botbuilder wrote stacks and the signing key to stderr for every forged token.
    for (const [name, spy] of Object.entries(console)) expect(spy.mock.calls, `console.${name}`).toEqual([]);
  });

  it.each([
    ['a valid token', () => `Bearer ${token()}`],
    ['a valid token sent as "bearer"', () => `bearer ${token()}`],
    ['a valid token sent as "BEARER", with spaces around', () => `  BEARER  ${token()} `],
  ])('runs the turn for %s', async (_name, header) => {
    const response = await post(running.bot, header());
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain('That card is out of date');
  });

  it.each([
    ['no token', () => undefined],
    ['another scheme', () => `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['a junk signature', () => `Bearer ${token().replace(/\.[^.]+$/, '.c2lnbmF0dXJlLWp1bms')}`],
    ['a random key under the trusted key id', () => `Bearer ${token({}, stranger.privateKey)}`],
    ['a token not yet valid', () => `Bearer ${token({ nbf: nowSeconds() + 3600 })}`],
    ['an expired token', () => `Bearer ${token({ exp: nowSeconds() - 3600 })}`],
    ['a key id the endpoint does not publish', () => `Bearer ${token({}, stranger.privateKey, { kid: 'made-up-kid' })}`],
    ['another issuer', () => `Bearer ${token({ iss: 'https://sts.windows.net/0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9/' })}`],
    ['another audience', () => `Bearer ${token({ aud: '11111111-2222-4333-8444-555555555555' })}`],
    ['another service URL', () => `Bearer ${token({ serviceurl: 'https://evil.example/' })}`],
    ['HS256 keyed with the public key', () => `Bearer ${token({}, trusted.privateKey, { kid: 'trusted-kid', alg: 'HS256' })}`],
  ])('answers 401 to %s, with one log line and nothing of why', async (_name, header) => {
    const response = await post(running.bot, header());
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorized' });
    const lines = running.logs.lines().slice(linesBefore);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request refused: authentication', status: 401 });
    const line = JSON.stringify(lines[0]);
    expect(line).not.toMatch(/stack|BEGIN|PUBLIC KEY/);
    expect(line).not.toContain(String(trusted.jwk.n).slice(0, 24));
  });

  it('fetches the keys again at most once for a flood of unknown key ids', async () => {
    const before = openId.hits.keys;
    for (let i = 0; i < 20; i += 1) expect((await post(running.bot, `Bearer ${token({}, stranger.privateKey, { kid: `kid-${i}` })}`)).status).toBe(401);
    expect(openId.hits.keys - before).toBeLessThanOrEqual(1);
  });

  it('answers 503 when the signing keys cannot be fetched, without the error or the endpoint', async () => {
    const before = unreachable.logs.lines().length;
    const response = await post(unreachable.bot, `Bearer ${token()}`);
    expect(response.status).toBe(503);
    const body = await response.text();
    expect(body).toBe(JSON.stringify({ error: 'unavailable, try again' }));
    const lines = unreachable.logs.lines().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ status: 503, reason: 'signing keys unreachable (ECONNREFUSED)' });
  });
});
