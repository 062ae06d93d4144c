/**
 * Lets at most `limit` turns run at once on this instance; the rest wait in arrival order.
 *
 * @remarks
 * Under more load than the instance can serve, turns that all run at once interleave at every
 * database call, so one needing eight statements waits behind every other turn eight times, and a few
 * run past Teams' timeout while the average looks fine. Admitted in order, each turn runs nearly as
 * fast as alone, and waiting is shared out fairly: the slowest turn waits about as long as the average.
 * Enough run at once to keep the processor busy while turns wait on the network or the database.
 */
export class TurnGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // NOTE: the slot passes straight to the next in line, so a newcomer cannot jump the queue.
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Turns waiting for a slot (for diagnostics and tests). */
  get queued(): number {
    return this.waiting.length;
  }
}
