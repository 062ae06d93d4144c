import { meetingId, slugify } from '../../../domain/ids';
import type { Report, ReportPerson, ReportPersonRole } from '../../../domain/model';
import { splitNameRole } from '../../text/contact';
import { plainLine } from '../../text/plain';
import { findReportHeaders, type ReportHeader } from '../../text/report-headers';
import { readReportHeaderBlocks } from '../people/report-headers';
import type { PackParser, PackText } from '../types';
import type { AnalysedPackText } from '../pack-text';
import { readFrontSheet } from '../../text/front-sheet';
import { layoutPages } from '../../text/page-layout';
import { readContents } from './contents';
import { readReportContacts } from './report-contacts';
import { readFramework, readPurpose, readRecommendations } from './report-sections';

/** Where a report's header (title, people) ends at the latest: its summary or purpose comes first. */
const HEADER_END = /^(summary|purpose\b|classification|decision type|\d+\.?\s)/i;
/** What closes a report's own text: what follows is contact details and appendices. */
const BODY_END = /^(lead officer contact|background papers|appendices)\b/i;

/** A report's id: its council, meeting and title. */
export function reportId(council: string, body: string, date: string, title: string): string {
  return `${slugify(council)}/report/${slugify(body)}/${date}/${slugify(title)}`;
}

/**
 * One {@link Report} per report header in the pack (not minutes): the meeting it goes to, the people
 * its header names with their part, its summary, its recommendations, its pages and the headings a
 * contents table in it gives with their pages. A report runs to the next header.
 */
export const parseReports: PackParser = (pack) => {
  const headers = findReportHeaders(pack.lines);
  const blocks = readReportHeaderBlocks(pack.lines);
  const reports: Report[] = [];
  headers.forEach((header, i) => {
    if (header.kind === 'minutes') return;
    const end = (headers[i + 1]?.line ?? pack.lines.length + 1) - 1;
    reports.push(readReport(pack, header, end, blocks));
  });
  return { reports };
};

function readReport(pack: PackText, header: ReportHeader, end: number, blocks: ReturnType<typeof readReportHeaderBlocks>): Report {
  const council = pack.council ?? 'unknown';
  const plain = (n: number) => plainLine(pack.lines[n - 1] ?? '');
  const headerEnd = firstLine(header.titleLine + 1, Math.min(end, header.titleLine + 20), (n) => HEADER_END.test(plain(n))) ?? Math.min(end, header.titleLine + 12);
  const bodyEnd = (firstLine(header.titleLine + 1, end, (n) => BODY_END.test(plain(n))) ?? end + 1) - 1;
  const people = [
    ...blocks.filter((b) => b.line > header.titleLine && b.line < headerEnd).flatMap((b) => rolesOf(b.label).flatMap((as) => b.people.map((p) => person(p, as)))),
    ...reportBy(pack, header.titleLine, headerEnd),
  ];
  const { from, to } = pagesOf(pack, header.line, end);
  const purpose = readPurpose(pack, headerEnd, bodyEnd);
  const contacts = readReportContacts(pack, header.titleLine + 1, end);
  const framework = readFramework(pack, headerEnd, bodyEnd);
  return {
    id: reportId(council, header.body, header.date, header.title),
    council,
    title: header.title,
    body: header.body,
    date: header.date,
    ...(pack.council ? { meetingId: meetingId(pack.council, header.body, header.date) } : {}),
    people,
    ...(purpose ? { purpose } : {}),
    recommendations: readRecommendations(pack, headerEnd, bodyEnd),
    ...(from !== undefined ? { pages: { from, to: to !== undefined && to >= from ? to : from } } : {}),
    sections: readContents(pack, header.titleLine + 1, end),
    ...(contacts.length > 0 ? { contacts } : {}),
    ...(framework.length > 0 ? { framework } : {}),
    source: { documentId: pack.documentId, lineStart: header.line, lineEnd: end, ...(from !== undefined ? { page: from } : {}) },
  };
}

/**
 * The printed pages a report sits on: its agenda item's range where the pack's layout gives one,
 * else the pages its first and last lines are known to be on.
 */
function pagesOf(pack: PackText, line: number, end: number): { from?: number; to?: number } {
  const layout = (pack as Partial<AnalysedPackText>).layout ?? layoutPages(pack.documentId, pack.lines, readFrontSheet(pack.lines), findReportHeaders(pack.lines));
  const at = layout.spans.find((s) => s.lineStart <= line && line <= s.lineEnd);
  if (at?.item !== undefined) {
    const item = layout.spans.filter((s) => s.item === at.item);
    return { from: Math.min(...item.map((s) => s.from)), to: Math.max(...item.map((s) => s.to)) };
  }
  return { from: pack.pageOfLine(line), to: pack.pageOfLine(end) };
}

function firstLine(from: number, to: number, test: (n: number) => boolean): number | undefined {
  for (let n = from; n <= to; n++) if (test(n)) return n;
  return undefined;
}

/** The parts a header label gives: "Report from/ Author" is both. */
function rolesOf(label: string): ReportPersonRole[] {
  const text = label.toLowerCase();
  const out: ReportPersonRole[] = [];
  if (/portfolio|lead member/.test(text)) out.push('portfolio-holder');
  if (/report from/.test(text)) out.push('report-from');
  if (/author/.test(text)) out.push('author');
  return out;
}

function person(p: { name: string; role?: string; line: number }, as: ReportPersonRole): ReportPerson {
  return { name: p.name, ...(p.role ? { role: p.role } : {}), as, line: p.line };
}

/** Herefordshire's "Report by: Senior Commissioning Officer" row: a name, or a job title alone. */
function reportBy(pack: PackText, titleLine: number, headerEnd: number): ReportPerson[] {
  for (let n = titleLine; n < Math.min(headerEnd, titleLine + 4); n++) {
    const m = /^Report by\s*:\s*(.+)$/i.exec(plainLine(pack.lines[n - 1] ?? ''));
    if (!m) continue;
    const text = (m[1] ?? '').trim();
    const who = splitNameRole(text);
    return [who ? { ...person({ ...who, line: n }, 'author') } : { name: text, as: 'author', line: n }];
  }
  return [];
}
