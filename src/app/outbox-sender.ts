import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { OutboxStore } from '../store/ports';
import type { MessageTarget, OutboxEntry } from '../domain/outbox';
import { type Deliverer, DeliveryError } from '../services/outbox/delivery';
import { RateLimiter, teamsConversationLimits, teamsTenantLimits, type RateWindow } from '../services/outbox/rate-limiter';
import { defaultRetryPolicy, describeFailure, nextAttemptAt, type RetryPolicy } from '../services/outbox/retry-policy';

export interface OutboxSenderOptions {
  outbox: OutboxStore;
  deliverer: Deliverer;
  logger: Logger;
  clock: () => Date;
  /** How often the queue is looked at when it was empty (OUTBOX_INTERVAL_MS). */
  intervalMs: number;
  retry?: Partial<RetryPolicy>;
  /** This instance's name in leases; unique per process. */
  owner?: string;
  /** Messages claimed per round; all must be sendable within the lease at Teams' pace. */
  batchSize?: number;
  leaseMs?: number;
  limiter?: RateLimiter;
  conversationLimits?: RateWindow[];
  tenantLimits?: RateWindow[];
  sleep?: (ms: number) => Promise<void>;
}

export interface RoundResult {
  claimed: number;
  sent: number;
  retrying: number;
  dead: number;
  released: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const targetKey = (target: MessageTarget) =>
  target.kind === 'user' ? `user:${target.aadObjectId}` : `conversation:${target.conversationId}`;

/**
 * The one loop that sends the outbox. Each round it leases due messages (safe with several
 * instances on one database), sends them in order per conversation, paced under Teams' limits,
 * retries failures with backoff honouring Retry-After, and marks each sent together with its
 * Teams activity id.
 *
 * @remarks
 * At most once per message is the aim; the one gap is a crash after Teams accepted a message and
 * before the "sent" row was written: the lease then runs out and the message goes once more.
 */
export class OutboxSender {
  readonly owner: string;
  private readonly retry: RetryPolicy;
  private readonly limiter: RateLimiter;
  private readonly sleep: (ms: number) => Promise<void>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopping = false;

  constructor(private readonly options: OutboxSenderOptions) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.limiter = options.limiter ?? new RateLimiter();
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** One round: claim what is due, send it, record the outcomes. */
  async runOnce(): Promise<RoundResult> {
    const { outbox, clock } = this.options;
    const leaseMs = this.options.leaseMs ?? 300_000;
    const now = clock();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const claimed = await outbox.claim(this.owner, now.toISOString(), leaseUntil.toISOString(), this.options.batchSize ?? 50);
    const result: RoundResult = { claimed: claimed.length, sent: 0, retrying: 0, dead: 0, released: 0 };
    const groups = new Map<string, OutboxEntry[]>();
    for (const message of claimed) {
      const key = targetKey(message.target);
      groups.set(key, [...(groups.get(key) ?? []), message]);
    }
    await Promise.all([...groups.entries()].map(([key, messages]) => this.sendGroup(key, messages, leaseUntil, result)));
    return result;
  }

  /** Starts the loop; a round that found a full batch is followed at once by another. */
  start(): void {
    this.stopping = false;
    const loop = async () => {
      if (this.stopping) return;
      let again = false;
      try {
        const round = await (this.running = this.runOnce());
        again = round.claimed >= (this.options.batchSize ?? 50);
        if (round.claimed > 0) this.options.logger.info({ ...round }, 'outbox round');
      } catch (error) {
        this.options.logger.error({ err: error }, 'outbox round failed; will try again');
      }
      this.running = undefined;
      if (!this.stopping) this.timer = setTimeout(loop, again ? 0 : this.options.intervalMs);
    };
    this.timer = setTimeout(loop, 0);
  }

  /** Stops after the messages in hand: unsent ones are given back to the queue. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async sendGroup(key: string, messages: OutboxEntry[], leaseUntil: Date, result: RoundResult): Promise<void> {
    const { outbox, clock } = this.options;
    const keys = [
      { key, windows: this.options.conversationLimits ?? teamsConversationLimits },
      { key: 'tenant', windows: this.options.tenantLimits ?? teamsTenantLimits },
    ];
    // NOTE: a minute of lease is kept in hand for the send itself (the connector's own retries).
    const deadline = leaseUntil.getTime() - 60_000;
    for (let i = 0; i < messages.length; i += 1) {
      const message = messages[i]!;
      const giveBack = () => this.stopping || clock().getTime() > deadline;
      try {
        const send = await this.options.deliverer.prepare(message);
        if (!(await this.limiter.acquire(keys, this.sleep, giveBack))) {
          for (const rest of messages.slice(i)) await outbox.release(rest.key, this.owner, clock().toISOString());
          result.released += messages.length - i;
          return;
        }
        const sent = await send().finally(() => this.limiter.done(keys));
        const marked = await outbox.markSent(message.key, this.owner, sent, clock().toISOString());
        if (!marked) this.options.logger.warn({ key: message.key }, 'outbox message sent after its lease was taken over');
        result.sent += 1;
      } catch (error) {
        const retryAt = nextAttemptAt(error, message.attempts, this.retry, clock());
        await outbox.markFailed(message.key, this.owner, describeFailure(error), clock().toISOString(), retryAt?.toISOString());
        if (retryAt) result.retrying += 1;
        else {
          result.dead += 1;
          this.options.logger.warn({ key: message.key, attempts: message.attempts, error: describeFailure(error) }, 'outbox message gave up');
        }
        if (error instanceof DeliveryError && error.throttled && retryAt) {
          // Teams throttled this conversation: the rest of it waits as long, untried.
          for (const rest of messages.slice(i + 1)) await outbox.release(rest.key, this.owner, retryAt.toISOString());
          result.released += messages.length - i - 1;
          return;
        }
      }
    }
  }
}
