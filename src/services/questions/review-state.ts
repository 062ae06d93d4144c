import { type DirectoryPerson, peopleWithRole } from '../../domain/directory';
import type { SimilarMatch } from '../../domain/similarity';
import type { Question, QuestionEvent, QuestionWindow } from '../../domain/questions';
import { type QuestionContext, today } from './context';

/** What the chair's review card shows of a question, as it is now. */
export interface ReviewState {
  window: QuestionWindow;
  question: Question;
  /** Every question in the window (for merge choices and likenesses). */
  all: Question[];
  events: QuestionEvent[];
  officers: DirectoryPerson[];
  today: string;
  /** The other live questions scored against this one, most alike first, when the caller just worked them out. */
  scored?: SimilarMatch<Question>[];
}

/** The question as it is now, with the window's other questions, its history and the officers to send it to. */
export async function reviewState(ctx: QuestionContext, window: QuestionWindow, question: Question): Promise<ReviewState> {
  const [all, events] = await Promise.all([ctx.questions.listQuestions(window.id), ctx.questions.listEvents(window.id, question.id)]);
  return {
    window,
    // NOTE: the window's list holds the question as it is now; no second read for it.
    question: all.find((q) => q.id === question.id) ?? question,
    all,
    events,
    officers: peopleWithRole(ctx.directory, 'officer'),
    today: today(ctx),
  };
}
