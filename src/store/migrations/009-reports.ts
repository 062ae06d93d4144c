/**
 * The reports (papers) of each agenda pack as records of their own: title, meeting, the people their
 * header names, summary, recommendations and pages. Replaced with their pack, like the other records.
 */
export const reports = `
CREATE TABLE reports (
  id text PRIMARY KEY,
  source_id text NOT NULL,
  council text NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX reports_source ON reports (source_id)
`;
