import { isAllCaps, plainLine, titleCase } from '../../text/plain';

/** Small words a long form may hold without a letter in the abbreviation ("Head of Service" = HoS). */
const CONNECTORS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', '&', 'with', 'a', 'at', 'by']);

/** One "Long Form (ABBR)" found in a line. */
export interface AbbreviationHit {
  term: string;
  expansion: string;
  line: number;
}

/**
 * Matches the abbreviation's letters to the initials of the words just before it, from the end.
 * Every letter must be a word's initial (connectors may be skipped or may carry a lower-case
 * letter, as in "HoS"), so "Independent Reviewing Officers (IRO)" matches and a loose guess does not.
 */
export function longFormFor(abbr: string, before: string): string | undefined {
  const letters = /[A-Z].*[A-Z]s$/.test(abbr) ? abbr.slice(0, -1) : abbr;
  if ((letters.match(/[A-Z]/g) ?? []).length < 2 || !/^[A-Za-z&]+$/.test(letters)) return undefined;
  const chars = [...letters].filter((c) => c !== '&');
  const words = before.trimEnd().split(/\s+/).flatMap((w) => w.split('-')).filter(Boolean);
  const taken: string[] = [];
  let k = chars.length - 1;
  for (let i = words.length - 1; i >= 0 && k >= 0; i--) {
    const word = (words[i] ?? '').replace(/^[^\p{L}&]+|[^\p{L}]+$/gu, '');
    if (!word) return undefined;
    const initial = word.charAt(0).toLowerCase();
    if (initial === (chars[k] ?? '').toLowerCase()) {
      k--;
      taken.unshift(word);
    } else if (CONNECTORS.has(word.toLowerCase())) {
      taken.unshift(word);
    } else return undefined;
  }
  if (k >= 0) return undefined;
  const first = taken[0] ?? '';
  if (first.charAt(0) !== first.charAt(0).toUpperCase() && taken.some((w) => /^\p{Lu}/u.test(w))) return undefined;
  return rebuild(before, taken.length);
}

/** The long form as written (hyphens kept), i.e. the tail of `before` holding the matched words. */
function rebuild(before: string, wordCount: number): string {
  const tokens = before.trimEnd().split(/\s+/);
  let parts = 0;
  let i = tokens.length;
  while (i > 0 && parts < wordCount) {
    i--;
    parts += (tokens[i] ?? '').split('-').filter(Boolean).length;
  }
  const text = tokens.slice(i).join(' ').replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}\p{N})]+$/u, '');
  return isAllCaps(text) ? titleCase(text) : text;
}

/** Every "Long Form (ABBR)" in the lines from..to whose letters are the long form's initials. */
export function findAbbreviations(lines: readonly string[], from: number, to: number): AbbreviationHit[] {
  const out: AbbreviationHit[] = [];
  for (let n = from; n <= to; n++) {
    const text = plainLine(lines[n - 1] ?? '');
    for (const m of text.matchAll(/\(([A-Z][A-Za-z&]{1,9})\)/g)) {
      const term = m[1] ?? '';
      const expansion = longFormFor(term, text.slice(0, m.index));
      if (expansion) out.push({ term, expansion, line: n });
    }
  }
  return out;
}
