import { anyOf, longestFirst } from './patterns';
import { questionWords } from './question-words';

const { forms } = questionWords.wanted.contractions;

const contracted = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${Object.keys(forms).join('|')})(?![\\p{L}\\p{N}'’])`, 'giu');

/**
 * Question words run together as people type them ("what's due in february", "whats due", "whys it
 * late"), written out ("what is due"), as questions.json `wanted.contractions` reads them: with the
 * apostrophe or without it, or written out, every reader sees the same words.
 */
export const writtenOut = (text: string): string => text.replace(/[’‘]/g, "'").replace(contracted, (word) => forms[word.toLowerCase()] ?? word);

/** A phrase saying now, as whole words, longest first, and not before a clause or a time (questions.json `now`). */
const nowSaid = new RegExp(
  `(?<![\\p{L}\\p{N}])${anyOf(longestFirst(questionWords.now.phrases))}(?![\\p{L}\\p{N}])(?!\\s+${anyOf(questionWords.now.notBefore)}\\b)`,
  'giu',
);

/**
 * "What's the custody rate at the moment?" as "...now?": a phrase saying now is read as the word, which
 * asks nothing of the records (the newest figure is given anyway), where "moment" or "present" had
 * been read as what the question is about.
 */
export const nowAsWord = (text: string): string => text.replace(nowSaid, 'now');

const { leading, chairing, politeOpenings } = questionWords;
/** What may stand before a "who" that asks: the start, a mark, or a word leading into a question ("and", "so"). */
const asking = `(?:^|[,;:?!.(\\-–—]\\s*|(?<![\\p{L}\\p{N}])${anyOf(politeOpenings.leads)}\\s+)`;
/** A phrase saying what someone does to a thing, straight after a "who" that asks (and an auxiliary), as whole words, longest first. */
const leadSaid = new RegExp(
  `(?<=${asking}who\\s+(?:(?:${anyOf(longestFirst(leading.auxiliaries))})\\s+)?)${anyOf(longestFirst(leading.phrases))}(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * "Who's heading up the fostering review?" as "who is leading...": what a person is asked about doing
 * to a thing is read as leading it (questions.json `leading`), where "heading" or "hook" had been read
 * as what the question is about. Run after `writtenOut`, so "who's" is "who is".
 */
export const leadAsWord = (text: string): string => text.replace(leadSaid, 'leading');

/** "Who leads the improvement board": a "who" that asks, an auxiliary or none and a lead's verb, then words ending in a body's (questions.json `chairing`). */
const leadVerb = `(?:${anyOf(longestFirst(leading.auxiliaries))}\\s+)?${anyOf(longestFirst(chairing.verbs))}`;
/** A word of the body's name: not one relating what is led to a body ("the plan for the board"). */
const nameWord = `(?!${anyOf(chairing.notBefore)}\\s)[\\p{L}\\p{N}&'’/-]+\\s+`;
const bodyEnds = `(?=\\s*(?:$|[,;:?!.()\\-–—]|${anyOf(chairing.after)}(?![\\p{L}\\p{N}])))`;
const chairSaid = new RegExp(`(?<=${asking}who\\s+)${leadVerb}\\s+((?:${nameWord}){0,8}?${anyOf(chairing.bodies)})${bodyEnds}`, 'giu');

/**
 * "Who leads the improvement board?" as "who chairs the improvement board?": a board's or committee's
 * lead is its chair, as the papers and the meetings say it. Run after `leadAsWord` ("who's heading up the
 * board" is then "who is leading the board").
 */
export const chairAsWord = (text: string): string => text.replace(chairSaid, 'chairs $1');
