import type { MessageHandler } from './server';

/**
 * A message handler that exists before what it hands to does: the server listens while the Teams
 * side is still loading, and a message that arrives meanwhile waits for it (never refused, never
 * lost). `ready` gives it the real handler; `failed` makes waiting messages fail with start-up.
 */
export function pendingHandler(): { handler: MessageHandler; ready(handler: MessageHandler): void; failed(error: unknown): void } {
  let real: MessageHandler | undefined;
  let ready!: (handler: MessageHandler) => void;
  let failed!: (error: unknown) => void;
  const arriving = new Promise<MessageHandler>((resolve, reject) => ((ready = resolve), (failed = reject)));
  // NOTE: a start-up that fails with no message waiting must not leave an unheard rejection.
  arriving.catch(() => undefined);
  return {
    handler: async (req, res) => (real ?? (await arriving))(req, res),
    ready(handler) {
      real = handler;
      ready(handler);
    },
    failed,
  };
}
