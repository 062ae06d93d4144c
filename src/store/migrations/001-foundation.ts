/**
 * Foundation schema: bot turn state, conversation references, and the council's imported data.
 *
 * @remarks
 * Imported records are kept whole as JSONB (the domain model is the schema) with the columns that
 * queries filter on alongside. `source_id` is the document (or spreadsheet) a record came from, so a
 * re-import replaces exactly what that source produced.
 */
export const foundation = `
CREATE TABLE bot_state (
  key text PRIMARY KEY,
  doc jsonb NOT NULL,
  etag bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE conversations (
  id text PRIMARY KEY,
  conversation_type text NOT NULL,
  tenant_id text,
  team_id text,
  channel_id text,
  service_url text NOT NULL,
  reference jsonb NOT NULL,
  installed boolean NOT NULL DEFAULT true,
  first_seen timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversations_type ON conversations (conversation_type);

CREATE TABLE documents (
  id text PRIMARY KEY,
  source_id text NOT NULL,
  council text,
  title text NOT NULL,
  doc jsonb NOT NULL
);

CREATE TABLE document_pages (
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  number integer NOT NULL,
  line_start integer NOT NULL,
  line_end integer NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (document_id, line_start)
);

CREATE TABLE plans (
  id text PRIMARY KEY,
  source_id text NOT NULL,
  council text NOT NULL,
  name text NOT NULL,
  doc jsonb NOT NULL
);

CREATE TABLE actions (
  id text PRIMARY KEY,
  source_id text NOT NULL,
  plan_id text NOT NULL,
  ref text NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX actions_plan ON actions (plan_id);

CREATE TABLE indicators (
  id text PRIMARY KEY,
  source_id text NOT NULL,
  plan_id text,
  action_ref text,
  area text,
  name text NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX indicators_plan ON indicators (plan_id);

CREATE TABLE recommendations (
  id text PRIMARY KEY,
  source_id text NOT NULL,
  council text NOT NULL,
  doc jsonb NOT NULL
);

CREATE TABLE meetings (
  id text PRIMARY KEY,
  source_id text NOT NULL,
  council text NOT NULL,
  body text NOT NULL,
  date date NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX meetings_date ON meetings (date);

CREATE TABLE people (
  id text PRIMARY KEY,
  source_id text NOT NULL,
  name text NOT NULL,
  doc jsonb NOT NULL
);

CREATE TABLE glossary (
  term text NOT NULL,
  expansion text NOT NULL,
  source_id text NOT NULL,
  doc jsonb NOT NULL,
  PRIMARY KEY (term, expansion)
);

CREATE TABLE imports (
  id bigserial PRIMARY KEY,
  source_id text NOT NULL,
  file_name text NOT NULL,
  content_hash text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  report jsonb NOT NULL
);
CREATE INDEX imports_source ON imports (source_id);
`;
