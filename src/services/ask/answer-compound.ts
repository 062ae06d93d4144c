import type { AskCatalogue } from './ask-catalogue';
import { splitCompound } from '../../language/compound';
import { type AskStores, answerQuestion, type Question } from './answer-question';
import type { Answer } from './answer-types';

/**
 * Answers a member's message, which may hold two or three questions ("when is 1.9 due and what's the
 * target"): every part is answered, each later part about the subject the earlier one left (as a
 * follow-up would be), one answer per part. The message read whole wins when it answers every part
 * at once (one action card gives its lead and its due date), and whenever a part cannot be answered.
 * A passage found for the whole message also beats passages found for its parts: the papers are
 * searched on words, and a part has fewer of them ("what did it require" says nothing of what "it" is).
 */
export async function answerMessage(catalogue: AskCatalogue, stores: AskStores, question: Question): Promise<Answer[]> {
  const whole = await answerQuestion(catalogue, stores, question);
  const parts = splitCompound(question.text);
  if (parts.length < 2) return [whole];
  const answers: Answer[] = [];
  let memory = question.memory;
  for (const [n, part] of parts.entries()) {
    const text = n === 0 ? part : `and ${part}`;
    const answer = await answerQuestion(catalogue, stores, { ...question, text, ...(memory ? { memory } : {}) });
    if (answer.kind === 'not-found' || answer.kind === 'ask-back') return [whole];
    answers.push(answer);
    memory = answer.memory ?? memory;
  }
  const answered = whole.kind !== 'not-found' && whole.kind !== 'ask-back';
  if (answered && answers.some((a) => a.kind === 'passage')) return [whole];
  const distinct = answers.filter((a, i) => answers.findIndex((b) => subjectOf(b) === subjectOf(a)) === i);
  if (distinct.length === 1 && subjectOf(distinct[0]!) === subjectOf(whole)) return [whole];
  return distinct;
}

/** What an answer is about: its remembered subject, else its title and headline. */
function subjectOf(answer: Answer): string {
  const subject = answer.memory?.subject;
  return subject ? `${subject.kind}:${subject.id}` : `${answer.kind}:${answer.title}:${answer.headline}`;
}
