import type { Actor } from '../../domain/directory';
import { type Question, type QuestionWindow, questionRef } from '../../domain/questions';
import { draftAnswer } from '../../domain/questions-review';
import { nowIso, type QuestionContext, type Refused, refused, whoIs } from './context';
import type { Delivery } from './notify';
import { tellReviewers } from './tell-reviewers';

export type WriteAnswerResult =
  | { kind: 'done'; window: QuestionWindow; question: Question; told: Delivery }
  | { kind: 'problem' | 'stale'; window: QuestionWindow; question: Question; problem: string; draft: string }
  | Refused;

/** The officer a question was sent to writes the answer; the chair gets it to approve or send back. */
export async function writeAnswer(ctx: QuestionContext, actor: Actor, questionId: string, version: number | undefined, text: string): Promise<WriteAnswerResult> {
  const q = await ctx.questions.getQuestion(questionId);
  const window = q && (await ctx.questions.getWindow(q.windowId));
  if (!q || !window) return refused('That question no longer exists.');
  const { who } = whoIs(ctx, actor);
  const officer = q.answer?.officer;
  const same = !!officer && ((!!officer.aadObjectId && officer.aadObjectId === who.aadObjectId) || (!!officer.email && officer.email.toLowerCase() === who.email?.toLowerCase()));
  if (!same) return refused(`Only the officer ${questionRef(q)} was sent to can answer it.`);
  if (version !== undefined && version !== q.version) {
    return { kind: 'stale', window, question: q, problem: `${questionRef(q)} changed since that card was shown. Here it is now; your text is kept.`, draft: text };
  }
  const at = nowIso(ctx);
  const step = draftAnswer(q, text, at);
  if (!step.ok) return { kind: 'problem', window, question: q, problem: step.problem, draft: text };
  const saved = await ctx.questions.saveQuestions([step.question], [
    { windowId: window.id, questionId: q.id, kind: 'answer-drafted', by: who, at, detail: { text: step.question.answer?.text } },
  ]);
  if (saved.kind === 'conflict') return { kind: 'stale', window, question: saved.current, problem: `${questionRef(q)} changed a moment ago; your text is kept.`, draft: text };
  const question = saved.questions[0]!;
  const told = await tellReviewers(ctx, window, question, 'answer');
  return { kind: 'done', window, question, told };
}
