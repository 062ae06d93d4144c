import type { Actor } from '../../domain/directory';
import { decideAnswer } from './approve-answer';
import { assignAnswer } from './assign-answer';
import type { QuestionContext, Refused } from './context';
import type { Delivery } from './notify';
import { reviewState, type ReviewState } from './review-state';
import { type Decision, reviewQuestion } from './review-question';
import { reviewerAccess } from './reviewer-access';

/** What a chair or democratic services did on the review card. */
export type ReviewStep =
  | { kind: 'open'; questionId: string }
  | { kind: 'decide'; questionId: string; version?: number | undefined; decision: Decision }
  | { kind: 'assign'; questionId: string; version?: number | undefined; officer: string; due: string }
  | { kind: 'approve'; questionId: string; version?: number | undefined }
  | { kind: 'return'; questionId: string; version?: number | undefined; note: string };

export type ReviewReply =
  /** The review card as it is now, with what just happened (`done`) or what stopped it (`problem`). */
  | { kind: 'review'; outcome: 'done' | 'problem' | 'stale' | 'shown'; state: ReviewState; done?: { summary: string; told: Delivery }; problem?: string }
  | Refused;

function run(ctx: QuestionContext, actor: Actor, step: Exclude<ReviewStep, { kind: 'open' }>) {
  switch (step.kind) {
    case 'decide':
      return reviewQuestion(ctx, actor, step.questionId, step.version, step.decision);
    case 'assign':
      return assignAnswer(ctx, actor, step.questionId, step.version, step.officer, step.due.trim());
    case 'approve':
      return decideAnswer(ctx, actor, step.questionId, step.version, { kind: 'approve' });
    case 'return':
      return decideAnswer(ctx, actor, step.questionId, step.version, { kind: 'return', note: step.note });
  }
}

/** Runs one review step (or just shows the question) and gives the review card's state after it. */
export async function reviewStep(ctx: QuestionContext, actor: Actor, step: ReviewStep): Promise<ReviewReply> {
  if (step.kind === 'open') {
    const access = await reviewerAccess(ctx, actor, step.questionId);
    if (access.kind === 'refused') return access;
    return { kind: 'review', outcome: 'shown', state: await reviewState(ctx, access.window, access.question), problem: '' };
  }
  const outcome = await run(ctx, actor, step);
  if (outcome.kind === 'refused') return outcome;
  const state = await reviewState(ctx, outcome.window, outcome.question);
  if (outcome.kind === 'done') return { kind: 'review', outcome: 'done', state, done: { summary: outcome.summary, told: outcome.told } };
  return { kind: 'review', outcome: outcome.kind, state, problem: outcome.problem };
}
