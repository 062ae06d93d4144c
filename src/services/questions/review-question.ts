import { plainText } from '../../cards/text';
import type { Actor } from '../../domain/directory';
import { type MeetingOutcome, outcomeLabels, type Question, type QuestionWindow, questionRef } from '../../domain/questions';
import { accept, markOutcome, merge, reject } from '../../domain/questions-review';
import { nowIso, type QuestionContext, type Refused, today } from './context';
import type { Delivery } from './notify';
import { reviewerAccess } from './reviewer-access';
import { tellAskers } from './tell-askers';

export type Decision =
  | { kind: 'accept' }
  | { kind: 'reject'; reason: string }
  | { kind: 'merge'; into: string }
  | { kind: 'outcome'; outcome: MeetingOutcome };

export type ReviewResult =
  | { kind: 'done'; window: QuestionWindow; question: Question; summary: string; told: Delivery }
  | { kind: 'problem' | 'stale'; window: QuestionWindow; question: Question; problem: string }
  | Refused;

/**
 * The chair (or democratic services) decides on a question: accept, reject with a reason the member
 * sees, merge it into a duplicate (every asker stays attached and is told), or, after the meeting,
 * mark what happened to it. Each step is stored with who and when, and the askers are told.
 */
export async function reviewQuestion(ctx: QuestionContext, actor: Actor, questionId: string, version: number | undefined, decision: Decision): Promise<ReviewResult> {
  const access = await reviewerAccess(ctx, actor, questionId, version);
  if (access.kind !== 'ok') return access;
  const { window, question: q, who } = access;
  const at = nowIso(ctx);
  const event = (kind: 'accepted' | 'rejected' | 'merged' | 'outcome', questionIdOf: string, detail: Record<string, unknown> = {}) => ({
    windowId: window.id,
    questionId: questionIdOf,
    kind,
    by: who,
    at,
    detail,
  });
  const problem = (text: string): ReviewResult => ({ kind: 'problem', window, question: q, problem: text });
  const ref = questionRef(q);

  if (decision.kind === 'merge') {
    const kept = await ctx.questions.getQuestion(decision.into);
    if (!kept) return problem('Choose the question to merge it into.');
    const merged = merge(q, kept, at);
    if (!merged.ok) return problem(merged.problem);
    const saved = await ctx.questions.saveQuestions([merged.duplicate, merged.kept], [
      event('merged', q.id, { into: kept.id, intoNumber: kept.number }),
      event('merged', kept.id, { from: q.id, fromNumber: q.number }),
    ]);
    if (saved.kind === 'conflict') return { kind: 'stale', window, question: q, problem: `${questionRef(saved.current)} changed a moment ago; nothing was merged.` };
    const [duplicate, keptNow] = saved.questions as [Question, Question];
    const keptRef = questionRef(keptNow);
    // The kept question's askers now include the duplicate's: one notice reaches every one of them.
    const told = await tellAskers(ctx, window, keptNow, {
      title: `${ref} was merged into ${keptRef}`,
      intro: plainText(`The chair merged ${ref} into ${keptRef} because they ask the same thing. Everyone who asked either is named on ${keptRef}: ${keptNow.askers.map((a) => a.name).join(', ')}.`),
      step: `merged-from-${q.id}`,
    });
    return { kind: 'done', window, question: duplicate, summary: `${ref} merged into ${keptRef}.`, told };
  }

  const step =
    decision.kind === 'accept'
      ? accept(q, at)
      : decision.kind === 'reject'
        ? reject(q, decision.reason, at)
        : markOutcome(q, decision.outcome, window.meeting.date, today(ctx), at);
  if (!step.ok) return problem(step.problem);
  const kind = decision.kind === 'accept' ? 'accepted' : decision.kind === 'reject' ? 'rejected' : 'outcome';
  const detail = decision.kind === 'reject' ? { reason: step.question.rejectReason } : decision.kind === 'outcome' ? { outcome: decision.outcome } : {};
  const saved = await ctx.questions.saveQuestions([step.question], [event(kind, q.id, detail)]);
  if (saved.kind === 'conflict') return { kind: 'stale', window, question: saved.current, problem: `${ref} changed a moment ago; nothing was saved.` };
  const question = saved.questions[0]!;

  const notice =
    decision.kind === 'accept'
      ? { title: `Your question ${ref} was accepted`, intro: question.late ? 'The chair accepted it as a late question.' : 'The chair accepted it for the meeting.', step: 'accepted' }
      : decision.kind === 'reject'
        ? { title: `Your question ${ref} was not accepted`, intro: 'The chair did not accept it, for this reason:', quotes: [{ label: 'Reason', text: plainText(question.rejectReason ?? '') }], step: 'rejected' }
        : { title: `${ref}: ${outcomeLabels[decision.outcome]}`, intro: `After the meeting the chair marked your question: ${outcomeLabels[decision.outcome].toLowerCase()}.`, step: `outcome-${decision.outcome}` };
  const told = await tellAskers(ctx, window, question, notice);
  const verb = decision.kind === 'accept' ? 'Accepted' : decision.kind === 'reject' ? 'Rejected' : `Marked "${outcomeLabels[decision.outcome]}"`;
  return { kind: 'done', window, question, summary: `${verb}.`, told };
}
