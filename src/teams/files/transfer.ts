import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkFileUrl, type FileUrlPolicy } from './file-url';

export interface TransferOptions extends FileUrlPolicy {
  /** The whole transfer, connection to last byte. */
  timeoutMs: number;
}

export type DownloadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'refused-url' | 'too-large' | 'failed'; detail: string };

export type UploadResult = { ok: true } | { ok: false; reason: 'refused-url' | 'failed'; detail: string };

/** Redirects followed on a download, each to the same host only. */
const MAX_REDIRECTS = 3;

type Exchange = { response: IncomingMessage; done: Promise<Buffer | 'too-large'> };

/**
 * One request on a connection of its own (no pooling: a transfer cut short leaves nothing behind),
 * the response body read up to `maxBytes` as it arrives.
 */
function exchange(url: URL, method: 'GET' | 'PUT', body: Buffer | undefined, maxBytes: number, signal: AbortSignal): Promise<Exchange> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers: Record<string, string> = { accept: '*/*' };
  if (body) {
    headers['content-type'] = 'application/octet-stream';
    headers['content-length'] = String(body.length);
    headers['content-range'] = `bytes 0-${body.length - 1}/${body.length}`;
  }
  return new Promise((resolve, reject) => {
    const req = send(url, { method, headers, agent: false, signal }, (response) => {
      const done = new Promise<Buffer | 'too-large'>((resolveBody, rejectBody) => {
        const chunks: Buffer[] = [];
        let total = 0;
        response.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > maxBytes) {
            // NOTE: settled first: destroying emits 'aborted' at once.
            resolveBody('too-large');
            response.destroy();
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => resolveBody(Buffer.concat(chunks)));
        response.on('error', rejectBody);
        response.on('aborted', () => rejectBody(new Error('aborted')));
      });
      resolve({ response, done });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const failure = (error: unknown, signal: AbortSignal) => (signal.aborted ? 'timed out' : ((error as NodeJS.ErrnoException).code ?? 'connection failed'));

/**
 * Fetches a file from a link in a Teams payload, stopping the transfer as soon as it passes
 * `maxBytes`, whatever Content-Length claimed. Redirects are followed only within the host first
 * given, each checked as the first link was.
 */
export async function downloadFile(link: unknown, maxBytes: number, options: TransferOptions): Promise<DownloadResult> {
  const first = checkFileUrl(link, options);
  if (!first.ok) return { ok: false, reason: 'refused-url', detail: first.why };
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = first.url;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const { response, done } = await exchange(url, 'GET', undefined, maxBytes, signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        response.destroy();
        const next = checkFileUrl(new URL(response.headers.location ?? '', url).href, options);
        if (!next.ok || next.url.host !== first.url.host) return { ok: false, reason: 'refused-url', detail: 'redirected elsewhere' };
        url = next.url;
        continue;
      }
      if (status !== 200) {
        response.destroy();
        return { ok: false, reason: 'failed', detail: `HTTP ${status}` };
      }
      const declared = Number(response.headers['content-length'] ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        return { ok: false, reason: 'too-large', detail: `${declared} bytes` };
      }
      const bytes = await done;
      return bytes === 'too-large' ? { ok: false, reason: 'too-large', detail: `over ${maxBytes} bytes` } : { ok: true, bytes };
    }
    return { ok: false, reason: 'refused-url', detail: 'too many redirects' };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: failure(error, signal) };
  }
}

/** What an upload session's answer may hold: a small JSON item, never more. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * Puts `bytes` into the upload session Teams gave on a file consent (one PUT of the whole file, as
 * OneDrive's upload sessions take it). A redirect is a failure: the bytes go nowhere else.
 */
export async function uploadFile(link: unknown, bytes: Buffer, options: TransferOptions): Promise<UploadResult> {
  const checked = checkFileUrl(link, options);
  if (!checked.ok) return { ok: false, reason: 'refused-url', detail: checked.why };
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const { response, done } = await exchange(checked.url, 'PUT', bytes, MAX_ANSWER_BYTES, signal);
    await done;
    const status = response.statusCode ?? 0;
    return status === 200 || status === 201 ? { ok: true } : { ok: false, reason: 'failed', detail: `HTTP ${status}` };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: failure(error, signal) };
  }
}
