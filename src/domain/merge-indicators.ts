import type { Comparator, Flag, Indicator, Measurement } from './model';
import { mergeRecord } from './merge-record';
import { tokens } from './similarity';

/** When a document was dated, by id: how a newer report is told from an older one. */
export type DocumentDates = (documentId: string) => string | undefined;

const figureKey = (m: Measurement) => `${m.value}|${m.raw}|${m.period ?? ''}`;
const comparatorKey = (c: Comparator) => `${c.kind}|${c.label}|${figureKey(c)}`;

/** A figure's date: the end of its period, else the date of the papers it was read from. */
export function figureDate(m: Measurement, dateOf: DocumentDates): string | undefined {
  return m.periodEnd ?? (m.source ? dateOf(m.source.documentId) : undefined);
}

/** Figures of both readings, one of each: the same figure printed again keeps the newer papers' reading. */
function union<T extends Measurement>(a: T[], b: T[], key: (m: T) => string, dateOf: DocumentDates): T[] {
  const byKey = new Map<string, T>();
  for (const m of [...a, ...b]) {
    const seen = byKey.get(key(m));
    const newer = !seen || (m.source && seen.source && (dateOf(m.source.documentId) ?? '') >= (dateOf(seen.source.documentId) ?? ''));
    if (newer) byKey.set(key(m), m);
  }
  return [...byKey.values()];
}

/**
 * One indicator read from two papers (same council, area and name): every figure of both is kept
 * with its own source, so the newest dated one is the latest and the others are its history. Two
 * readings that measure in different units are not one indicator: `undefined` says keep them apart.
 */
export function mergeIndicators(earlier: Indicator, later: Indicator, dateOf: DocumentDates): Indicator | undefined {
  if (earlier.unit && later.unit && earlier.unit !== later.unit) return undefined;
  const merged = mergeRecord(earlier, later);
  return {
    ...merged,
    values: union(earlier.values, later.values, figureKey, dateOf),
    targets: union(earlier.targets, later.targets, figureKey, dateOf),
    comparators: union(earlier.comparators, later.comparators, comparatorKey, dateOf),
  };
}

/** The documents an indicator's figures were read from. */
const documentsOf = (i: Indicator) => new Set([i.source.documentId, ...i.values.flatMap((v) => (v.source ? [v.source.documentId] : []))]);

/** Share of the shorter name's words the other name holds too (none unless at least three are shared). */
function overlap(a: string, b: string): number {
  const [x, y] = [new Set(tokens(a)), new Set(tokens(b))];
  const shared = [...x].filter((t) => y.has(t)).length;
  return shared < 3 ? 0 : shared / Math.min(x.size, y.size);
}

/** Least share of words two names must share for two measures in different papers to look like one. */
export const DOUBTFUL_MATCH = 0.5;

/**
 * Indicators in different papers, of one area and unit, whose names are alike but not the same: they
 * may be one measure, but that is not certain, so each is flagged naming the other and none is merged.
 */
export function flagDoubtfulMatches(indicators: Indicator[]): Indicator[] {
  const extra = new Map<string, Flag[]>();
  for (let i = 0; i < indicators.length; i++) {
    for (let j = i + 1; j < indicators.length; j++) {
      const [a, b] = [indicators[i]!, indicators[j]!];
      if (a.area !== b.area || (a.unit ?? '') !== (b.unit ?? '') || a.table || b.table) continue;
      const [da, db] = [documentsOf(a), documentsOf(b)];
      if ([...da].some((d) => db.has(d))) continue;
      if (overlap(a.name, b.name) < DOUBTFUL_MATCH) continue;
      for (const [self, other] of [[a, b], [b, a]] as const) {
        extra.set(self.id, [
          ...(extra.get(self.id) ?? []),
          {
            code: 'possible-same-indicator',
            severity: 'ambiguous',
            message: `"${self.name}" may be the same measure as "${other.name}" in other papers; the names differ, so they are kept apart, not merged.`,
            source: other.source,
          },
        ]);
      }
    }
  }
  return indicators.map((i) => (extra.has(i.id) ? { ...i, flags: [...i.flags, ...extra.get(i.id)!] } : i));
}
