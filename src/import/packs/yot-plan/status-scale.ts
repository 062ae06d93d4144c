import type { Flag, StatusLevel, StatusScale } from '../../../domain/model';
import { slugify } from '../../../domain/ids';
import { cleanCell } from '../../text/ocr';
import type { PackText } from '../types';

/** Red, amber, green, blue: the usual progress colours, worst first. Configurable per import. */
export const DEFAULT_PROGRESS_COLOURS: readonly string[] = ['#C00000', '#FFC000', '#92D050', '#0070C0'];

/** The plan's key as printed: a "RAG rating:" line and one "<symbol> = <label>" line per level. */
export interface ScaleKey {
  name: string;
  line: number;
  levels: { symbol: string; label: string; line: number }[];
}

const KEY_TITLE = /^(?:RAG(?: rating| status)?|Status key|Key)\s*:?$/i;
const KEY_LEVEL = /^[-•*]?\s*(\S{0,3})\s*=\s*(.+)$/;

/** Finds the key between two lines (inclusive): its title and at least two levels. */
export function findScaleKey(pack: PackText, from: number, to: number): ScaleKey | undefined {
  for (let n = Math.max(1, from); n <= Math.min(to, pack.lines.length); n++) {
    const title = cleanCell(pack.lines[n - 1] ?? '');
    if (!KEY_TITLE.test(title)) continue;
    const levels: ScaleKey['levels'] = [];
    for (let m = n + 1; m <= pack.lines.length; m++) {
      const text = cleanCell(pack.lines[m - 1] ?? '');
      if (text === '') {
        if (levels.length > 0) break;
        continue;
      }
      const level = KEY_LEVEL.exec(text);
      if (!level) break;
      levels.push({ symbol: level[1] ?? '', label: (level[2] ?? '').trim(), line: m });
    }
    if (levels.length >= 2) return { name: title.replace(/:$/, ''), line: n, levels };
  }
  return undefined;
}

/**
 * Builds the plan's scale from its key, in the key's order, worst first (a key that lists the
 * complete level first is read the other way round). The label is the only meaning the key gives.
 * When the key's symbols were images and are lost, colours come from `colours` and a flag says so.
 */
export function scaleFromKey(
  pack: PackText,
  key: ScaleKey,
  scaleId: string,
  colours: readonly string[],
): { scale: StatusScale; flags: Flag[] } {
  const bestFirst = /complete/i.test(key.levels[0]?.label ?? '');
  const ordered = bestFirst ? [...key.levels].reverse() : key.levels;
  const symbolsLost = key.levels.every((l) => l.symbol === '');
  const levels: StatusLevel[] = ordered.map((l, rank) => ({
    code: l.symbol !== '' ? l.symbol : slugify(l.label),
    label: l.label,
    meaning: l.label,
    colour: colours[rank] ?? DEFAULT_PROGRESS_COLOURS[rank] ?? '#808080',
    rank,
    ...(/^complete/i.test(l.label) ? { complete: true } : {}),
  }));
  const flags: Flag[] = [];
  if (symbolsLost) {
    const lines = key.levels.map((l) => l.line);
    flags.push({
      code: 'status-colours-lost',
      severity: 'info',
      message:
        "The key's coloured symbols were images and are missing from the text; the colours are " +
        'configured defaults (worst to best), not read from the source.',
      raw: key.levels.map((l) => `= ${l.label}`).join('; '),
      source: {
        documentId: pack.documentId,
        page: pack.pageOfLine(key.line),
        lineStart: key.line,
        lineEnd: Math.max(...lines),
      },
    });
  }
  return { scale: { id: scaleId, name: key.name, levels }, flags };
}
