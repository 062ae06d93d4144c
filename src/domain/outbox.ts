/** Messages sent outside a turn, and how their delivery went. */

/** Where a proactive message goes. */
export type MessageTarget =
  | { kind: 'user'; aadObjectId: string }
  | { kind: 'conversation'; conversationId: string };

/**
 * A message to send outside a turn (reminders, notifications, feed posts). Enqueued durably and sent
 * by one sender, paced under Teams' limits and retried; `key` makes enqueueing idempotent.
 */
export interface OutboundMessage {
  key: string;
  target: MessageTarget;
  card?: Record<string, unknown>;
  text?: string;
  /** ISO date-time before which it is not sent. */
  notBefore?: string;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dead';

/** A queued message and how its delivery went: kept after it is sent or given up on. */
export interface OutboxEntry extends OutboundMessage {
  status: OutboxStatus;
  attempts: number;
  /** ISO date-time of the next try; absent = as soon as possible. */
  nextAttemptAt?: string;
  leaseOwner?: string;
  lastError?: string;
  /** The Teams activity id and conversation it went to, once sent. */
  activityId?: string;
  conversationId?: string;
  createdAt: string;
  sentAt?: string;
  deadAt?: string;
}
