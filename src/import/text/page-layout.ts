import type { Flag } from '../../domain/model';
import type { AgendaEntry } from './agenda-items';
import type { FrontSheet } from './front-sheet';
import { plainLine } from './plain';
import type { ReportHeader } from './report-headers';

/** A run of lines whose printed pages are known as a range (`from` = `to` when it is one page). */
export interface PageSpan {
  from: number;
  to: number;
  lineStart: number;
  lineEnd: number;
  /** The agenda item the lines belong to, when they are an item's report. */
  item?: string;
}

/** The pack's page structure: spans by range, and the lines whose page is certain. */
export interface PageLayout {
  spans: PageSpan[];
  certain: Map<number, number>;
  flags: Flag[];
}

const BLANK_PAGE = /^this page is intentionally left blank\.?$/i;
const STOP = new Set(['the', 'of', 'and', 'for', 'to', 'in', 'on', 'a', 'an', 'report', 'addendum', 'update']);

function words(text: string): Set<string> {
  return new Set(
    text.toLowerCase().replace(/['’]/g, '').split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** Dice similarity of the title words: how sure we are that a report is an agenda item's. */
export function titleSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return (2 * both) / (x.size + y.size);
}

function matches(item: AgendaEntry, header: ReportHeader): boolean {
  if (header.kind === 'minutes') return /\bminutes\b/i.test(item.title);
  return titleSimilarity(item.title, header.title) >= 0.6;
}

/**
 * Works out which lines sit on which printed pages. An agenda item's report starts on the item's
 * first page; a closing "This page is intentionally left blank" is its last page; an item of one
 * page is that page throughout. Nothing else is certain, so other lines only get a span's range.
 */
export function layoutPages(
  documentId: string,
  lines: readonly string[],
  front: FrontSheet | undefined,
  headers: readonly ReportHeader[],
): PageLayout {
  const flags: Flag[] = [];
  const certain = new Map<number, number>();
  const paged = (front?.agenda ?? []).filter((i) => i.pageFrom !== undefined && i.pageTo !== undefined);
  if (!front || paged.length === 0) return { spans: [], certain, flags };

  const starts: { item: AgendaEntry; header: ReportHeader }[] = [];
  let cursor = 0;
  for (const item of paged) {
    const k = headers.findIndex((h, i) => i >= cursor && h.line > front.agendaEnd && matches(item, h));
    if (k < 0) {
      flags.push({ code: 'agenda-item-not-found', severity: 'info', message: `Agenda item ${item.number} "${item.title}": its report has no header; its pages are merged with the item before`, source: { documentId, lineStart: item.line, lineEnd: item.line } });
      const prev = starts[starts.length - 1];
      if (prev) prev.item = { ...prev.item, pageTo: item.pageTo ?? prev.item.pageTo };
      continue;
    }
    const header = headers[k] as ReportHeader;
    starts.push({ item, header });
    cursor = k + 1;
  }

  for (let n = front.firstLine; n <= front.headerEnd; n++) certain.set(n, 1);
  if (starts.length === 0) return { spans: [], certain, flags };
  const spans: PageSpan[] = [];
  const firstStart = starts[0]?.header.line ?? 1;
  const firstPage = starts[0]?.item.pageFrom ?? 1;
  spans.push({ from: 1, to: Math.max(1, firstPage - 1), lineStart: 1, lineEnd: firstStart - 1 });

  starts.forEach(({ item, header }, i) => {
    const from = item.pageFrom as number;
    const to = item.pageTo as number;
    const lineStart = header.line;
    const lineEnd = (starts[i + 1]?.header.line ?? lines.length + 1) - 1;
    for (let n = header.line; n <= header.titleLine; n++) certain.set(n, from);
    let last = lineEnd;
    while (last > lineStart && plainLine(lines[last - 1] ?? '') === '') last--;
    if (to > from && BLANK_PAGE.test(plainLine(lines[last - 1] ?? ''))) {
      spans.push({ from, to: to - 1, lineStart, lineEnd: last - 1, item: item.number });
      spans.push({ from: to, to, lineStart: last, lineEnd, item: item.number });
      certain.set(last, to);
    } else {
      spans.push({ from, to, lineStart, lineEnd, item: item.number });
    }
  });
  return { spans, certain, flags };
}

/** The printed page of a line, when the layout makes it certain. */
export function pageOf(layout: PageLayout, line: number): number | undefined {
  const known = layout.certain.get(line);
  if (known !== undefined) return known;
  const span = layout.spans.find((s) => line >= s.lineStart && line <= s.lineEnd);
  return span && span.from === span.to ? span.from : undefined;
}
