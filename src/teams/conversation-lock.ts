/**
 * Runs work for one conversation one at a time (on this instance), in arrival order.
 *
 * @remarks
 * Teams may deliver several activities for one conversation at once (a busy channel, a retried
 * invoke). Serialising them keeps turn state consistent without eTag failures; different
 * conversations still run in parallel.
 */
export class ConversationLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** @param maxWaitMs how long a turn waits behind a stuck one before it runs anyway. */
  constructor(private readonly maxWaitMs = 10_000) {}

  async run<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(conversationId) ?? Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    // NOTE: a turn stuck on a hung database must not hold up the conversation for ever.
    const waited = Promise.race([
      previous,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.maxWaitMs);
        timer.unref();
      }),
    ]).finally(() => clearTimeout(timer));
    const current = waited.then(work, work);
    const tail = current.catch(() => undefined);
    this.tails.set(conversationId, tail);
    try {
      return await current;
    } finally {
      if (this.tails.get(conversationId) === tail) this.tails.delete(conversationId);
    }
  }

  /** Conversations with work queued or running (for tests and diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}
