import { request } from 'node:http';
import { connect } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { jwtPart } from '../helpers/fake-openid';

/**
 * Requests a broken or hostile client might send at the HTTP level: odd Content-Encoding and
 * Content-Type headers, compressed, truncated and bomb bodies, odd Authorization headers, and raw
 * requests Node's parser must refuse.
 */
export const encodings = ['gzip', 'x-gzip', 'deflate', 'br', 'zstd', 'compress', 'GZIP', ' gzip ', 'gzip, gzip', 'identity, gzip', 'bogus', 'identity', 'Identity', ''];
const readable = new Set(['', 'identity']);
/** True when a body sent with this Content-Encoding may be read at all (anything else: 415). */
export const isIdentity = (encoding: string) => readable.has(encoding.trim().toLowerCase());

const contentTypes = [
  'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/activity+json', 'text/plain', 'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x', 'application/octet-stream', 'text/csv', '', 'application/json; charset=latin1',
];

const authorizations = (botId: string) => [
  undefined, '', 'Bearer', 'bearer ', 'Basic Zm9vOmJhcg==', 'Bearer a.b.c', `Bearer ${'A'.repeat(6000)}`, 'Negotiate YII=',
  // Shaped for this bot, unsigned: reaches the signature check.
  `Bearer ${jwtPart({ alg: 'RS256', kid: 'fuzz' })}.${jwtPart({ aud: botId, iss: 'https://api.botframework.com', exp: 4102444800 })}.c2ln`,
];

/** The gzip of 8 MB of spaces (8 KB): what a bomb looks like, made once. */
let bomb: Buffer | undefined;
const bodies: Record<string, (json: Buffer, random: () => number) => Buffer> = {
  plain: (json) => json,
  gzip: (json) => gzipSync(json),
  deflate: (json) => deflateSync(json),
  br: (json) => brotliCompressSync(json),
  truncatedGzip: (json) => gzipSync(json).subarray(0, 12),
  garbage: (_json, random) => Buffer.from(Array.from({ length: 1 + Math.floor(random() * 4096) }, () => Math.floor(random() * 256))),
  bomb: () => (bomb ??= gzipSync(Buffer.alloc(8 * 2 ** 20, 0x20))),
};

export interface HeaderCase {
  encoding: string;
  headers: Record<string, string>;
  body: Buffer;
  /** Sent without Content-Length (chunked). */
  chunked: boolean;
}

const pick = <T>(list: T[], random: () => number): T => list[Math.floor(random() * list.length)]!;

/** One request: an activity's JSON, its body maybe compressed or broken, with odd headers. */
export function headerCase(random: () => number, activity: unknown, botId: string): HeaderCase {
  const encoding = pick(encodings, random);
  const body = pick(Object.values(bodies), random)(Buffer.from(JSON.stringify(activity)), random);
  const headers: Record<string, string> = { 'content-type': random() < 0.6 ? 'application/json' : pick(contentTypes, random) };
  if (encoding !== '' || random() < 0.5) headers['content-encoding'] = encoding;
  const authorization = pick(authorizations(botId), random);
  if (authorization !== undefined) headers.authorization = authorization;
  if (random() < 0.2) headers['content-md5'] = 'bm90IGFuIG1kNQ==';
  if (random() < 0.1) headers.expect = '100-continue';
  if (random() < 0.1) headers['x-forwarded-for'] = '203.0.113.7, 198.51.100.1';
  return { encoding, headers, body, chunked: random() < 0.3 };
}

/** Sends one case; resolves with the status (0 when the server closed without answering). */
export function send(port: number, c: HeaderCase): Promise<number> {
  return new Promise((resolve) => {
    const headers = c.chunked ? c.headers : { ...c.headers, 'content-length': String(c.body.length) };
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/messages', headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end(c.body);
  });
}

/** Raw requests a correct HTTP parser refuses: two lengths, a negative one, chunked and a length, a bad chunk, a cut body. */
export const rawRequests = [
  'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!',
  'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n{}',
  'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n2\r\n{}\r\n0\r\n\r\n',
  'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
  'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 100\r\n\r\n\x1f\x8b\x08\x00garbage',
  'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"type": "mess',
  'POST /api/messages HTTP/1.1\r\nHost: x\r\nX-Bad\u0000Header: 1\r\nContent-Length: 2\r\n\r\n{}',
];

/** Writes a raw request, then closes its side; resolves with the status line's code (0: none). */
export function sendRaw(port: number, raw: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(Buffer.from(raw, 'latin1')));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.setTimeout(5_000, () => socket.destroy());
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('error', () => undefined);
  });
}
