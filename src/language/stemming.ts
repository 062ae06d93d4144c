import { z } from 'zod';
import { languageDataDir, readData } from './lexicon';
import { comment, word } from './patterns';

/** Words the stemmer leaves as they are, as data in `src/language/data/stemming.json`. */
export const stemmingFile = z.object({ comment, unchanged: z.array(word).min(1) });

export type Stemming = z.infer<typeof stemmingFile>;

/** Loads the stemmer's exceptions from a folder (the bundled one unless a test gives another). */
export function loadStemming(dir: string = languageDataDir): Stemming {
  return readData(dir, 'stemming.json', stemmingFile);
}

/** The bundled exceptions, read and checked once. */
export const stemming: Stemming = loadStemming();
