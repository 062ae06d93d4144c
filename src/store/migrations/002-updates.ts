/**
 * Officers' updates: action status updates (append-only), indicator values recorded in Teams, and
 * each plan's settings (tolerance, administrators, delegates).
 *
 * @remarks
 * `action_updates` is never updated or deleted: history is the table. `UNIQUE (action_id, version)`
 * is the concurrency check (an update made against an old version cannot take a version that is
 * already there), and `idempotency_key` makes a submission Teams delivers twice land once.
 * `plan_settings` gains columns in later migrations (update cadence, feed channel) by ALTER TABLE.
 */
export const updates = `
CREATE TABLE action_updates (
  id text PRIMARY KEY,
  action_id text NOT NULL,
  plan_id text NOT NULL,
  status text NOT NULL,
  previous_status text,
  commentary text NOT NULL,
  revised_due date,
  evidence_url text,
  author jsonb NOT NULL,
  at timestamptz NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  idempotency_key text UNIQUE,
  UNIQUE (action_id, version)
);
CREATE INDEX action_updates_plan ON action_updates (plan_id, at);
CREATE INDEX action_updates_at ON action_updates (at);

CREATE TABLE recorded_values (
  id text PRIMARY KEY,
  indicator_id text NOT NULL,
  plan_id text,
  period text NOT NULL,
  period_end date,
  value double precision NOT NULL,
  status text,
  status_reason text,
  commentary text,
  author jsonb NOT NULL,
  at timestamptz NOT NULL,
  idempotency_key text UNIQUE
);
CREATE INDEX recorded_values_indicator ON recorded_values (indicator_id, at);

CREATE TABLE plan_settings (
  plan_id text PRIMARY KEY,
  tolerance_percent double precision,
  administrators jsonb NOT NULL DEFAULT '[]'::jsonb,
  delegates jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by jsonb
);
`;
