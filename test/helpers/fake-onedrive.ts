import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface Upload {
  path: string;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
}

/** How the stand-in answers a GET of one path. */
export type Served =
  | { kind: 'bytes'; bytes: Buffer }
  /** Sent in chunks with no Content-Length: a size cap must count as the bytes arrive. */
  | { kind: 'stream'; chunk: Buffer; times: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'status'; status: number };

/**
 * A stand-in for OneDrive on loopback: serves files at the paths given (as Teams' download links
 * point at), and takes uploads by PUT (as a file consent's upload session does), answering 201, or
 * what `uploadStatus` says.
 */
export async function startFakeOneDrive() {
  const served = new Map<string, Served>();
  const uploads: Upload[] = [];
  const gets: string[] = [];
  let uploadStatus = 201;
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '';
    if (req.method === 'PUT') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        uploads.push({ path, headers: req.headers, bytes: Buffer.concat(chunks) });
        res.writeHead(uploadStatus, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'drive-item-1', name: 'uploaded' }));
      });
      return;
    }
    gets.push(path);
    const what = served.get(path) ?? { kind: 'status', status: 404 };
    if (what.kind === 'status') {
      res.writeHead(what.status);
      res.end();
    } else if (what.kind === 'redirect') {
      res.writeHead(302, { location: what.location });
      res.end();
    } else if (what.kind === 'bytes') {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(what.bytes.length) });
      res.end(what.bytes);
    } else {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      let sent = 0;
      const pump = () => {
        while (sent < what.times) {
          sent += 1;
          if (!res.write(what.chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      pump();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    uploads,
    gets,
    /** Serves `what` at `path`; returns its full URL. */
    serve(path: string, what: Served): string {
      served.set(path, what);
      return `${base}${path}`;
    },
    answerUploadsWith(status: number) {
      uploadStatus = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeOneDrive = Awaited<ReturnType<typeof startFakeOneDrive>>;
