import { questionWords } from './question-words';

const { forms } = questionWords.wanted.contractions;

const contracted = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${Object.keys(forms).join('|')})(?![\\p{L}\\p{N}'’])`, 'giu');

/**
 * Question words run together as people type them ("what's due in february", "whats due", "whys it
 * late"), written out ("what is due"), as questions.json `wanted.contractions` reads them: with the
 * apostrophe or without it, or written out, every reader sees the same words.
 */
export const writtenOut = (text: string): string => text.replace(/[’‘]/g, "'").replace(contracted, (word) => forms[word.toLowerCase()] ?? word);
