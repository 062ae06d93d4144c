import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Words of general English that say little about a subject ("enough", "according", "kind", "big"):
 * the stopwords-iso English list (stopwords-en), a standard search-engine resource, not a list picked
 * for this project's questions. The papers' own rarity would make such a word weigh heavily ("enough"
 * is rare in council papers), so the papers search halves its weight instead of letting a passage
 * lose for not holding it. Read once, on first use.
 */
let general: ReadonlySet<string> | undefined;

export function isGeneralWord(word: string): boolean {
  general ??= new Set(z.array(z.string()).parse(JSON.parse(readFileSync(require.resolve('stopwords-en/stopwords-en.json'), 'utf8'))));
  return general.has(word);
}
