import { randomUUID } from 'node:crypto';
import { plainText } from '../../cards/text';
import type { Actor } from '../../domain/directory';
import { meetingTitle, type QuestionWindow } from '../../domain/questions';
import { canSubmit, isPastDeadline } from '../../domain/questions-rules';
import { type QuestionContext, type Refused, refused, whoIs } from './context';
import { myQuestions } from './my-questions';

export type QuestionForm =
  /**
   * The empty form for a window, with a new form id (the same form delivered twice is stored once);
   * `closed` past its deadline (the form then offers a late question).
   */
  | { kind: 'form'; window: QuestionWindow; closed: boolean; formId: string }
  /** More than one meeting is taking questions: which is it for? */
  | { kind: 'choose'; windows: QuestionWindow[] }
  /** The card names a window there is no longer. */
  | { kind: 'stale' }
  | Refused;

const notMember = 'Only councillors listed in the directory can submit questions. Ask democratic services to add you.';

/**
 * The form for a window; a member already at the meeting's limit is told so instead of being shown a
 * form they cannot send.
 */
async function formFor(ctx: QuestionContext, window: QuestionWindow, actor: Actor): Promise<QuestionForm> {
  const closed = isPastDeadline(window, ctx.now);
  const counted = (await myQuestions(ctx, actor)).filter((m) => m.window.id === window.id && m.question.status !== 'withdrawn');
  if (!closed && counted.length >= window.maxPerMember) {
    return refused(`You have already submitted ${counted.length} question${counted.length === 1 ? '' : 's'} for ${plainText(meetingTitle(window.meeting))}, the most allowed. To ask another, withdraw one first: type my questions.`);
  }
  return { kind: 'form', window, closed, formId: randomUUID() };
}

/**
 * "ask a question" (no window named): the form for the one meeting taking questions, or a choice of
 * them; with a window (the choice pressed), that window's form. Members in the directory only.
 */
export async function questionForm(ctx: QuestionContext, actor: Actor, windowId?: string): Promise<QuestionForm> {
  if (!canSubmit(whoIs(ctx, actor).person)) return refused(notMember);
  if (windowId !== undefined) {
    const window = await ctx.questions.getWindow(windowId);
    return window ? formFor(ctx, window, actor) : { kind: 'stale' };
  }
  const open = (await ctx.questions.listWindows()).filter((w) => !isPastDeadline(w, ctx.now));
  if (open.length === 0) return refused('No meeting is taking questions at the moment. The chair opens questions before each meeting; you will see a "Submit a question" card then.');
  if (open.length === 1) return formFor(ctx, open[0]!, actor);
  return { kind: 'choose', windows: open };
}
