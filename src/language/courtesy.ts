import { lexicon } from './lexicon';
import { anyOf } from './patterns';
import { questionWords } from './question-words';

const { phrases, before } = questionWords.politeOpenings;
const { openers, addressees, closings } = questionWords.courtesies;

/** A request opening a question, up to the question's own first word (questions.json `politeOpenings`). */
const opening = new RegExp(`^${anyOf(phrases)}[\\s,:;–-]+(?=${anyOf(before)}\\b)`, 'i');

/**
 * A question without the request wrapped around it: "can you tell me who leads 1.9" is read as "who
 * leads 1.9", "do you know when it's due" as "when it's due", so what the question asks for is
 * read from its own first word. An opening before anything else ("can you tell me about the plan",
 * "do you know if it was signed off") is kept: what follows is no question on its own.
 */
export const withoutPoliteOpening = (text: string): string => text.replace(opening, '');

/** Greetings that are not themselves questions ("hi", "good morning"; not "who are you") and asides ("quick one"), longest first. */
const questionStarts = new Set(before);
const greetings = [...lexicon.grammar.smallTalk.greetings.filter((g) => !questionStarts.has(g.split(' ')[0]!)), ...openers].sort((a, b) => b.length - a.length);
/** A greeting set off by a mark ("morning - "), or before a question word ("hi who leads"): "morning meeting of cabinet" keeps its word. */
const greeting = new RegExp(`^${anyOf(greetings)}(?:\\s+${anyOf(addressees)})?(?:\\s*[,!.:;–-][\\s,!.:;–-]*|\\s+(?=${anyOf(before)}\\b))(?=[\\p{L}\\p{N}])`, 'iu');
const sortedClosings = [...closings].sort((a, b) => b.length - a.length);
const closing = new RegExp(`[\\s,.;:!?–-]+${anyOf(sortedClosings)}(?:\\s+${anyOf(addressees)})?[\\s!.]*$`, 'i');
/** Letters in capitals only, in at least this many words: a message typed in capitals. */
const SHOUTED_WORDS = 3;

/**
 * A message as a question is read from it: without a greeting before it or thanks after it ("hi
 * all, who leads 1.9? thanks"), and in lower case when typed all in capitals ("WHO LEADS 1.9"),
 * whose capitals say nothing (elsewhere a word in capitals is read as an abbreviation). Undefined
 * parts are never made: a message that is only courtesy is left whole, for small talk to read.
 */
export function withoutCourtesies(text: string): string {
  const shouted = !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu) ?? []).length >= SHOUTED_WORDS;
  const cased = shouted ? text.toLowerCase() : text;
  const read = cased.replace(greeting, '').replace(closing, (ending) => (/\?/.test(ending) ? '?' : ''));
  return read.trim() ? read : cased;
}
