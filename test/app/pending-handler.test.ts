import { afterAll, describe, expect, it } from 'vitest';
import { pendingHandler } from '../../src/app/pending-handler';
import { createServer, listen } from '../../src/app/server';
import { captureLogs } from '../helpers/log-capture';

/** A server listening before its message handler exists, as start-up has it. */
async function listeningEarly() {
  const pending = pendingHandler();
  const health = { ping: async () => undefined, counts: async () => ({}) } as never;
  const server = createServer({ health, logger: captureLogs().logger, onMessage: pending.handler, maxBodyBytes: 65_536, healthCounts: false });
  const port = await listen(server, 0, '127.0.0.1');
  return { pending, server, port };
}

const post = (port: number, text: string) =>
  fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text }) });

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
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual([]);
    pending.ready(async (req, res) => {
      seen.push((req.body as { text: string }).text);
      res.send(200, { echoed: (req.body as { text: string }).text });
    });
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

  it('fails (is not left hanging) when start-up fails', async () => {
    const { pending, server, port } = await listeningEarly();
    servers.push(server);
    const waiting = post(port, 'hello');
    await new Promise((resolve) => setTimeout(resolve, 50));
    pending.failed(new Error('the Teams side could not be loaded'));
    expect((await waiting).status).toBeGreaterThanOrEqual(500);
  });
});
