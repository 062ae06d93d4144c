import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CapturedReply, type ReplyCapture, readableReply, startReplyCapture } from '../../src/cli/replies/reply-capture';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/app/start-bot';
import { captureLogs } from '../helpers/log-capture';

/**
 * Issue 18, problem 10: the README's quick check. The activity the README's curl sends, with its
 * serviceUrl on the capture `npm run replies` runs, gets its reply printed at once, and curl's request
 * ends quickly instead of waiting out the connector's retries against a port nobody listens on.
 */
describe('the README quick check with npm run replies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cb-replies-'));
  let bot: RunningBot;
  let capture: ReplyCapture;
  const replies: CapturedReply[] = [];

  beforeAll(async () => {
    bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), SEED_ON_START: 'false' }), captureLogs().logger);
    capture = await startReplyCapture({ port: 0, onReply: (reply) => replies.push(reply) });
  }, 120_000);

  afterAll(async () => {
    await capture?.stop();
    await bot?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the help card for "help" and the request takes well under 12 s', async () => {
    const started = Date.now();
    const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: '1', text: 'help', channelId: 'msteams',
        serviceUrl: `http://127.0.0.1:${capture.port}/`,
        from: { id: '29:member', aadObjectId: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' },
        recipient: { id: '28:bot' },
        conversation: { id: 'a:chat-1', conversationType: 'personal', tenantId: 't' },
      }),
    });
    const took = Date.now() - started;
    expect(response.status).toBeLessThan(300);
    expect(took).toBeLessThan(3_000);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.path).toBe('/v3/conversations/a%3Achat-1/activities/1');
    const printed = readableReply(replies[0]!.activity);
    expect(printed).toContain('What I can do');
    expect(printed).toContain('set reminders for [plan]: monthly on 5');
  }, 30_000);
});
