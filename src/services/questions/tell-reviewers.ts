import { peopleWithRole } from '../../domain/directory';
import type { SimilarMatch } from '../../domain/similarity';
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

/** What the caller already holds for the card, so it is not read or worked out again. */
export interface KnownForReview {
  /** The window's questions as the caller just read and saved them. */
  all?: Question[];
  /** The question's whole history, when the caller just wrote all of it (a question just added). */
  events?: QuestionEvent[];
  /** The window's other live questions scored against it, most alike first (a submission just did). */
  scored?: SimilarMatch<Question>[];
}

/**
 * Sends the chairs and democratic services the review card of a question that needs them, built from
 * what the caller already holds (`known`) where it has it.
 */
export async function tellReviewers(ctx: QuestionContext, window: QuestionWindow, question: Question, reason: ReviewReason, known: KnownForReview = {}): Promise<Delivery> {
  const [all, events] = await Promise.all([known.all ?? ctx.questions.listQuestions(window.id), known.events ?? ctx.questions.listEvents(window.id, question.id)]);
  const card = reviewCard(ctx, {
    window,
    question,
    all,
    events,
    officers: peopleWithRole(ctx.directory, 'officer'),
    today: today(ctx),
    result: why[reason](question),
    ...(known.scored ? { scored: known.scored } : {}),
  });
  return tellPeople(ctx, reviewersOf(ctx, window), card, questionMessageKey(question, `review-${reason}`));
}
