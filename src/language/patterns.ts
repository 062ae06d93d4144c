import { z } from 'zod';

/**
 * The pieces every phrasing file is made of, and how a list of phrasings becomes a regular
 * expression: the data holds the words, this file the one way of compiling them (once, at load).
 */

/** One lower-case word: letters and digits. */
export const word = z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only');

/** A phrase as a question is written once normalised: lower-case words and single spaces. */
export const phrase = z
  .string()
  .max(80)
  .regex(/^[a-z0-9']+(?: [a-z0-9']+)*$/, 'write phrases in lower case, words and single spaces only');

/** What a row or a file is for, for the person editing it; the bot does not read it. */
export const comment = z.string().optional();

/** A commented row of words, and one of phrases: the two shapes most phrasing files are made of. */
export const wordRow = z.object({ comment, words: z.array(word).min(1) });
export const phraseRow = z.object({ comment, phrases: z.array(phrase).min(1) });

/** A phrase with every character taken literally in a regular expression. */
export const escapePhrase = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Phrases as one alternation, `(?:a|b|c)`, in the data's order (the first that fits is taken). */
export const anyOf = (phrases: readonly string[]) => `(?:${phrases.map(escapePhrase).join('|')})`;

/** Phrases longest first, so an alternation tries "thank you very much" before "thank you". */
export const longestFirst = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length);

/** Any of the phrases, as whole words. */
export const anyPhrase = (phrases: readonly string[], flags = '') => new RegExp(`\\b${anyOf(phrases)}\\b`, flags);

/** Every word of the phrases ("not got" gives "not" and "got"). */
export const wordsOf = (phrases: readonly string[]) => phrases.flatMap((p) => p.split(' '));
