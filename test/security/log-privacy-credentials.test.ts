import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { type RunningBot, startBot } from '../../src/app/start-bot';
import { rsaKey, startFakeOpenId } from '../helpers/fake-openid';
import { activityFixture } from '../helpers/fixtures';
import { memoryLog, post } from './log-memory';

/**
 * Issue 8: "No secrets or personal data in logs", with Bot Framework credentials set: the real
 * server refuses requests with no token, an opaque one, a forged HS256 JWT and an RS256 JWT shaped
 * for this bot (which reaches the signature check, against keys served on loopback), and its outbox asks Entra for a token with the
 * client secret (offline, or with this made-up secret, that fails and is logged). No log line at any
 * level holds the secret, a token, or the text of the refused activity.
 */
const QUESTION = 'How many Brindlequark foster households has the council gained this year?';

describe('logs with Bot Framework credentials (single-tenant)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-logs-auth-'));
  const log = memoryLog();
  const BOT_ID = '2b7c4d1e-8f3a-4b6c-9d0e-1f2a3b4c5d6e';
  const BOT_PASSWORD = 'Xq8~kR2.vLm9_Secret-Do-Not-Log-4hT7';
  const jwt = (header: object, payload: object, signature: string) =>
    `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
  const tokens = [
    'opaque-bearer-Hx7Q2mVw9ZbT',
    jwt({ alg: 'HS256' }, { aud: BOT_ID, iss: 'https://api.botframework.com' }, 'Zm9yZ2VkLXNpZ25hdHVyZS1IUzI1Ng'),
    // Shaped like a Bot Framework token for this bot, so it reaches botbuilder's full check.
    jwt(
      { alg: 'RS256', kid: 'kid-Pw3sLk8' },
      { aud: BOT_ID, iss: 'https://api.botframework.com', serviceurl: 'https://smba.trafficmanager.net/uk/', exp: Math.floor(Date.now() / 1000) + 3600 },
      'cnNhLXNpZ25hdHVyZS1Ocjl2UXo0',
    ),
  ];
  let bot: RunningBot;
  let openId: Awaited<ReturnType<typeof startFakeOpenId>>;

  beforeAll(async () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_ON_START: 'false',
      BOT_ID,
      BOT_PASSWORD,
      BOT_TENANT_ID: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9',
      OUTBOX_INTERVAL_MS: '100',
    });
    openId = await startFakeOpenId([rsaKey('kid-Pw3sLk8').jwk]);
    bot = await startBot(config, createLogger(config.LOG_LEVEL, log.sink), { openIdMetadataUrl: openId.metadataUrl });
    const activity = activityFixture('message-personal', { text: QUESTION });
    expect((await post(bot.port, activity)).status).toBe(401);
    for (const token of tokens) {
      const { status } = await post(bot.port, activity, { authorization: `Bearer ${token}` });
      expect(status).toBe(401);
    }
    // A proactive message makes the outbox ask Entra for a token with the client secret; offline, or
    // with this made-up secret, that fails, and the failure is logged.
    await bot.stores.conversations.upsert({
      id: 'a:chat-credentialed',
      conversationType: 'personal',
      tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9',
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      reference: { conversation: { id: 'a:chat-credentialed', conversationType: 'personal' }, serviceUrl: 'https://smba.trafficmanager.net/uk/', channelId: 'msteams', bot: { id: `28:${BOT_ID}` } },
      installed: true,
    });
    await bot.stores.outbox.enqueue({ key: 'notice:credentialed', target: { kind: 'conversation', conversationId: 'a:chat-credentialed' }, text: 'hello' });
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline && !(await bot.stores.outbox.get('notice:credentialed'))?.lastError) await new Promise((resolve) => setTimeout(resolve, 100));
  }, 90_000);

  afterAll(async () => {
    await bot?.stop().catch(() => undefined);
    await openId?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('tried to send with the secret, and logged the failure', async () => {
    expect((await bot.stores.outbox.get('notice:credentialed'))?.lastError).toBeTruthy();
    expect(log.infoAndAbove().some((l) => l.msg === 'bot listening on /api/messages' && l.auth === 'single-tenant')).toBe(true);
    expect(log.infoAndAbove().some((l) => l.msg === 'outbox round' && Number(l.retrying) + Number(l.dead) >= 1)).toBe(true);
  });

  it('never logs the client secret, a bearer token or the refused activity at any level', () => {
    const all = log.lines().map((l) => JSON.stringify(l)).join('\n');
    expect(all).not.toContain(BOT_PASSWORD);
    for (const token of tokens) {
      expect(all).not.toContain(token);
      expect(all).not.toContain(token.split('.').pop()!);
    }
    expect(all).not.toContain('Brindlequark');
  });
});
