import { slugify } from '../../domain/ids';
import { detectCouncil } from '../text/council';
import { readFrontSheet } from '../text/front-sheet';
import { layoutPages, pageOf, type PageLayout } from '../text/page-layout';
import { findReportHeaders } from '../text/report-headers';
import type { PackText } from './types';

/** A pack's text with what its structure tells about it; built once per pack and shared. */
export interface AnalysedPackText extends PackText {
  layout: PageLayout;
}

/**
 * Stable document id from the pack's file name ("004_7add.txt" -> "pack:004-7add"), so importing a
 * corrected copy of the same pack replaces what the earlier copy gave.
 */
export function documentIdOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return `pack:${slugify(base) || 'unnamed'}`;
}

/**
 * Turns a pack file's text into the {@link PackText} every parser reads: 1-based lines, the
 * council it names, and the printed page of each line where the pack's structure makes it certain.
 */
export function buildPackText(fileName: string, text: string): PackText {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const documentId = documentIdOf(fileName);
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
