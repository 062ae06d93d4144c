import type { Actor } from '../../domain/directory';
import { isLive, type Question, type QuestionWindow } from '../../domain/questions';
import { type QuestionContext, whoIs } from './context';

/** Answer states an officer still has something to do for (write, rewrite, or change before approval). */
const open = new Set(['requested', 'returned', 'drafted']);

/**
 * "questions for me": the questions the chair sent to this officer for a written answer that are not
 * approved yet, soonest due first.
 */
export async function questionsForMe(ctx: QuestionContext, actor: Actor): Promise<{ window: QuestionWindow; question: Question }[]> {
  const { who } = whoIs(ctx, actor);
  if (!who.aadObjectId) return [];
  const me = who.aadObjectId.toLowerCase();
  const out: { window: QuestionWindow; question: Question }[] = [];
  for (const window of await ctx.questions.listWindows()) {
    for (const question of await ctx.questions.listQuestions(window.id)) {
      const answer = question.answer;
      if (isLive(question) && answer && open.has(answer.status) && answer.officer.aadObjectId?.toLowerCase() === me) out.push({ window, question });
    }
  }
  return out.sort((a, b) => a.question.answer!.due.localeCompare(b.question.answer!.due));
}
