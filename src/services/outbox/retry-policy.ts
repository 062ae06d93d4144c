import { DeliveryError } from './delivery';

export interface RetryPolicy {
  /** Tries in all, the first included; after the last, the message is dead (kept, shown to admins). */
  maxAttempts: number;
  /** Wait after the first failure; doubled after each further one, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 3_600_000 };

/**
 * When to try a failed message again, or undefined to give up (a permanent failure, or the last
 * attempt). Never sooner than Teams' Retry-After; otherwise exponential backoff with jitter.
 */
export function nextAttemptAt(
  error: unknown,
  attempts: number,
  policy: RetryPolicy,
  now: Date,
  random: () => number = Math.random,
): Date | undefined {
  const failure = error instanceof DeliveryError ? error : undefined;
  if (failure?.permanent) return undefined;
  if (attempts >= policy.maxAttempts) return undefined;
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1)) * (0.5 + random() / 2);
  const delay = Math.max(failure?.retryAfterMs ?? 0, backoff);
  return new Date(now.getTime() + Math.ceil(delay));
}

/** A short description of a failure for the outbox row and the admin card (no message content). */
export function describeFailure(error: unknown): string {
  if (error instanceof DeliveryError) {
    const status = error.status ? `HTTP ${error.status}: ` : '';
    return `${status}${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
