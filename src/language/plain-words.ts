import { z } from 'zod';
import { nameTerms } from '../nlu/text';
import { languageDataDir, readData } from './lexicon';
import { comment, phrase } from './patterns';

/** A phrase as the papers are read must keep a word, and a phrase of several words more than one ("point out" would be "point"). */
const readable = phrase
  .refine((p) => nameTerms(p).length > 0, 'a phrase of stopwords only ("too much") is never found: write the word that says it')
  .refine((p) => !p.includes(' ') || nameTerms(p).length !== 1, 'a phrase of several words that reads as one word once its small words go ("point out" is "point") means that word alone: leave it out');

/**
 * Everyday words and the official words council papers use for the same thing, as data in
 * `src/language/data/plain-words.json`: members type "extra", "kit", "worried"; reports say
 * "additional", "equipment", "concerned".
 */
export const plainWordsFile = z.object({ comment, groups: z.array(z.array(readable).min(2)).min(1) });

export type PlainWords = z.infer<typeof plainWordsFile>;

/** Loads the register map from a folder (the bundled one unless a test gives another). */
export function loadPlainWords(dir: string = languageDataDir): PlainWords {
  return readData(dir, 'plain-words.json', plainWordsFile);
}

/**
 * Each phrase, as terms joined by spaces, to the other phrases of its groups as terms (read as the
 * papers and questions are read: stemmed, stopwords dropped). A phrase in two groups ("check":
 * assess, verify) stands for the words of both.
 */
export function plainWordMap(file: PlainWords): ReadonlyMap<string, readonly string[][]> {
  const out = new Map<string, Map<string, string[]>>();
  for (const group of file.groups) {
    const phrases = group.map((p) => nameTerms(p)).filter((terms) => terms.length > 0);
    for (const own of phrases) {
      const key = own.join(' ');
      let others = out.get(key);
      if (!others) out.set(key, (others = new Map()));
      for (const other of phrases) if (other.join(' ') !== key) others.set(other.join(' '), other);
    }
  }
  return new Map([...out].map(([key, others]) => [key, [...others.values()]]));
}

/** The bundled map, read and checked once. */
export const plainWords: ReadonlyMap<string, readonly string[][]> = plainWordMap(loadPlainWords());
