import { z } from 'zod';
import { languageDataDir, readData } from './lexicon';
import { comment, phraseRow, word } from './patterns';

/** How a message follows on from the last answer, as data in `src/language/data/follow-ups.json`. */

const phrases = phraseRow;

export const followUpsFile = z.object({
  comment,
  more: phrases,
  pointers: z.object({
    comment,
    words: z.array(word).min(1),
    /** Those pointing back to several things ("who leads them"): a list shown last, rather than the plan it is of. */
    plural: z.array(word).min(1),
    /** Those saying the last answer's subject owns what is asked ("its actions under the workforce priority"): it stays the subject. */
    possessive: z.array(word).min(1),
  }),
  openers: phrases,
});

export type FollowUpWords = z.infer<typeof followUpsFile>;

/** Loads the follow-up phrasings from a folder (the bundled one unless a test gives another). */
export function loadFollowUpWords(dir: string = languageDataDir): FollowUpWords {
  return readData(dir, 'follow-ups.json', followUpsFile);
}

/** The bundled follow-up phrasings, read and checked once. */
export const followUpWords: FollowUpWords = loadFollowUpWords();
