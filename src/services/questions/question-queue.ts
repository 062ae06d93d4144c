import type { Actor } from '../../domain/directory';
import type { Question, QuestionWindow } from '../../domain/questions';
import { canRunWindow } from '../../domain/questions-rules';
import { type QuestionContext, type Refused, refused, today, whoIs } from './context';

export type QueueResult = { kind: 'queue'; window: QuestionWindow; questions: Question[] } | Refused;

/**
 * A window's questions for its chair or democratic services. Without a window named, the reviewer's
 * next meeting with questions (else their latest).
 */
export async function questionQueue(ctx: QuestionContext, actor: Actor, windowId?: string): Promise<QueueResult> {
  const { person } = whoIs(ctx, actor);
  const windows = (await ctx.questions.listWindows()).filter((w) => canRunWindow(person, w.meeting.body));
  const from = today(ctx);
  const window = windowId ? windows.find((w) => w.id === windowId) : (windows.find((w) => w.meeting.date >= from) ?? windows[windows.length - 1]);
  if (!window) {
    return refused(
      windowId
        ? 'Only the committee\'s chair or democratic services can see its question queue.'
        : 'There are no question windows you can review. Type "open questions" to open one.',
    );
  }
  return { kind: 'queue', window, questions: await ctx.questions.listQuestions(window.id) };
}
