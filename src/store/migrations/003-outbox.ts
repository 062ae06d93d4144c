/**
 * Messages sent outside a turn, and the jobs that produce them: the outbox, scheduled job runs, job
 * watermarks, and each plan's update cadence and feed channel.
 *
 * @remarks
 * `outbox.key` makes enqueueing idempotent. A message is claimed by one sender at a time with a
 * lease (`lease_owner`, `lease_until`) taken under FOR UPDATE SKIP LOCKED, so several bot instances
 * on one PostgreSQL never send the same message together; an expired lease (a crashed sender) lets
 * another instance take it over. `sent` is written in the same statement as the Teams activity id.
 * `dead` messages are kept for administrators to see and retry. `job_runs` has one row per job and
 * period: whoever inserts it runs the job for that period.
 */
export const outbox = `
CREATE TABLE outbox (
  key text PRIMARY KEY,
  target jsonb NOT NULL,
  target_key text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  lease_owner text,
  lease_until timestamptz,
  last_error text,
  activity_id text,
  conversation_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  dead_at timestamptz
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_status ON outbox (status);

CREATE TABLE job_runs (
  job text NOT NULL,
  period text NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  owner text NOT NULL,
  lease_until timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 1,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  summary jsonb,
  last_error text,
  PRIMARY KEY (job, period)
);

CREATE TABLE job_state (
  job text PRIMARY KEY,
  doc jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE plan_settings ADD COLUMN update_cadence jsonb;
ALTER TABLE plan_settings ADD COLUMN feed_conversation_id text;
ALTER TABLE plan_settings ADD COLUMN feed_since timestamptz;
ALTER TABLE plan_settings ADD COLUMN feed_set_by jsonb;
`;
