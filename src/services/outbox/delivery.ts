import type { OutboxEntry } from '../../domain/outbox';

/** Where a message went: the Teams activity id (when Teams returned one) and the conversation. */
export interface DeliveryResult {
  activityId?: string;
  conversationId: string;
}

/**
 * Sends outbox messages to Teams (src/teams/proactive.ts) in two steps, so the pace is kept on the
 * send itself: `prepare` looks up where the message goes, the function it returns sends it. Both
 * throw {@link DeliveryError} on failure.
 */
export interface Deliverer {
  prepare(message: OutboxEntry): Promise<() => Promise<DeliveryResult>>;
}

/**
 * A send that failed, classified: `permanent` failures (the app is not installed, the conversation
 * is gone) are not retried; the others are, no sooner than `retryAfterMs` when Teams said so.
 */
export class DeliveryError extends Error {
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly permanent: boolean;

  constructor(message: string, options: { status?: number; retryAfterMs?: number; permanent?: boolean } = {}) {
    super(message);
    this.name = 'DeliveryError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.permanent = options.permanent ?? false;
  }

  /** Teams asked us to slow down: later messages to the same place wait too. */
  get throttled(): boolean {
    return this.status === 429;
  }
}

/**
 * Classifies an HTTP status from the Bot Connector: 429, 408, 412 and 5xx are worth retrying
 * (Teams' guidance); other 4xx mean the request itself will not succeed.
 */
export function isRetryableStatus(status: number | undefined): boolean {
  if (status === undefined) return true;
  return status === 429 || status === 408 || status === 412 || status >= 500;
}
