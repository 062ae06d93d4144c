/**
 * An agenda item's pages filed as one entry keep their last printed page too (e.g. pages 23-98); and
 * a page is known by its number as well as its first line (a workbook's sheets all start at row 1).
 */
export const pageRanges = `
ALTER TABLE document_pages ADD COLUMN number_to integer;
ALTER TABLE document_pages DROP CONSTRAINT document_pages_pkey;
ALTER TABLE document_pages ADD PRIMARY KEY (document_id, number, line_start)
`;
