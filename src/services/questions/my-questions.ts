import type { Actor } from '../../domain/directory';
import type { Question, QuestionWindow } from '../../domain/questions';
import { type QuestionContext, whoIs } from './context';

/** The questions a member asked (or is named on after a merge), newest meeting first. */
export async function myQuestions(ctx: QuestionContext, actor: Actor): Promise<{ window: QuestionWindow; question: Question }[]> {
  const { who } = whoIs(ctx, actor);
  if (!who.aadObjectId) return [];
  const out: { window: QuestionWindow; question: Question }[] = [];
  const windows = (await ctx.questions.listWindows()).reverse();
  for (const window of windows) {
    for (const question of await ctx.questions.listQuestions(window.id)) {
      if (question.askers.some((a) => a.aadObjectId === who.aadObjectId)) out.push({ window, question });
    }
  }
  return out;
}
