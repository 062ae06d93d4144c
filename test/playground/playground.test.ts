import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPlayground, startPlayground } from '../../src/cli/playground/start-playground';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/app/start-bot';
import { captureLogs } from '../helpers/log-capture';
import { freePort } from '../helpers/spawn-bot';

type StreamEvent = { action: string; actionConversationId?: string; message?: { attachments?: { contentType: string; content: Record<string, unknown> }[]; text?: string } };

/**
 * The local Teams client end to end: the real bot on a free port, the Microsoft 365 Agents Playground
 * pointed at it, a message typed through the Playground's conversation API, and the bot's card
 * arriving back in the Playground (read from the stream its web page listens to). Those two routes
 * are the Playground's own, undocumented: fine for a smoke test. Skips, saying why, where the
 * Playground cannot start.
 */
describe('the bot in the Microsoft 365 Agents Playground', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cb-playground-'));
  let bot: RunningBot | undefined;
  let playground: RunningPlayground | undefined;
  let cannotStart: string | undefined;

  beforeAll(async () => {
    bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), SEED_ON_START: 'false' }), captureLogs().logger);
    try {
      playground = await startPlayground({ botEndpoint: `http://127.0.0.1:${bot.port}/api/messages`, port: await freePort(), cwd: dir, timeoutMs: 30_000 });
    } catch (error) {
      cannotStart = (error as Error).message;
    }
  }, 60_000);

  afterAll(async () => {
    await playground?.stop();
    await bot?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers help typed in the personal chat with the help card', async (context) => {
    if (!playground) {
      console.warn(`Skipping the Playground smoke test: the Agents Playground cannot start here (${cannotStart}).`);
      context.skip(`the Agents Playground cannot start here: ${cannotStart}`);
      return;
    }
    const base = `http://127.0.0.1:${playground.port}`;
    const { config } = (await (await fetch(`${base}/_internal/v1/config`)).json()) as { config: { personalChat: { id: string }; currentUser: { id: string } } };

    const stream = new WebSocket(`ws://127.0.0.1:${playground.port}/_ws_conversation/v1/conversations/stream`);
    const events: StreamEvent[] = [];
    const card = new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no card from the bot within 20 s; the stream carried: ${JSON.stringify(events).slice(0, 1000)}`)), 20_000);
      stream.on('message', (data) => {
        const event = JSON.parse(String(data)) as StreamEvent;
        events.push(event);
        const attachment = event.action === 'createMessage' ? event.message?.attachments?.[0] : undefined;
        if (attachment) {
          clearTimeout(timer);
          resolve(attachment.content);
        }
      });
      stream.on('error', reject);
    });
    try {
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      const sent = await fetch(`${base}/_conversation/v1/conversations/${config.personalChat.id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ from: { id: config.currentUser.id }, text: 'help', textFormat: 'plain' }),
      });
      expect(sent.status).toBe(200);

      const reply = await card;
      expect(reply).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      expect(JSON.stringify(reply)).toContain('What I can do');
    } finally {
      stream.close();
    }
  }, 60_000);
});
