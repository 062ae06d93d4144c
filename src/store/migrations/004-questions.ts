/**
 * Chairs gather questions: question windows (one per meeting), the questions in them, and every
 * change made to either.
 *
 * @remarks
 * Windows and questions are kept whole as JSONB (src/domain/questions.ts is the schema) with the
 * columns queries filter on alongside. Nothing is deleted: withdrawn, rejected and merged questions
 * stay with their status. `version` is the optimistic concurrency check (a change made against an
 * old version is refused); `UNIQUE (window_id, number)` keeps references unique in a window; an
 * event's `idempotency_key` makes a submission Teams delivers twice land once.
 */
export const questions = `
CREATE TABLE question_windows (
  id text PRIMARY KEY,
  meeting_id text NOT NULL UNIQUE,
  meeting_date date NOT NULL,
  deadline timestamptz NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  doc jsonb NOT NULL
);
CREATE INDEX question_windows_date ON question_windows (meeting_date);

CREATE TABLE questions (
  id text PRIMARY KEY,
  window_id text NOT NULL REFERENCES question_windows (id),
  number integer NOT NULL CHECK (number >= 1),
  status text NOT NULL,
  received_at timestamptz NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  doc jsonb NOT NULL,
  UNIQUE (window_id, number)
);

CREATE TABLE question_events (
  id bigserial PRIMARY KEY,
  window_id text NOT NULL REFERENCES question_windows (id),
  question_id text REFERENCES questions (id),
  kind text NOT NULL,
  by_person jsonb NOT NULL,
  at timestamptz NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  idempotency_key text UNIQUE
);
CREATE INDEX question_events_window ON question_events (window_id, id);
CREATE INDEX question_events_question ON question_events (question_id, id);
`;
