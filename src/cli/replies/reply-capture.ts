import { createServer, type Server } from 'node:http';

/** What the bot sent to the stand-in connector: the activity as posted, and its path. */
export interface CapturedReply {
  path: string;
  activity: Record<string, unknown>;
}

export interface ReplyCapture {
  port: number;
  stop(): Promise<void>;
}

const MAX_BODY = 1_000_000;

/**
 * A stand-in for Teams' connector on loopback: every activity the bot POSTs to
 * `{serviceUrl}v3/conversations/...` is answered 200 at once (so the turn ends at once) and handed to
 * `onReply`. Anything else gets 404. For the README's quick check and local trials only.
 */
export function startReplyCapture(options: { port: number; host?: string; onReply: (reply: CapturedReply) => void }): Promise<ReplyCapture> {
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      // NOTE: writeHead and end apart: restify, loaded in the same process, patches writeHead to return nothing.
      const answer = (status: number, body = '') => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body);
      };
      if (req.method !== 'POST' && req.method !== 'PUT') return answer(404);
      if (!/\/v3\/conversations\//.test(req.url ?? '')) return answer(404);
      let activity: Record<string, unknown> = {};
      try {
        activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return answer(400);
      }
      n += 1;
      answer(200, JSON.stringify({ id: `captured-${n}` }));
      options.onReply({ path: req.url ?? '', activity });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ port, stop: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** A reply as a person would read it: the text, or each card's words line by line. */
export function readableReply(activity: Record<string, unknown>): string {
  const lines: string[] = [];
  if (typeof activity.text === 'string' && activity.text) lines.push(activity.text);
  const attachments = Array.isArray(activity.attachments) ? (activity.attachments as { content?: unknown }[]) : [];
  for (const attachment of attachments) {
    const walk = (value: unknown) => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      const node = value as Record<string, unknown>;
      if (node.type === 'TextBlock' && typeof node.text === 'string') lines.push(node.text);
      if (typeof node.title === 'string' && typeof node.value === 'string') lines.push(`${node.title}: ${node.value}`);
      if (typeof node.type === 'string' && node.type.startsWith('Action.') && typeof node.title === 'string') lines.push(`[${node.title}]`);
      for (const [key, child] of Object.entries(node)) if (key !== 'fallbackText') walk(child);
    };
    walk(attachment.content);
  }
  return lines.join('\n');
}
