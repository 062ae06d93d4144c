import { afterAll, describe, expect, it } from 'vitest';
import { pendingHandler } from '../../src/app/pending-handler';
import { createServer, listen, type MessageHandler } from '../../src/app/server';
import { captureLogs } from '../helpers/log-capture';

/** A server listening before its message handler exists, as start-up has it. */
async function listeningEarly(acknowledgeAfterMs = 60_000) {
  const log = captureLogs();
  const pending = pendingHandler({ acknowledgeAfterMs, logger: log.logger });
  const health = { ping: async () => undefined, counts: async () => ({}) } as never;
  const server = createServer({ health, logger: log.logger, onMessage: pending.handler, maxBodyBytes: 65_536, healthCounts: false });
  const port = await listen(server, 0, '127.0.0.1');
  return { pending, server, port, log };
}

const post = (port: number, text: string, activity: Record<string, unknown> = { type: 'message' }) =>
  fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...activity, text }) });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A handler answering as the Teams endpoint does (status, body, end), noting what it saw. */
function echo(seen: string[]): MessageHandler {
  return async (req, res) => {
    seen.push((req.body as { text: string }).text);
    res.status(200);
    res.send({ echoed: (req.body as { text: string }).text });
    res.end();
  };
}

describe('a message arriving while the bot is still starting', () => {
  const servers: { close(cb: () => void): void }[] = [];
  afterAll(async () => {
    for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('waits for the Teams side and is answered by it, in the order they came', async () => {
    const { pending, server, port } = await listeningEarly();
    servers.push(server);
    const seen: string[] = [];
    const early = [post(port, 'first'), post(port, 'second')];
    await pause(100);
    expect(seen).toEqual([]);
    pending.ready(echo(seen));
    const replies = await Promise.all(early.map(async (r) => [(await r).status, await (await r).json()]));
    expect(replies).toEqual([
      [200, { echoed: 'first' }],
      [200, { echoed: 'second' }],
    ]);
    expect(seen).toEqual(['first', 'second']);
    // Once ready, a message goes straight to it.
    expect((await post(port, 'third')).status).toBe(200);
    expect(seen).toEqual(['first', 'second', 'third']);
  });

  it('is accepted (202) before Teams would give up on it, and its turn still runs once ready', async () => {
    const { pending, server, port } = await listeningEarly(50);
    servers.push(server);
    const seen: string[] = [];
    const response = await post(port, 'still starting');
    expect(response.status).toBe(202);
    expect(seen).toEqual([]);
    pending.ready(echo(seen));
    await pause(20);
    expect(seen).toEqual(['still starting']);
  });

  it('keeps an invoke or an expectReplies activity waiting: its answer is the response body', async () => {
    const { pending, server, port } = await listeningEarly(50);
    servers.push(server);
    const seen: string[] = [];
    const invoke = post(port, 'a card action', { type: 'invoke', name: 'adaptiveCard/action' });
    const expecting = post(port, 'replies in the body', { type: 'message', deliveryMode: 'expectReplies' });
    await pause(150);
    pending.ready(echo(seen));
    expect((await invoke).status).toBe(200);
    expect(await (await invoke).json()).toEqual({ echoed: 'a card action' });
    expect(await (await expecting).json()).toEqual({ echoed: 'replies in the body' });
  });

  it('logs a refusal of a message it had already accepted', async () => {
    const { pending, server, port, log } = await listeningEarly(50);
    servers.push(server);
    expect((await post(port, 'forged')).status).toBe(202);
    pending.ready(async (_req, res) => {
      res.status(401);
      res.end();
    });
    await pause(20);
    expect(log.lines().find((l) => l.msg === 'a message accepted during start-up was refused or failed')?.status).toBe(401);
  });

  it('fails (is not left hanging) when start-up fails', async () => {
    const { pending, server, port } = await listeningEarly();
    servers.push(server);
    const waiting = post(port, 'hello');
    await pause(50);
    pending.failed(new Error('the Teams side could not be loaded'));
    expect((await waiting).status).toBeGreaterThanOrEqual(500);
  });

  it('logs, rather than throws into an answered request, a failed start-up after accepting a message', async () => {
    const { pending, server, port, log } = await listeningEarly(50);
    servers.push(server);
    expect((await post(port, 'hello')).status).toBe(202);
    pending.failed(new Error('the store could not be opened'));
    await pause(20);
    expect(log.lines().some((l) => l.msg === 'a message accepted during start-up was not answered: start-up failed')).toBe(true);
  });
});
