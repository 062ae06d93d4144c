import type { OutboxStore } from '../ports';
import type { MessageTarget, OutboundMessage, OutboxEntry, OutboxStatus } from '../../domain/outbox';
import type { SqlExecutor } from './sql-client';

interface Row {
  key: string;
  target: MessageTarget;
  payload: { card?: Record<string, unknown>; text?: string };
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date | string | null;
  lease_owner: string | null;
  last_error: string | null;
  activity_id: string | null;
  conversation_id: string | null;
  created_at: Date | string;
  sent_at: Date | string | null;
  dead_at: Date | string | null;
}

const columns = `key, target, payload, status, attempts, next_attempt_at, lease_owner, last_error, activity_id,
  conversation_id, created_at, sent_at, dead_at`;

const iso = (value: Date | string) => new Date(value).toISOString();

function toEntry(row: Row): OutboxEntry {
  const entry: OutboxEntry = {
    key: row.key,
    target: row.target,
    status: row.status,
    attempts: Number(row.attempts),
    createdAt: iso(row.created_at),
  };
  if (row.payload.card) entry.card = row.payload.card;
  if (row.payload.text !== undefined) entry.text = row.payload.text;
  if (row.next_attempt_at !== null) entry.nextAttemptAt = iso(row.next_attempt_at);
  if (row.lease_owner !== null) entry.leaseOwner = row.lease_owner;
  if (row.last_error !== null) entry.lastError = row.last_error;
  if (row.activity_id !== null) entry.activityId = row.activity_id;
  if (row.conversation_id !== null) entry.conversationId = row.conversation_id;
  if (row.sent_at !== null) entry.sentAt = iso(row.sent_at);
  if (row.dead_at !== null) entry.deadAt = iso(row.dead_at);
  return entry;
}

function assertSendable(message: OutboundMessage): void {
  if (!message.card && message.text === undefined) throw new Error(`Outbound message ${message.key} has neither a card nor text.`);
}

/** Messages to one person or conversation share a key: the unit Teams throttles, and sent in order. */
export function targetKey(target: MessageTarget): string {
  return target.kind === 'user' ? `user:${target.aadObjectId}` : `conversation:${target.conversationId}`;
}

