import type { SourceDocument } from './model';

/** What an import leaves behind: the catalogue's counts, each imported file, documents without their pages. */

export interface CatalogueCounts {
  plans: number;
  actions: number;
  indicators: number;
  meetings: number;
  recommendations: number;
  documents: number;
  /** Rows of risk registers and reports' risk tables (added after the six above). */
  risks: number;
  /** Reports (papers) read from the packs (added after the six above). */
  reports: number;
}

/** One imported file: what it was and what the import found. */
export interface ImportRecord {
  sourceId: string;
  fileName: string;
  contentHash: string;
  report: Record<string, unknown>;
}

/** A document without its page text (which can be large): for lists and citations. */
export type DocumentSummary = Omit<SourceDocument, 'pages'> & { pageCount: number };
