import type { CardJson } from '../../cards/render';
import type { Question, QuestionWindow } from '../../domain/questions';
import type { ViewClock } from '../view-deps';
import { answerCard } from './answer-card';

/** Answer cards "questions for me" sends at most, so a turn stays short. */
const MAX_ANSWER_CARDS = 5;

/** "questions for me": a sentence saying how many, then an answer card for each of the soonest due. */
export function questionsForMeReplies(view: ViewClock, waiting: { window: QuestionWindow; question: Question }[]): (CardJson | string)[] {
  if (waiting.length === 0) return ['No questions are waiting for a written answer from you.'];
  const shown = waiting.slice(0, MAX_ANSWER_CARDS);
  const more = waiting.length > shown.length ? ` Here are the ${shown.length} due soonest.` : '';
  const count = `${waiting.length === 1 ? 'One question is' : `${waiting.length} questions are`} waiting for your written answer.${more}`;
  return [count, ...shown.map(({ window, question }) => answerCard(view, window, question))];
}
