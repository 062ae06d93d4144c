import { recommendationId } from '../../../domain/ids';
import type { Flag, Recommendation, SourceRef } from '../../../domain/model';
import { cleanCell } from '../../text/ocr';
import { plainLine } from '../../text/plain';
import { isHeaderRow } from '../../text/tsv';
import type { PackParser, PackText } from '../types';

interface TrackerItem {
  meeting: string;
  item: string;
  recommendations: string;
  actions: string;
  status: string;
  line: number;
  lastLine: number;
}

const TITLE = /^Schedule of (.+?) recommendations\b/i;
const HEADER_WORDS = ['meeting', 'item', 'recommendation', 'action', 'status'];
const INTRO = /^(?:RESOLVED:?\s*)?That:?$/i;

/** A cell's paragraphs and list items, in order; a piece that starts in lower case continues the one before. */
function pieces(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/<\/?(?:p|li|ul|ol)\b[^>]*>/i)) {
    const text = cleanCell(part).replace(/^[•\-–]\s*/, '');
    if (text === '' || INTRO.test(text)) continue;
    if (/^[a-z]/.test(text) && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${text}`;
    else out.push(text);
  }
  return out;
}

const years = (text: string): number[] => [...text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));

function ref(pack: PackText, lineStart: number, lineEnd = lineStart): SourceRef {
  return { documentId: pack.documentId, page: pack.pageOfLine(lineStart), lineStart, lineEnd };
}

/** Where the tracker table starts: its header row (Meeting | item | Recommendations | Action | Status). */
function findHeader(pack: PackText): { line: number; columns: number[]; committee?: string } | undefined {
  let committee: string | undefined;
  for (let n = 1; n <= pack.lines.length; n++) {
    const raw = pack.lines[n - 1] ?? '';
    if (!raw.includes('\t')) {
      const m = TITLE.exec(plainLine(raw));
      if (m) committee = m[1];
      continue;
    }
    const cells = raw.split('\t').map(cleanCell);
    if (cells.every((c) => c.length <= 30) && isHeaderRow(cells, HEADER_WORDS)) {
      const columns = HEADER_WORDS.map((w) => cells.findIndex((c) => c.toLowerCase().startsWith(w)));
      return { line: n, columns, ...(committee ? { committee } : {}) };
    }
  }
  return undefined;
}

/**
 * Reads a scrutiny committee's recommendation tracker ("Schedule of … recommendations made and
 * actions in response": Meeting | item | Recommendations | Action | Status): one Recommendation per
 * resolution, with the item's recorded actions and status as its progress. Returns {} when the pack
 * has no tracker.
 */
export const parseRecommendationTracker: PackParser = (pack) => {
  const header = findHeader(pack);
  if (!header) return {};
  const [cMeeting, cItem, cRecs, cActions, cStatus] = header.columns;
  const cell = (cells: string[], i: number | undefined): string => (i === undefined || i < 0 ? '' : cells[i] ?? '');
  const items: TrackerItem[] = [];
  const stray: { line: number; text: string }[] = [];
  for (let n = header.line + 1; n <= pack.lines.length; n++) {
    const raw = pack.lines[n - 1] ?? '';
    if (/^(?:#+\s|\*\*)/.test(raw)) break;
    if (!raw.includes('\t')) {
      const text = plainLine(raw);
      if (text !== '') stray.push({ line: n, text });
      continue;
    }
    const cells = raw.split('\t');
    const item = cleanCell(cell(cells, cItem));
    const meeting = cleanCell(cell(cells, cMeeting));
    const last = items[items.length - 1];
    if (item === '' && meeting === '' && last) {
      last.recommendations += ` ${cell(cells, cRecs)}`;
      last.actions += ` ${cell(cells, cActions)}`;
      last.status += ` ${cell(cells, cStatus)}`;
      last.lastLine = n;
      continue;
    }
    items.push({
      meeting: meeting || last?.meeting || '',
      item,
      recommendations: cell(cells, cRecs),
      actions: cell(cells, cActions),
      status: cell(cells, cStatus),
      line: n,
      lastLine: n,
    });
  }
  const council = pack.council ?? 'Unknown';
  const committee = header.committee ?? 'Scrutiny committee';
  const recommendations: Recommendation[] = [];
  for (const item of items) {
    const body = `${committee}, ${item.meeting}: ${item.item}`;
    const actions = pieces(item.actions);
    const status = cleanCell(item.status);
    const progress = [actions.join(' '), status ? `Status: ${status}` : ''].filter(Boolean).join(' ');
    const flags: Flag[] = [];
    const meetingYear = years(item.meeting)[0];
    const itemYear = Math.min(...years(item.item));
    if (meetingYear !== undefined && Number.isFinite(itemYear) && itemYear > meetingYear) {
      flags.push({
        code: 'tracker-date-inconsistent',
        severity: 'ambiguous',
        message: `The tracker dates the meeting "${item.meeting}", before the period its item covers ("${item.item}"); the date may be wrong.`,
        raw: item.meeting,
        source: ref(pack, item.line),
      });
    }
    const texts = pieces(item.recommendations);
    const all = `${texts.join(' ')} ${actions.join(' ')}`.replace(/\s+/g, ' ');
    for (const s of stray.filter((s) => s.line > item.line && s.line < (items[items.indexOf(item) + 1]?.line ?? Infinity))) {
      if (!all.includes(s.text.replace(/\s+/g, ' '))) {
        flags.push({ code: 'tracker-text-outside-table', severity: 'ambiguous', message: 'Text printed outside the tracker table and not found in it.', raw: s.text, source: ref(pack, s.line) });
      }
    }
    texts.forEach((text, i) => {
      const number = String(i + 1);
      recommendations.push({
        id: recommendationId(council, body, number),
        council,
        kind: 'scrutiny',
        body,
        number,
        text,
        ...(progress ? { progress } : {}),
        actionRefs: [],
        source: ref(pack, item.line, item.lastLine),
        flags: [...flags],
      });
    });
  }
  return recommendations.length === 0 ? {} : { recommendations };
};
