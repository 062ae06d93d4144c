/** A turn's hold on its slot, handed to the work the gate runs. */
export interface TurnSlot {
  /** Gives the slot up for good (a turn whose reply is sent, left only to store its state). */
  release(): void;
  /**
   * Waits on the network without the slot (a reply on its way to Teams), then takes a slot back
   * ahead of the turns not yet started.
   */
  away<R>(wait: () => Promise<R>): Promise<R>;
}

/**
 * Lets at most `limit` turns run at once on this instance; the rest wait in arrival order.
 *
 * @remarks
 * Under more load than the instance can serve, turns that all run at once interleave at every
 * database call, so one needing eight statements waits behind every other turn eight times, and a few
 * run past Teams' timeout while the average looks fine. Admitted in order, each turn runs nearly as
 * fast as alone, and waiting is shared out fairly: the slowest turn waits about as long as the average.
 * A slot is for the turn's own work: a turn waiting for Teams to take its reply lends its slot out
 * (`away`), and one that has replied gives it up (`release`), so waits on the network do not leave
 * the processor idle while turns queue.
 */
export class TurnGate {
  private running = 0;
  /** Turns not yet started, in arrival order. */
  private readonly waiting: (() => void)[] = [];
  /** Turns back from the network: they go first, as they are nearer done. */
  private readonly resuming: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: (slot: TurnSlot) => Promise<T>): Promise<T> {
    await this.acquire(this.waiting);
    let held = true;
    let done = false;
    const give = () => {
      if (!held) return;
      held = false;
      this.passOn();
    };
    const slot: TurnSlot = {
      release: () => {
        done = true;
        give();
      },
      away: async (wait) => {
        // NOTE: a second wait beside the first (a typing indicator) or after the turn let go: nothing to lend.
        if (!held || done) return wait();
        give();
        try {
          return await wait();
        } finally {
          if (!done) {
            await this.acquire(this.resuming);
            // NOTE: the turn may have ended meanwhile (a send it did not wait for): the slot goes on.
            if (done) this.passOn();
            else held = true;
          }
        }
      },
    };
    try {
      return await work(slot);
    } finally {
      slot.release();
    }
  }

  private async acquire(queue: (() => void)[]): Promise<void> {
    if (this.running < this.limit) this.running += 1;
    else await new Promise<void>((resolve) => queue.push(resolve));
  }

  /** Hands a freed slot straight to the next in line, so a newcomer cannot jump the queue. */
  private passOn(): void {
    const next = this.resuming.shift() ?? this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }

  /** Turns waiting for a slot (for diagnostics and tests). */
  get queued(): number {
    return this.waiting.length + this.resuming.length;
  }
}
