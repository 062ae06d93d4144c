import type { Actor } from '../../domain/directory';
import { type Question, type QuestionPerson, type QuestionWindow, questionRef } from '../../domain/questions';
import { canRunWindow } from '../../domain/questions-rules';
import { type QuestionContext, type Refused, refused, whoIs } from './context';

export type ReviewerAccess =
  | { kind: 'ok'; window: QuestionWindow; question: Question; who: QuestionPerson }
  /** The question changed since the card was drawn: show it as it is now. */
  | { kind: 'stale'; window: QuestionWindow; question: Question; problem: string }
  | Refused;

/** Loads a question for its window's chair or democratic services, checking the card was current. */
export async function reviewerAccess(ctx: QuestionContext, actor: Actor, questionId: string, version?: number): Promise<ReviewerAccess> {
  const question = await ctx.questions.getQuestion(questionId);
  const window = question && (await ctx.questions.getWindow(question.windowId));
  if (!question || !window) return refused('That question no longer exists.');
  const { person, who } = whoIs(ctx, actor);
  if (!canRunWindow(person, window.meeting.body)) {
    return refused(`Only the chair of the ${window.meeting.body} or democratic services can review its questions.`);
  }
  if (version !== undefined && version !== question.version) {
    return { kind: 'stale', window, question, problem: `${questionRef(question)} changed since that card was shown (someone else may have reviewed it). Here it is now.` };
  }
  return { kind: 'ok', window, question, who };
}
