/**
 * Rows of risk registers and reports' risk tables, kept like recommendations: the record as a JSON
 * document, with the source it came from (an import replaces its sources' rows) and the council.
 */
export const risks = `
CREATE TABLE risks (
  id text PRIMARY KEY,
  source_id text NOT NULL,
  council text,
  doc jsonb NOT NULL
);
CREATE INDEX risks_source ON risks (source_id)
`;
