import type { Indicator } from './model';

/**
 * Figures numbered as parts of one another in the same document and area: an inspection standard
 * ("2.1 Assessment", rated "Good") and its key questions ("2.1.1 Does assessment sufficiently
 * analyse...", 100%), or a plan's measure and its sub-measures. Pure: read from the figures' names.
 */

/**
 * A section number heading a figure's name ("2.1 Assessment", "HMIP 3.4.2 Does the YOT..."), two to four
 * levels: at the start, after an initialism, or after a dash or colon, and followed by the section's
 * words. A figure in a name ("Average caseload 2.1", "Hourly rate £10.50", "v2.1", "at 1.4.21") is none.
 */
const numbered = /(?:^|^[A-Z]{2,}\s+|[–:-]\s+)(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=[A-Za-z])/;

/** The section number a figure's name carries, if any. */
export function numberOf(name: string): string | undefined {
  return numbered.exec(name)?.[1];
}

/** Which figure each numbered one is part of, and the parts of each, in order. */
export interface NumberedFamily {
  wholeOf(indicator: Indicator): Indicator | undefined;
  partsOf(indicator: Indicator): Indicator[];
}

const keyOf = (indicator: Indicator, number: string) => `${indicator.source.documentId}|${indicator.area ?? ''}|${number}`;
const MAX_PARTS = 20;

/** The numbered figures among these, by document, area and number; a number two figures of one document and area carry relates nothing. */
export function numberedFamily(indicators: Iterable<Indicator>): NumberedFamily {
  const byKey = new Map<string, Indicator>();
  const twice = new Set<string>();
  for (const indicator of indicators) {
    const number = numberOf(indicator.name);
    if (!number) continue;
    const key = keyOf(indicator, number);
    if (byKey.has(key)) twice.add(key);
    byKey.set(key, indicator);
  }
  for (const key of twice) byKey.delete(key);
  return {
    wholeOf(indicator) {
      const up = numberOf(indicator.name)?.split('.').slice(0, -1).join('.');
      return up ? byKey.get(keyOf(indicator, up)) : undefined;
    },
    partsOf(indicator) {
      const number = numberOf(indicator.name);
      if (!number) return [];
      const out: Indicator[] = [];
      for (let n = 1; n <= MAX_PARTS; n++) {
        const key = keyOf(indicator, `${number}.${n}`);
        // A part numbered twice: which is meant is unknown, so the parts are not listed, rather than some of them.
        if (twice.has(key)) return [];
        const part = byKey.get(key);
        if (part) out.push(part);
        else if (n > 1) break;
      }
      return out;
    },
  };
}
