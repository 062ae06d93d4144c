import { pick } from './stable-hash';

/**
 * One slip of the finger in one word, as a member types on a phone or in a hurry.
 *
 * @remarks
 * Only a word of five letters or more, made of letters alone, is touched: a ref ("1.9", "2A", "S47"),
 * a number, a date ("june", "2023") or an acronym as typed ("HMIP", "DfE") is what a member copies
 * from the papers, and a typo there changes what is asked, not how. The first letter is kept: people
 * rarely miss it, and the slip is more realistic inside the word.
 */
const keyRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys either side of a letter on a UK QWERTY keyboard. */
const neighbours = new Map<string, string>(
  keyRows.flatMap((row) => [...row].map((key, i): [string, string] => [key, `${row[i - 1] ?? ''}${row[i + 1] ?? ''}`])),
);

const dateWords = new Set(
  [
    'january february march april may june july august september october november december',
    'monday tuesday wednesday thursday friday saturday sunday',
  ]
    .join(' ')
    .split(' '),
);

/** Words of a question with where they start: letters and digits, kept whole across "1.9", "o'clock", "19th-21st". */
const wordPattern = /[\p{L}\p{N}]+(?:['’./-][\p{L}\p{N}]+)*/gu;

/** A word a typo may go in: letters only, five or more, not an acronym as typed, not a month or day. */
export const isTypoable = (word: string): boolean =>
  /^\p{L}{5,}$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) < 2 && !dateWords.has(word.toLowerCase());

export const typoKinds = ['drop', 'double', 'swap', 'neighbour'] as const;
export type TypoKind = (typeof typoKinds)[number];

function slip(word: string, kind: TypoKind, at: number, hash: number): string {
  const c = word[at]!;
  switch (kind) {
    case 'drop':
      return word.slice(0, at) + word.slice(at + 1);
    case 'double':
      return word.slice(0, at) + c + word.slice(at);
    case 'swap':
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + c + word.slice(at + 2) : word;
    case 'neighbour': {
      const keys = neighbours.get(c.toLowerCase()) ?? '';
      if (!keys) return word;
      const key = keys[pick(hash, 'key', keys.length)]!;
      return word.slice(0, at) + (c === c.toLowerCase() ? key : key.toUpperCase()) + word.slice(at + 1);
    }
  }
}

/** One typo in one word (kind and place drawn from the hash), or the word itself when every kind leaves it unchanged. */
export function typoIn(word: string, hash: number): string {
  const first = pick(hash, 'kind', typoKinds.length);
  const at = 1 + pick(hash, 'at', word.length - 2);
  for (let k = 0; k < typoKinds.length; k += 1) {
    const out = slip(word, typoKinds[(first + k) % typoKinds.length]!, at, hash);
    if (out !== word) return out;
  }
  return word;
}

/** The question with one typo in one eligible word, or undefined when no word may carry one. */
export function withTypo(text: string, hash: number): string | undefined {
  const words = [...text.matchAll(wordPattern)].filter((m) => isTypoable(m[0]));
  if (words.length === 0) return undefined;
  const chosen = words[pick(hash, 'word', words.length)]!;
  const start = chosen.index;
  const out = typoIn(chosen[0], hash);
  return out === chosen[0] ? undefined : text.slice(0, start) + out + text.slice(start + chosen[0].length);
}

/** The words of a text, for checking that a variant left refs, figures and acronyms alone. */
export const wordsOf = (text: string): string[] => [...text.matchAll(wordPattern)].map((m) => m[0]);
