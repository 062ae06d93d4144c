import { anyOf } from './patterns';
import { questionWords } from './question-words';

const { phrases, before } = questionWords.politeOpenings;

/** A request opening a question, up to the question's own first word (questions.json `politeOpenings`). */
const opening = new RegExp(`^${anyOf(phrases)}[\\s,:;–-]+(?=${anyOf(before)}\\b)`, 'i');

/**
 * A question without the request wrapped around it: "can you tell me who leads 1.9" is read as "who
 * leads 1.9", "do you know when it's due" as "when it's due", so what the question asks for is
 * read from its own first word. An opening before anything else ("can you tell me about the plan",
 * "do you know if it was signed off") is kept: what follows is no question on its own.
 */
export const withoutPoliteOpening = (text: string): string => text.replace(opening, '');
