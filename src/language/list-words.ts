import { z } from 'zod';
import { languageDataDir, readData } from './lexicon';
import { comment, phrase, phraseRow, word, wordRow } from './patterns';

/**
 * How members ask for a list and its filters ("which red actions", "measures without an agreed
 * target", "rejected recommendations"), as data in `src/language/data/lists.json`.
 */

export const listResponses = ['accepted', 'accepted-in-part', 'rejected', 'noted'] as const;

const words = wordRow;
const phrases = phraseRow;

export const listsFile = z.object({
  comment,
  /** Plural nouns: several things are asked for. */
  plural: z.array(word).min(1),
  /** Words asking for a list ("which", "any", "show"). */
  listy: z.array(word).min(1),
  actions: words,
  oneAction: z.object({ comment, words: z.array(word).min(1), notBefore: z.array(word).min(1) }),
  single: words,
  dueBy: words,
  /** Words that say the list is of measures. */
  indicators: z.array(word).min(1),
  /** Words that say the list is of recommendations. */
  recommendations: z.array(word).min(1),
  /** Phrases that ask which plans there are. */
  plans: z.array(phrase).min(1),
  planKinds: phrases,
  numbered: z.object({ comment, priority: z.array(word).min(1), recommendation: z.array(word).min(1) }),
  /**
   * Status phrases, in the order tried. `means`: what the phrase stands for whatever the plan's scale
   * ("done" is complete); `scale`: the words to look for in the scale instead of the phrase itself.
   */
  statuses: z.array(
    z.object({ comment, phrases: z.array(phrase).min(1), means: z.enum(['complete', 'none']).optional(), scale: phrase.optional() }),
  ),
  withoutTarget: phrases,
  /** Words joining two measures asked for together ("establishment v perm"). */
  /** `each`: words asking for every one of several alike measures ("ratings for each of the standards"). */
  several: z.object({ comment, joiners: z.array(word).min(1), each: z.array(word).min(1) }),
  responses: z.object({
    comment,
    /** A response is read only when the question says recommendations are meant. */
    askedBy: z.array(word).min(1),
    rows: z.array(z.object({ comment, response: z.enum(listResponses), phrases: z.array(phrase).min(1) })).min(1),
    listWords: words,
    oneWords: words,
  }),
});

export type ListWords = z.infer<typeof listsFile>;

/** Loads the list phrasings from a folder (the bundled one unless a test gives another). */
export function loadListWords(dir: string = languageDataDir): ListWords {
  return readData(dir, 'lists.json', listsFile);
}

/** The bundled list phrasings, read and checked once. */
export const listWords: ListWords = loadListWords();
