import { createServer, type Server } from 'node:http';
import { performance } from 'node:perf_hooks';

/** A reply the bot sent to the connector, and when it arrived. */
export interface ArrivedReply {
  at: number;
  body: Record<string, unknown>;
}

/**
 * A stand-in for Teams' connector on loopback (as test/helpers/fake-teams-connector.ts), that hands each
 * reply to whoever waits for the activity it answers: replies go to
 * `/v3/conversations/{conversation}/activities/{activityId}`, so the activity id is the key.
 */
export async function startReplyConnector(): Promise<{
  url: string;
  /** Resolves when the first message replying to `activityId` arrives; rejects after `timeoutMs`. */
  waitForReply(activityId: string, timeoutMs: number): Promise<ArrivedReply>;
  close(): Promise<void>;
}> {
  const waiting = new Map<string, (reply: ArrivedReply) => void>();
  const early = new Map<string, ArrivedReply>();
  let counter = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const at = performance.now();
      counter += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${counter}` }));
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const replyTo = /\/activities\/([^/?]+)$/.exec(req.url ?? '')?.[1];
      if (!replyTo || body.type !== 'message') return; // typing indicators and the like
      const key = decodeURIComponent(replyTo);
      const resolve = waiting.get(key);
      if (resolve) {
        waiting.delete(key);
        resolve({ at, body });
      } else if (!early.has(key)) early.set(key, { at, body });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    waitForReply(activityId, timeoutMs) {
      const arrived = early.get(activityId);
      if (arrived) {
        early.delete(activityId);
        return Promise.resolve(arrived);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(activityId);
          reject(new Error(`no reply to ${activityId} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(activityId, (reply) => {
          clearTimeout(timer);
          resolve(reply);
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
