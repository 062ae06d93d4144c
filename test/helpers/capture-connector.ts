import { createServer, type Server } from 'node:http';

export interface CapturedRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

/**
 * A stand-in for the Bot Framework connector (Teams' side), on loopback: records every activity the
 * bot sends and answers like the real service does.
 */
export async function startCaptureConnector(): Promise<{
  url: string;
  requests: CapturedRequest[];
  waitFor(count: number, timeoutMs?: number): Promise<CapturedRequest[]>;
  close(): Promise<void>;
}> {
  const requests: CapturedRequest[] = [];
  let counter = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', body: raw ? JSON.parse(raw) : {} });
      counter += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `captured-${counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    async waitFor(count, timeoutMs = 10_000) {
      const start = Date.now();
      while (requests.length < count) {
        if (Date.now() - start > timeoutMs) throw new Error(`expected ${count} requests, got ${requests.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
