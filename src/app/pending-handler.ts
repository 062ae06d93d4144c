import type { Logger } from '../logger';
import type { MessageHandler, MessageResponse } from './server';

export interface PendingOptions {
  /**
   * How long a message may wait before its request is answered 202 (accepted) while it keeps
   * waiting: Teams' connector gives the bot about 15 s to answer, then may send it again.
   */
  acknowledgeAfterMs: number;
  logger: Logger;
}

/**
 * Whether the request's answer carries nothing the sender reads, so it can be given before the turn
 * runs: not an invoke (card actions, searches: their answer is the response body), nor an activity
 * asking for its replies in the response (deliveryMode expectReplies).
 */
function canAcknowledgeEarly(body: unknown): boolean {
  const activity = (body ?? {}) as { type?: unknown; deliveryMode?: unknown };
  return activity.type !== 'invoke' && activity.deliveryMode !== 'expectReplies';
}

/** Where a turn answered early writes its status: logged if it is a refusal or failure. */
function detached(logger: Logger): MessageResponse {
  let code = 200;
  return {
    status: (status: number) => (code = status),
    send: () => undefined,
    end: () => {
      if (code >= 400) logger.warn({ status: code }, 'a message accepted during start-up was refused or failed');
    },
  };
}

/**
 * A message handler that exists before what it hands to does: the server listens while the store
 * opens (or is seeded) and the Teams side loads, and a message that arrives meanwhile waits for them
 * (never refused, never lost). `ready` gives it the real handler; `failed` makes waiting messages
 * fail with start-up. A message still waiting after `acknowledgeAfterMs` is answered 202 at once
 * (so Teams neither gives up on it nor sends it again) and its turn runs once ready, its replies
 * sent to Teams as every reply is.
 */
export function pendingHandler(options: PendingOptions): { handler: MessageHandler; ready(handler: MessageHandler): void; failed(error: unknown): void } {
  const { acknowledgeAfterMs, logger } = options;
  let real: MessageHandler | undefined;
  let ready!: (handler: MessageHandler) => void;
  let failed!: (error: unknown) => void;
  const arriving = new Promise<MessageHandler>((resolve, reject) => ((ready = resolve), (failed = reject)));
  // NOTE: a start-up that fails with no message waiting must not leave an unheard rejection.
  arriving.catch(() => undefined);
  const waitFor = async (req: Parameters<MessageHandler>[0], res: MessageResponse): Promise<void> => {
    let acknowledged = false;
    const timer = canAcknowledgeEarly(req.body)
      ? setTimeout(() => {
          acknowledged = true;
          res.status(202);
          res.end();
        }, acknowledgeAfterMs)
      : undefined;
    let handler: MessageHandler;
    try {
      handler = await arriving;
    } catch (error) {
      if (!acknowledged) throw error;
      logger.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'a message accepted during start-up was not answered: start-up failed');
      return;
    } finally {
      clearTimeout(timer);
    }
    await handler(req, acknowledged ? detached(logger) : res);
  };
  return {
    handler: async (req, res) => (real ? real(req, res) : waitFor(req, res)),
    ready(handler) {
      real = handler;
      ready(handler);
    },
    failed,
  };
}