/** The outbox in SQL both PGlite and PostgreSQL run; claims are leases taken under SKIP LOCKED. */
export function sqlOutboxStore(db: SqlExecutor): OutboxStore {
  return {
    async enqueueAll(messages) {
      for (const message of messages) assertSendable(message);
      // NOTE: the first of a key wins, as with one enqueue after another.
      const byKey = new Map<string, OutboundMessage>();
      for (const message of messages) if (!byKey.has(message.key)) byKey.set(message.key, message);
      if (byKey.size === 0) return;
      const rows = [...byKey.values()].map((m) => ({
        key: m.key,
        target: m.target,
        target_key: targetKey(m.target),
        payload: { card: m.card, text: m.text },
        next_attempt_at: m.notBefore ?? null,
      }));
      await db.query(
        `INSERT INTO outbox (key, target, target_key, payload, next_attempt_at)
         SELECT r.key, r.target, r.target_key, r.payload, r.next_attempt_at
         FROM jsonb_to_recordset($1::jsonb) AS r(key text, target jsonb, target_key text, payload jsonb, next_attempt_at timestamptz)
         ON CONFLICT (key) DO NOTHING`,
        [JSON.stringify(rows)],
      );
    },

    async enqueue(message) {
      assertSendable(message);
      await db.query(
        `INSERT INTO outbox (key, target, target_key, payload, next_attempt_at)
         VALUES ($1, $2::jsonb, $3, $4::jsonb, $5::timestamptz) ON CONFLICT (key) DO NOTHING`,
        [
          message.key,
          JSON.stringify(message.target),
          targetKey(message.target),
          JSON.stringify({ card: message.card, text: message.text }),
          message.notBefore ?? null,
        ],
      );
    },

    async claim(owner, now, leaseUntil, limit) {
      // NOTE: a target another instance is sending to right now is left to it, so two instances do
      // not both pace the same conversation (each would allow the full rate).
      const { rows } = await db.query<Row>(
        `WITH due AS (
           SELECT key FROM outbox o
           WHERE ((o.status = 'pending' AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= $2::timestamptz))
               OR (o.status = 'sending' AND o.lease_until < $2::timestamptz))
             AND NOT EXISTS (SELECT 1 FROM outbox busy WHERE busy.target_key = o.target_key AND busy.status = 'sending'
                             AND busy.lease_until >= $2::timestamptz AND busy.lease_owner <> $1)
           ORDER BY o.created_at, o.key
           LIMIT $4
           FOR UPDATE SKIP LOCKED)
         UPDATE outbox SET status = 'sending', lease_owner = $1, lease_until = $3::timestamptz, attempts = outbox.attempts + 1
         FROM due WHERE outbox.key = due.key
         RETURNING ${columns.replace(/(\w+)/g, 'outbox.$1')}`,
        [owner, now, leaseUntil, limit],
      );
      return rows.map(toEntry).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key));
    },

    async markSent(key, owner, sent, at) {
      const { rows } = await db.query(
        `UPDATE outbox SET status = 'sent', activity_id = $3, conversation_id = $4, sent_at = $5::timestamptz,
           lease_owner = NULL, lease_until = NULL
         WHERE key = $1 AND lease_owner = $2 AND status = 'sending' RETURNING key`,
        [key, owner, sent.activityId ?? null, sent.conversationId, at],
      );
      return rows.length > 0;
    },

    async markFailed(key, owner, error, at, retryAt) {
      await db.query(
        `UPDATE outbox SET status = CASE WHEN $5::timestamptz IS NULL THEN 'dead' ELSE 'pending' END,
           next_attempt_at = $5::timestamptz, last_error = $3,
           dead_at = CASE WHEN $5::timestamptz IS NULL THEN $4::timestamptz END,
           lease_owner = NULL, lease_until = NULL
         WHERE key = $1 AND lease_owner = $2 AND status = 'sending'`,
        [key, owner, error.slice(0, 1000), at, retryAt ?? null],
      );
    },

    async release(key, owner, notBefore) {
      await db.query(
        `UPDATE outbox SET status = 'pending', attempts = GREATEST(attempts - 1, 0), next_attempt_at = $3::timestamptz,
           lease_owner = NULL, lease_until = NULL
         WHERE key = $1 AND lease_owner = $2 AND status = 'sending'`,
        [key, owner, notBefore],
      );
    },

    async get(key) {
      const { rows } = await db.query<Row>(`SELECT ${columns} FROM outbox WHERE key = $1`, [key]);
      return rows[0] ? toEntry(rows[0]) : undefined;
    },

    async list(filter) {
      const { rows } = await db.query<Row>(
        `SELECT ${columns} FROM outbox WHERE ($1::text[] IS NULL OR status = ANY($1::text[]))
         ORDER BY created_at DESC, key LIMIT $2`,
        [filter.status ?? null, filter.limit ?? 50],
      );
      return rows.map(toEntry);
    },

    async counts() {
      const { rows } = await db.query<{ status: OutboxStatus; n: number | string }>(
        'SELECT status, count(*) AS n FROM outbox GROUP BY status',
      );
      const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, dead: 0 };
      for (const row of rows) counts[row.status] = Number(row.n);
      return counts;
    },

    async retryDead(key, now) {
      const { rows } = await db.query(
        `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $2::timestamptz, dead_at = NULL
         WHERE status = 'dead' AND ($1::text IS NULL OR key = $1) RETURNING key`,
        [key ?? null, now],
      );
      return rows.length;
    },

    async redact(keyPrefixes, text, at) {
      if (keyPrefixes.length === 0) return 0;
      const unsent = `status IN ('pending', 'sending')`;
      const { rows } = await db.query(
        `UPDATE outbox SET payload = $2::jsonb, lease_owner = NULL, lease_until = NULL,
           dead_at = CASE WHEN ${unsent} THEN $3::timestamptz ELSE dead_at END,
           last_error = CASE WHEN ${unsent} THEN 'removed by question retention' ELSE last_error END,
           status = CASE WHEN ${unsent} THEN 'dead' ELSE status END
         WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS p WHERE left(key, length(p)) = p) RETURNING key`,
        [keyPrefixes, JSON.stringify({ text }), at],
      );
      return rows.length;
    },
  };
}
