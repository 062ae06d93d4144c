import { createServer, type Server } from 'node:http';

export interface ConnectorRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
  /** Milliseconds since the connector started (performance clock). */
  at: number;
}

export interface ConnectorAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
}

/** Decides the answer to one request; return undefined for the default (200 with an activity id). */
export type ConnectorScript = (request: ConnectorRequest, index: number) => ConnectorAnswer | undefined;

/**
 * A stand-in for the Bot Framework connector on loopback that can also refuse: answer 429 with
 * Retry-After, 503, or 403, per request, as a script says. Creating a conversation
 * (POST /v3/conversations) answers with a new conversation id.
 */
export async function startFakeTeamsConnector(script: ConnectorScript = () => undefined) {
  const requests: ConnectorRequest[] = [];
  const started = performance.now();
  let activities = 0;
  let conversations = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const request: ConnectorRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
        at: performance.now() - started,
      };
      requests.push(request);
      const scripted = script(request, requests.length - 1);
      const answer: ConnectorAnswer = scripted ?? {
        status: 200,
        body: /\/v3\/conversations\/?$/.test(request.path)
          ? { id: `a:created-${(conversations += 1)}`, activityId: '' }
          : { id: `activity-${(activities += 1)}` },
      };
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body ?? { error: { code: 'Scripted', message: `scripted ${answer.status}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    /** Requests that posted an activity (not conversation creation). */
    activities: () => requests.filter((r) => /\/activities/.test(r.path)),
    async waitFor(count: number, timeoutMs = 15_000, filter: (r: ConnectorRequest) => boolean = () => true) {
      const start = Date.now();
      while (requests.filter(filter).length < count) {
        if (Date.now() - start > timeoutMs) throw new Error(`expected ${count} requests, got ${requests.filter(filter).length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return requests.filter(filter);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeTeamsConnector = Awaited<ReturnType<typeof startFakeTeamsConnector>>;
