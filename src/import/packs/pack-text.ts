import { createHash } from 'node:crypto';
import { detectCouncil } from '../text/council';
import { readFrontSheet } from '../text/front-sheet';
import { layoutPages, pageOf, type PageLayout } from '../text/page-layout';
import { findReportHeaders } from '../text/report-headers';
import type { PackText } from './types';

/** A pack's text with what its structure tells about it; built once per pack and shared. */
export interface AnalysedPackText extends PackText {
  layout: PageLayout;
}

/** Stable document id: the first 16 hex digits of the SHA-256 of the pack's text. */
export function documentIdOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/**
 * Turns a pack file's text into the {@link PackText} every parser reads: 1-based lines, the
 * council it names, and the printed page of each line where the pack's structure makes it certain.
 */
export function buildPackText(fileName: string, text: string): PackText {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const documentId = documentIdOf(text);
  const council = detectCouncil(lines);
  const layout = layoutPages(documentId, lines, readFrontSheet(lines), findReportHeaders(lines));
  const pack: AnalysedPackText = {
    documentId,
    fileName,
    lines,
    ...(council ? { council } : {}),
    layout,
    pageOfLine: (line: number) => pageOf(layout, line),
  };
  return pack;
}
