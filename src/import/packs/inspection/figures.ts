import type { Comparator, Indicator, Measurement, SourceRef } from '../../../domain/model';
import { indicatorId } from '../../../domain/ids';
import type { PackText } from '../types';

/** A table cell that is one certain figure: "226", "35.9%", "£655,327", "52 (71.2%)". */
export interface Figure {
  value: number;
  kind: 'number' | 'percent' | 'money';
  raw: string;
}

const FIGURE = /^(£)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%)?(?:\s*\(\d+(?:\.\d+)?%\))?$/;

/** Reads a cell holding exactly one figure; anything else (words, two figures) gives undefined. */
export function parseFigure(text: string): Figure | undefined {
  const m = FIGURE.exec(text.trim());
  if (!m) return undefined;
  const value = Number(`${(m[2] ?? '').replace(/,/g, '')}${m[3] ?? ''}`);
  if (!Number.isFinite(value)) return undefined;
  const kind = m[1] ? 'money' : m[4] ? 'percent' : 'number';
  return { value, kind, raw: text.trim() };
}

/** The unit a figure and its label state; "count" when they state none. */
export function unitOf(figure: Figure, label: string): string {
  if (figure.kind === 'percent') return '%';
  if (figure.kind === 'money') return '£';
  const per = /\bper ([\d,]+)/i.exec(label);
  if (per) return `per ${per[1]}`;
  if (/\bdays\b/i.test(label)) return 'days';
  if (/full-time equivalent|\bFTE\b/i.test(label)) return 'FTE';
  return 'count';
}

/** A source reference to one line of the pack. */
export function lineSource(pack: PackText, line: number): SourceRef {
  return { documentId: pack.documentId, page: pack.pageOfLine(line), lineStart: line, lineEnd: line };
}

/** The parts of an indicator a report table gives. */
export interface IndicatorDraft {
  name: string;
  aliases?: string[];
  unit: string;
  area: string;
  value: Measurement;
  comparators?: Comparator[];
  line: number;
}

/** An indicator with one value read from an inspection report table; polarity is not stated there. */
export function indicatorOf(pack: PackText, draft: IndicatorDraft): Indicator {
  const council = pack.council ?? draft.area;
  return {
    id: indicatorId(council, draft.area, draft.name),
    name: draft.name,
    aliases: draft.aliases ?? [],
    unit: draft.unit,
    polarity: 'unknown',
    area: draft.area,
    council,
    values: [draft.value],
    targets: [],
    comparators: draft.comparators ?? [],
    source: lineSource(pack, draft.line),
    flags: [],
  };
}
