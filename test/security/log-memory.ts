import { Writable } from 'node:stream';

/** Logs and HTTP for the log-privacy tests: the real logger writing into memory, and posts to the bot. */

/** Every line the logger wrote, parsed. */
export function memoryLog() {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  const lines = () => chunks.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { level: number; msg: string } & Record<string, unknown>);
  return { sink, lines, infoAndAbove: () => lines().filter((l) => l.level >= 30) };
}

export const post = async (port: number, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
};

