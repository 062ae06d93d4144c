import type { DocumentPage, Flag, SourceDocument } from '../../../domain/model';
import { meetingId } from '../../../domain/ids';
import { readFrontSheet } from '../../text/front-sheet';
import { layoutPages } from '../../text/page-layout';
import { findReportHeaders } from '../../text/report-headers';
import type { PackParser, PackText } from '../types';

function pageText(pack: PackText, from: number, to: number): string {
  return pack.lines.slice(from - 1, to).join('\n');
}

/**
 * One {@link SourceDocument} per pack: its title, council, date, the meeting it was published for,
 * and its pages as the pack's structure shows them (a page range per agenda item where single pages
 * cannot be told apart; the whole text as page 1, flagged, when the pack shows no page structure).
 */
export const parseDocuments: PackParser = (pack) => {
  const flags: Flag[] = [];
  const council = pack.council ?? 'unknown';
  const front = readFrontSheet(pack.lines);
  const headers = findReportHeaders(pack.lines);
  const layout = layoutPages(pack.documentId, pack.lines, front, headers);
  flags.push(...layout.flags);

  const pages: DocumentPage[] = layout.spans
    .filter((s) => s.lineEnd >= s.lineStart)
    .map((s) => ({
      number: s.from,
      ...(s.to !== s.from ? { numberTo: s.to } : {}),
      lineStart: s.lineStart,
      lineEnd: s.lineEnd,
      text: pageText(pack, s.lineStart, s.lineEnd),
    }));
  if (pages.length === 0) {
    pages.push({ number: 1, lineStart: 1, lineEnd: pack.lines.length, text: pack.lines.join('\n') });
    flags.push({
      code: 'pages-unknown',
      severity: 'info',
      message: `${pack.fileName}: no agenda page ranges; the whole text is filed as page 1`,
      source: { documentId: pack.documentId, lineStart: 1, lineEnd: pack.lines.length },
    });
  }

  const firstReport = headers[0];
  const meeting = front ?? firstReport;
  const title = front?.title ?? (firstReport ? `${firstReport.body}, ${firstReport.title}` : firstLine(pack));
  const date = front?.published ?? meeting?.date;
  const document: SourceDocument = {
    id: pack.documentId,
    council,
    title,
    fileName: pack.fileName,
    ...(meeting && pack.council ? { meetingId: meetingId(pack.council, meeting.body, meeting.date) } : {}),
    ...(date ? { date } : {}),
    pages,
  };
  return { documents: [document], flags };
};

function firstLine(pack: PackText): string {
  return pack.lines.find((l) => l.trim() !== '')?.trim() ?? pack.fileName;
}
