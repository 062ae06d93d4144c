import type { PackText } from '../types';

const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', '&']);

function initials(words: string[], skipSmall: boolean): string {
  return words
    .filter((w) => !(skipSmall && SMALL.has(w.toLowerCase())))
    .map((w) => w.charAt(0))
    .join('')
    .toLowerCase();
}

/**
 * The acronyms a pack defines in the usual way, "Youth Justice Partnership Board (YJPB)": the words
 * before the brackets whose initials spell it. Maps the long form (lower case) to the acronym.
 */
export function acronymsIn(pack: PackText): Map<string, string> {
  const found = new Map<string, string>();
  for (const raw of pack.lines) {
    if (!raw.includes('(')) continue;
    const line = raw.replace(/\*\*|<[^>]+>/g, '');
    for (const m of line.matchAll(/\(([A-Za-z]{2,8})\)/g)) {
      const acronym = m[1] ?? '';
      const before = line.slice(Math.max(0, (m.index ?? 0) - 150), m.index).trim();
      const words = before.split(/[\s-]+/).filter((w) => /^[A-Za-z'’&]+$/.test(w));
      for (const skipSmall of [false, true]) {
        for (let k = acronym.length; k <= Math.min(words.length, acronym.length + 2); k++) {
          const tail = words.slice(-k);
          if (initials(tail, skipSmall) !== acronym.toLowerCase()) continue;
          const long = tail.join(' ').toLowerCase();
          if (!found.has(long)) found.set(long, acronym);
        }
      }
    }
  }
  return found;
}

/** Replaces every long form the pack defines with its acronym ("Youth Offending Team" -> "YOT"). */
export function abbreviate(text: string, acronyms: Map<string, string>): string {
  let out = text;
  for (const [long, short] of [...acronyms].sort((a, b) => b[0].length - a[0].length)) {
    const escaped = long.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`\\b${escaped}\\b`, 'gi'), short);
  }
  return out;
}
