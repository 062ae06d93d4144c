/** A limit: at most `limit` sends in any `windowMs` milliseconds. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/**
 * Teams' published limits for a bot sending to one conversation (7 per second, 8 per 2 seconds, 60
 * per 30 seconds, 1,800 per hour) and for one app in one tenant (50 per second).
 */
export const teamsConversationLimits: RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];
export const teamsTenantLimits: RateWindow[] = [{ limit: 50, windowMs: 1_000 }];

/** How soon to look again when a window is full of sends still in flight. */
const inFlightPollMs = 20;

export interface RateKey {
  key: string;
  windows: RateWindow[];
}

/**
 * Paces sends under several sliding windows per key (a conversation, the tenant): a send is allowed
 * only when every window of every key it counts against has room, so no window is ever exceeded,
 * which a single token bucket per key cannot promise for Teams' overlapping limits.
 *
 * @remarks
 * A send counts from when its slot is taken until `done` is called, as if it happened now (it may
 * reach Teams at any moment while in flight), and then at the time it finished, which is no earlier
 * than when Teams received it. So however late a request arrives, no window fills up on arrival.
 */
export class RateLimiter {
  private readonly sent = new Map<string, number[]>();

  /**
   * @param marginRatio each window is held this much longer than Teams' (0.1: a second is paced as
   *   1.1 s), because requests do not reach Teams exactly when they leave: network and connection
   *   set-up jitter would otherwise let a window fill up on arrival.
   */
  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly marginRatio = 0.1,
  ) {}

  /**
   * Takes a slot for one send counting against every key, and returns 0; or, when a window is
   * full, takes nothing and returns how many milliseconds to wait before asking again.
   */
  tryAcquire(keys: RateKey[]): number {
    const now = this.now();
    let wait = 0;
    for (const { key, windows } of keys) {
      const log = this.prune(key, now, Math.max(...windows.map((w) => w.windowMs)) * (1 + this.marginRatio));
      for (const { limit, windowMs: published } of windows) {
        const windowMs = published * (1 + this.marginRatio);
        const first = log.findIndex((t) => t > now - windowMs);
        const inWindow = first === -1 ? 0 : log.length - first;
        if (inWindow >= limit) {
          const leaving = log[first + inWindow - limit]!;
          // NOTE: a send still in flight leaves no sooner than it finishes: look again shortly.
          wait = Math.max(wait, leaving === Infinity ? inFlightPollMs : leaving + windowMs - now);
        }
      }
    }
    if (wait > 0) return Math.ceil(wait);
    for (const { key } of keys) this.sent.get(key)!.push(Infinity);
    return 0;
  }

  /** Marks a send whose slot was taken as finished now (whether it succeeded or not). */
  done(keys: RateKey[]): void {
    const now = this.now();
    for (const { key } of keys) {
      const log = this.sent.get(key);
      const at = log?.indexOf(Infinity) ?? -1;
      if (!log || at < 0) continue;
      log.splice(at, 1);
      let i = log.length;
      while (i > 0 && log[i - 1]! > now) i -= 1;
      log.splice(i, 0, now);
    }
  }

  /** Waits (with `sleep`) until a slot is free, then takes it; gives up when `cancelled()` says so. */
  async acquire(keys: RateKey[], sleep: (ms: number) => Promise<void>, cancelled: () => boolean = () => false): Promise<boolean> {
    for (;;) {
      if (cancelled()) return false;
      const wait = this.tryAcquire(keys);
      if (wait === 0) return true;
      await sleep(wait);
    }
  }

  private prune(key: string, now: number, horizonMs: number): number[] {
    const log = this.sent.get(key) ?? [];
    let drop = 0;
    while (drop < log.length && log[drop]! <= now - horizonMs) drop += 1;
    if (drop > 0) log.splice(0, drop);
    this.sent.set(key, log);
    return log;
  }
}
