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
    const previous = this.tails.get(conversationId);
    // NOTE: nothing running in this conversation (nearly every turn: most conversations have one turn
    // at a time) waits for nothing, without the timer and race below.
    const current = previous ? this.after(previous).then(work, work) : Promise.resolve().then(work);
    const tail = current.catch(() => undefined);
    this.tails.set(conversationId, tail);
    try {
      return await current;
    } finally {
      if (this.tails.get(conversationId) === tail) this.tails.delete(conversationId);
    }
  }

  /** The previous turn's end, or maxWaitMs, whichever comes first. */
  private after(previous: Promise<unknown>): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    // NOTE: a turn stuck on a hung database must not hold up the conversation for ever.
    return Promise.race([
      previous,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.maxWaitMs);
        timer.unref();
      }),
    ]).finally(() => clearTimeout(timer));
  }

  /** Conversations with work queued or running (for tests and diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}
