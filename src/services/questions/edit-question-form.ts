import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/directory';
import { isLive, type Question, type QuestionWindow } from '../../domain/questions';
import { isPastDeadline, isSubmitter } from '../../domain/questions-rules';
import { type QuestionContext, type Refused, refused, whoIs } from './context';

export type EditForm = { kind: 'form'; window: QuestionWindow; question: Question; closed: boolean; formId: string } | { kind: 'stale' } | Refused;

/**
 * A member's Edit on one of their questions: the form filled with it, while it is live; only the
 * member who submitted it may. Past the deadline the form offers the change as a late one.
 */
export async function editQuestionForm(ctx: QuestionContext, actor: Actor, questionId: string): Promise<EditForm> {
  const question = await ctx.questions.getQuestion(questionId);
  const window = question && (await ctx.questions.getWindow(question.windowId));
  if (!question || !window) return { kind: 'stale' };
  if (!isSubmitter(question, whoIs(ctx, actor).who.aadObjectId)) return refused('Only the member who submitted a question can change it.');
  if (!isLive(question)) return refused(`That question is ${question.status} and can no longer be changed.`);
  return { kind: 'form', window, question, closed: isPastDeadline(window, ctx.now), formId: randomUUID() };
}
