import type { IncomingMessage } from 'node:http';

export type BodyOutcome = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

const refused = (status: 400 | 413 | 415, error: string): BodyOutcome => ({ ok: false, status, error });

/** The media type of a Content-Type header, without its parameters, lower-case. */
const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * The problem with a request's headers that stops its body being read, if any: an encoding other
 * than identity (415), a type other than JSON (415), or a declared length over the limit (413).
 *
 * @remarks
 * A compressed body is refused, not inflated: the limit would count compressed bytes (245 KB of gzip
 * inflates to 240 MB), and restify's gunzip has no error handler (a body that is not gzip stopped the
 * process). Teams sends plain JSON.
 */
export function headerProblem(req: Pick<IncomingMessage, 'headers'>, maxBytes: number): BodyOutcome | undefined {
  const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') return refused(415, 'content encoding not supported');
  const type = mediaType(req.headers['content-type']);
  if (type !== 'application/json' && !type.endsWith('+json')) return refused(415, 'content type must be application/json');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return refused(413, 'request body too large');
  return undefined;
}

/**
 * Reads a JSON request body of at most `maxBytes`, refusing what {@link headerProblem} refuses before
 * a byte is read. Past the limit nothing more is kept (the rest is read and dropped, so the answer
 * reaches the client); bad JSON is 400.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyOutcome> {
  const problem = headerProblem(req, maxBytes);
  if (problem) {
    req.resume();
    return Promise.resolve(problem);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.once('error', () => resolve(refused(400, 'request not read')));
    req.once('aborted', () => resolve(refused(400, 'request not read')));
    req.once('end', () => {
      if (size > maxBytes) return resolve(refused(413, 'request body too large'));
      try {
        resolve({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        resolve(refused(400, 'invalid JSON'));
      }
    });
  });
}
