import type { Actor } from '../../domain/directory';
import { type Question, type QuestionWindow, questionRef } from '../../domain/questions';
import { isPastDeadline, isSubmitter } from '../../domain/questions-rules';
import { withdraw } from '../../domain/questions-review';
import { nowIso, type QuestionContext, type Refused, refused, whoIs } from './context';
import { tellAskers } from './tell-askers';

export type WithdrawResult =
  | { kind: 'withdrawn'; window: QuestionWindow; question: Question }
  /** Asked without confirming: nothing changed; the member is asked to confirm. */
  | { kind: 'confirm'; window: QuestionWindow; question: Question }
  | Refused;

/**
 * The member who submitted a question withdraws it before the deadline; it stays, marked withdrawn.
 * Only once confirmed: a first press asks "are you sure?" and changes nothing.
 */
export async function withdrawQuestion(ctx: QuestionContext, actor: Actor, questionId: string, confirmed = true): Promise<WithdrawResult> {
  const q = await ctx.questions.getQuestion(questionId);
  const window = q && (await ctx.questions.getWindow(q.windowId));
  if (!q || !window) return refused('That question no longer exists.');
  const { who } = whoIs(ctx, actor);
  if (!isSubmitter(q, who.aadObjectId)) return refused('Only the member who submitted a question can withdraw it.');
  if (isPastDeadline(window, ctx.now)) return refused('The deadline has passed, so questions can no longer be withdrawn here: ask the chair.');
  if (!confirmed) return q.status === 'withdrawn' ? refused(`${questionRef(q)} is already withdrawn.`) : { kind: 'confirm', window, question: q };
  const step = withdraw(q, nowIso(ctx));
  if (!step.ok) return refused(step.problem);
  const saved = await ctx.questions.saveQuestions([step.question], [
    { windowId: window.id, questionId: q.id, kind: 'withdrawn', by: who, at: nowIso(ctx), detail: {} },
  ]);
  if (saved.kind === 'conflict') return refused(`${questionRef(q)} changed a moment ago; look at it again in "my questions".`);
  const question = saved.questions[0]!;
  // Members merged into it asked it too: they hear it was withdrawn.
  const others = question.askers.slice(1);
  if (others.length > 0) {
    await tellAskers(ctx, window, question, { title: `${questionRef(question)} was withdrawn`, intro: `${question.askers[0]!.name} withdrew the question you were asking with them.`, step: 'withdrawn' }, others);
  }
  return { kind: 'withdrawn', window, question };
}
