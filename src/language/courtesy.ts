import { lexicon } from './lexicon';
import { anyOf, longestFirst } from './patterns';
import { questionWords } from './question-words';

const { phrases, leads, before } = questionWords.politeOpenings;
const { openers, addressees, closings, looseClosings, keptAfter } = questionWords.courtesies;

/** Marks setting a courtesy off from a question: commas, stops, colons, dashes of each length, an ellipsis. */
const MARKS = ',!.:;…—–-';
const QUESTION_MARKS = `?${MARKS}`;

/** A request opening a question, up to the question's own first word, after a word leading into it (questions.json `politeOpenings`). */
const opening = new RegExp(`^((?:${anyOf(leads)})[,]?\\s+)?${anyOf(phrases)}[\\s${MARKS}]+(?=${anyOf(before)}\\b)`, 'i');

/**
 * A question without the request wrapped around it: "can you tell me who leads 1.9" is read as "who
 * leads 1.9", "do you know when it's due" as "when it's due", "and can you tell me when it's due"
 * (a later part of a message) as "and when it's due", so what the question asks for is read from its
 * own first word. An opening before anything else ("can you tell me about the plan", "do you know if
 * it was signed off") is kept: what follows is no question on its own.
 */
export const withoutPoliteOpening = (text: string): string => text.replace(opening, (_, lead: string | undefined) => lead ?? '');

/** Greetings that are not themselves questions ("hi", "good morning"; not "who are you") and asides ("quick one"), longest first. */
const questionStarts = new Set(before);
const greetings = longestFirst([...lexicon.grammar.smallTalk.greetings.filter((g) => !questionStarts.has(g.split(' ')[0]!)), ...openers]);
/**
 * A greeting set off by a mark ("morning - "), or before a question word ("hi who leads"): "morning
 * meeting of cabinet" keeps its word, and so does a word a hyphen joins it to ("in short-term
 * accommodation" is no "in short" aside).
 */
const greeting = new RegExp(`^${anyOf(greetings)}(?:\\s+${anyOf(addressees)})?(?![-‐‑][\\p{L}\\p{N}])(?:\\s*[${MARKS}][\\s${MARKS}]*|\\s+(?=${anyOf(before)}\\b))(?=[\\p{L}\\p{N}])`, 'iu');
/** Greetings and asides read away one after another ("hi all, quick one - ..."), at most this many. */
const MAX_GREETINGS = 3;
/** Thanks after a mark ("? thanks", ", ta"), or after a space for those that end no question ("pls", "thanks"), unless a word before makes it the question's own ("a vote of thanks"). */
const closing = new RegExp(
  `(?:\\s*[${QUESTION_MARKS}][\\s${QUESTION_MARKS}]*(${anyOf(longestFirst(closings))})|(?<!\\b${anyOf(keptAfter)})\\s+(${anyOf(longestFirst(looseClosings))}))(?:\\s+${anyOf(addressees)})?[\\s!.?…]*$`,
  'i',
);
/** A closing this short typed in capitals is an abbreviation ("TA"), not thanks. */
const ABBREVIATION_LETTERS = 3;
/** Letters in capitals only, in at least this many words: a message typed in capitals. */
const SHOUTED_WORDS = 3;

/**
 * A message as a question is read from it: without greetings before it or thanks after it ("hi
 * all, quick one - who leads 1.9? thanks"), and in lower case when typed all in capitals ("WHO LEADS
 * ACTION 1.9"), whose capitals say nothing (elsewhere a word in capitals is read as an abbreviation,
 * and a closing in capitals is one: "families in TA" is temporary accommodation). A message that is
 * only courtesy is left whole, for small talk to read.
 */
export function withoutCourtesies(text: string): string {
  const shouted = !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu) ?? []).length >= SHOUTED_WORDS;
  const cased = shouted ? text.toLowerCase() : text;
  let read = cased;
  for (let n = 0; n < MAX_GREETINGS; n += 1) {
    const next = read.replace(greeting, '');
    if (next === read) break;
    read = next;
  }
  read = read.replace(closing, (ending, marked: string | undefined, loose: string | undefined) => {
    const word = marked ?? loose ?? '';
    if (!/\p{Ll}/u.test(word) && word.length <= ABBREVIATION_LETTERS) return ending;
    return /\?/.test(ending) ? '?' : '';
  });
  return read.trim() ? read : cased;
}
