import type { AskCatalogue } from './ask-catalogue';
import { answerMessage, MAX_QUESTION_CHARS } from './answer-compound';
import type { AskStores } from './answer-question';
import type { Answer } from './answer-types';

/** What a search from the compose box (or Microsoft 365 Copilot) finds. */
export type SearchOutcome =
  | { kind: 'results'; answers: Answer[] }
  /** Nothing to show, and why, in a sentence that says what to type instead. */
  | { kind: 'message'; text: string };

export interface Search {
  text: string;
  now: Date;
  timeZone: string;
}

/** Results a search offers at most: the answer, or each reading of a question that has several. */
export const MAX_RESULTS = 5;

const answered = (a: Answer) => (a.kind !== 'not-found' && a.kind !== 'ask-back') || namesWhatIsMissing(a);

/** "Not in the papers: <committee>": a not-found that says what the papers lack about a named subject is an answer too. */
const namesWhatIsMissing = (a: Answer) => a.kind === 'not-found' && a.title.startsWith('Not in the papers: ');

/**
 * Answers a search typed in the compose box as the chat answers the same words, with no conversation
 * behind it (no follow-up subject). A question the chat would ask back about (two things match about
 * equally) gives each reading as its own result, so the person picks one instead of being asked.
 *
 * @remarks
 * Never throws on what was typed: empty, too long or matching nothing, the outcome is a message
 * saying what to type instead.
 */
export async function searchAnswers(catalogue: AskCatalogue, stores: AskStores, search: Search): Promise<SearchOutcome> {
  const text = search.text.trim();
  if (!text) return { kind: 'message', text: 'Type a question or a ref, for example "PLO", "overdue priority 4" or "next CYP scrutiny".' };
  if (text.length > MAX_QUESTION_CHARS) return { kind: 'message', text: `Searches are read as one question of up to ${MAX_QUESTION_CHARS} characters; this one has ${text.length}.` };
  const ask = (words: string) => answerMessage(catalogue, stores, { text: words, now: search.now, timeZone: search.timeZone });
  const { answers } = await ask(text);
  const found: Answer[] = [];
  for (const answer of answers) {
    if (answered(answer)) found.push(answer);
    else if (answer.kind === 'ask-back') {
      for (const choice of answer.choices.slice(0, MAX_RESULTS)) found.push(...(await ask(choice.text)).answers.filter(answered));
    }
  }
  const distinct = found.filter((a, i) => found.findIndex((b) => b.title === a.title && b.headline === a.headline) === i).slice(0, MAX_RESULTS);
  if (distinct.length > 0) return { kind: 'results', answers: distinct };
  return { kind: 'message', text: `Nothing in the council papers answers "${clipped(text)}". Try a ref (1.9), an indicator's name, a plan or a committee.` };
}

const clipped = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
