/**
 * The ask benchmark's load: conversations of turns sent over HTTP to a running bot, N at a time, each
 * turn timed from the moment its request is sent to the moment its reply reaches the connector.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { startReplyConnector } from './ask/reply-connector';

/** bare: the bare-echo bot (bench/echo-bot.ts); echo: the bot's own `ping`; update, submission: card submits. */
export type TurnKind = 'question' | 'echo' | 'bare' | 'update' | 'submission';

export interface Turn {
  kind: TurnKind;
  text?: string;
  /** A whole activity (a card submission, a group chat's message) instead of a personal chat's text. */
  activity?: Record<string, unknown>;
}

/** One turn's timing, and the answer kind its reply card carried ('none' for text or no marker). */
export interface TurnTiming {
  kind: TurnKind;
  ms: number;
  replyKind: string;
  failed?: string;
}

const template = JSON.parse(
  readFileSync(resolve(__dirname, '..', 'test', 'fixtures', 'activities', 'message-personal.json'), 'utf8'),
) as Record<string, unknown>;

let nextId = 0;

/** The answer kind stamped on a reply card's first body element, as the eval reads it. */
function replyKindOf(body: Record<string, unknown>): string {
  const attachments = (body.attachments ?? []) as { content?: { body?: { id?: string }[] } }[];
  const id = attachments[0]?.content?.body?.[0]?.id;
  return typeof id === 'string' && id.startsWith('answer-kind-') ? id.slice('answer-kind-'.length) : 'none';
}

async function sendTurn(
  port: number,
  connector: Awaited<ReturnType<typeof startReplyConnector>>,
  conversationId: string,
  turn: Turn,
  timeoutMs: number,
): Promise<TurnTiming> {
  nextId += 1;
  const id = `bench-${nextId}`;
  const activity = {
    ...template,
    ...(turn.activity ?? { text: turn.text }),
    id,
    timestamp: new Date().toISOString(),
    serviceUrl: connector.url,
    conversation: { ...(template.conversation as object), ...(turn.activity?.conversation as object | undefined), id: conversationId },
  };
  const start = performance.now();
  const replied = connector.waitForReply(id, timeoutMs);
  // NOTE: the reply may time out while the request is still open; it is awaited (and reported) below.
  replied.catch(() => undefined);
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    if (response.status >= 300) throw new Error(`HTTP ${response.status}`);
    const reply = await replied;
    return { kind: turn.kind, ms: reply.at - start, replyKind: replyKindOf(reply.body) };
  } catch (error) {
    return { kind: turn.kind, ms: performance.now() - start, replyKind: 'none', failed: (error as Error).message };
  }
}

/**
 * Runs every conversation once, `concurrency` at a time (each conversation's turns in order, in a
 * conversation of its own), and returns every turn's timing. Bounded: each turn gives up after
 * `timeoutMs`, and no conversation starts after `deadline`.
 */
export async function runConversations(options: {
  port: number;
  connector: Awaited<ReturnType<typeof startReplyConnector>>;
  conversations: Turn[][];
  concurrency: number;
  label: string;
  timeoutMs?: number;
  /** performance.now() after which no further conversation is started. */
  deadline?: number;
}): Promise<TurnTiming[]> {
  const timings: TurnTiming[] = [];
  let next = 0;
  const worker = async () => {
    while (next < options.conversations.length && performance.now() < (options.deadline ?? Infinity)) {
      const index = next;
      next += 1;
      const conversationId = `a:bench-${options.label}-${index}`;
      for (const turn of options.conversations[index]!) {
        timings.push(await sendTurn(options.port, options.connector, conversationId, turn, options.timeoutMs ?? 60_000));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return timings;
}
