import { meetingTitle, type Question, type QuestionWindow } from '../../domain/questions';
import type { QuestionContext } from './context';
import { findWindow } from './meetings';

export type FoundQuestion = { kind: 'found'; window: QuestionWindow; question: Question } | { kind: 'none'; message: string };

/**
 * A question by its number in a meeting's window: "Q3" of the meeting a phrase names ("for 2 March"),
 * or of the next meeting with a window (else the latest), as `findWindow` reads it.
 */
export async function findQuestion(ctx: Pick<QuestionContext, 'questions' | 'now' | 'timeZone'>, number: number, phrase = ''): Promise<FoundQuestion> {
  const found = await findWindow(ctx, phrase);
  if (found.kind === 'ambiguous') return { kind: 'none', message: `More than one meeting matches: ${found.windows.map((w) => meetingTitle(w.meeting)).join('; ')}. Say the date too.` };
  if (found.kind === 'none') return { kind: 'none', message: 'No questions have been gathered in Teams for that meeting.' };
  const question = (await ctx.questions.listQuestions(found.window.id)).find((q) => q.number === number);
  if (!question) return { kind: 'none', message: `${meetingTitle(found.window.meeting)} has no question Q${number}.` };
  return { kind: 'found', window: found.window, question };
}
