/**
 * Narrow PDF columns made the OCR break words ("Safeguard ing", "Workforc e", "in- house"), and
 * rows continued over a page break split a word between two cells ("Commissi" + "oning").
 */

/** How often each lower-case word occurs anywhere in the pack. */
export type Vocabulary = ReadonlyMap<string, number>;

/** Counts the words of the whole pack, so a split is only joined into a word the pack itself uses. */
export function buildVocabulary(lines: readonly string[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const word of line.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

const count = (vocab: Vocabulary, word: string) => vocab.get(word.toLowerCase()) ?? 0;

/**
 * Joins `pieces` when the joined word occurs in the pack at least as often as its rarest piece:
 * "Workforc"+"e" (the pack has "workforce" 20 times) is joined, "front"+"line" is not.
 */
function joinable(pieces: string[], vocab: Vocabulary): boolean {
  if (!pieces.every((p, i) => (i === 0 ? /^[A-Za-z]+$/ : /^[a-z]+$/).test(p))) return false;
  const joined = count(vocab, pieces.join(''));
  return joined > 0 && Math.min(...pieces.map((p) => count(vocab, p))) <= joined;
}

/** Repairs the word splits in one cell; `joined` lists each repair as "Safeguard ing -> Safeguarding". */
export function joinWordSplits(text: string, vocab: Vocabulary): { text: string; joined: string[] } {
  const joined: string[] = [];
  let out = text.replace(/(\p{L}+)- (\p{Ll}+)/gu, (all, a: string, b: string) => {
    joined.push(`${all} -> ${a}-${b}`);
    return `${a}-${b}`;
  });
  const tokens = out.split(' ');
  const result: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let done = false;
    for (const size of [3, 2]) {
      const group = tokens.slice(i, i + size);
      if (group.length < size) continue;
      const lead = /^([^A-Za-z]*)([A-Za-z]+)$/.exec(group[0]);
      const tail = /^([a-z]+)([^A-Za-z]*)$/.exec(group[size - 1]);
      if (!lead || !tail) continue;
      const pieces = [lead[2], ...group.slice(1, -1), tail[1]];
      if (!joinable(pieces, vocab)) continue;
      result.push(lead[1] + pieces.join('') + tail[2]);
      joined.push(`${group.join(' ')} -> ${pieces.join('')}`);
      i += size - 1;
      done = true;
      break;
    }
    if (!done) result.push(tokens[i]);
  }
  out = result.join(' ');
  return { text: out, joined };
}
