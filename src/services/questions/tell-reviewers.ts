import { peopleWithRole } from '../../domain/directory';
import { type Question, type QuestionEvent, type QuestionWindow, questionRef } from '../../domain/questions';
import { type QuestionContext, today } from './context';
import { type Delivery, questionMessageKey, reviewersOf, tellPeople } from './notify';
import { reviewCard } from '../../views/questions/review-card';

export type ReviewReason = 'late' | 'similar' | 'answer';

const why: Record<ReviewReason, (q: Question) => string> = {
  late: (q) => `${questionRef(q)} arrived after the deadline: accept it as a late question, or reject it.`,
  similar: (q) => `${questionRef(q)} is very like a question already in: merge them, or keep both.`,
  answer: (q) => `${q.answer?.officer.name ?? 'The officer'} has written an answer to ${questionRef(q)}: approve it, or send it back.`,
};

/**
 * Sends the chairs and democratic services the review card of a question that needs them. `known` is
 * the window's questions as the caller just read and saved them, when it has them, and `knownEvents`
 * the question's whole history when the caller just wrote all of it (a question just added): the card
 * is then built without reading them again.
 */
export async function tellReviewers(
  ctx: QuestionContext,
  window: QuestionWindow,
  question: Question,
  reason: ReviewReason,
  known?: Question[],
  knownEvents?: QuestionEvent[],
): Promise<Delivery> {
  const [all, events] = await Promise.all([known ?? ctx.questions.listQuestions(window.id), knownEvents ?? ctx.questions.listEvents(window.id, question.id)]);
  const card = reviewCard(ctx, {
    window,
    question,
    all,
    events,
    officers: peopleWithRole(ctx.directory, 'officer'),
    today: today(ctx),
    result: why[reason](question),
  });
  return tellPeople(ctx, reviewersOf(ctx, window), card, questionMessageKey(question, `review-${reason}`));
}
