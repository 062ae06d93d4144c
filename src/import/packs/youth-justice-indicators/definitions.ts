import type { SourceRef } from '../../../domain/model';
import { cleanCell } from '../../text/ocr';
import type { PackText } from '../types';
import { familyOf, type MeasureKey } from './measures';

/** What each national measure is, as the plan's outcome measures table defines it. */
export type Definitions = Map<MeasureKey, { text: string; source: SourceRef; aliases: string[] }>;

/** "(i) The average number ... (ii) The proportion ...": the numbered parts of a cell. */
function numberedParts(text: string): string[] {
  const parts = text.split(/\s*\((?:i|ii|iii|iv)\)\s*/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 ? parts : [text];
}

/** The re-offending measure a definition describes: a count per re-offender, or a share. */
function reoffendingMeasure(text: string): MeasureKey | undefined {
  if (/\bper re-?offender\b|\baverage number\b/i.test(text)) return 'reoffending-frequency';
  if (/\bproportion\b|%/i.test(text)) return 'reoffending-binary';
  return undefined;
}

/**
 * The table that names each national outcome measure and its performance indicator ("Outcome
 * Measure | Performance Indicator | Risk | Key Mitigating Actions"): one definition per measure,
 * with the line it is on. A pack without that header gives none.
 */
export function readDefinitions(pack: PackText): Definitions {
  const out: Definitions = new Map();
  const header = pack.lines.findIndex((l) => /^outcome measures?\tperformance indicator\b/i.test(cleanCell(l.split('\t')[0] ?? '') + '\t' + cleanCell(l.split('\t')[1] ?? '')));
  if (header < 0) return out;
  const columns = (pack.lines[header] ?? '').split('\t').slice(0, 2).map((c) => cleanCell(c).toLowerCase());
  for (let n = header + 2; n <= pack.lines.length; n++) {
    const line = pack.lines[n - 1] ?? '';
    if (!line.includes('\t')) break;
    const [measure = '', indicator = ''] = line.split('\t').map(cleanCell);
    const family = familyOf(measure);
    if (!family || !indicator) continue;
    const source: SourceRef = { documentId: pack.documentId, page: pack.pageOfLine(n), lineStart: n, lineEnd: n };
    // The measure as the table calls it: "Re-Offending outcome measure", "Custody performance indicator".
    const aliases = columns.map((c) => `${measure} ${c}`);
    if (family === 'reoffending') {
      for (const part of numberedParts(indicator)) {
        const key = reoffendingMeasure(part);
        if (key) out.set(key, { text: part, source, aliases });
      }
    } else out.set(family === 'fte' ? 'fte-rate' : 'custody', { text: indicator, source, aliases });
  }
  return out;
}
