import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { packForChair } from '../../services/questions/pack-for-chair';
import { questionQueue } from '../../services/questions/question-queue';
import { type ReviewStep, reviewStep } from '../../services/questions/review-step';
import { writeAnswer } from '../../services/questions/write-answer';
import { answerReply, packReply, queueReply, reviewReply } from '../../views/questions/review-replies';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { staleCard } from '../verbs';
import { isPersonal, sendConsentCard } from './papers';
import { type CardReply, onCardVerb } from './card-verbs';
import { questionContext } from './questions-verbs';

/** Chairs and democratic services review; officers answer; chairs approve and publish. */
export function registerReviewVerbs(app: Application<AppTurnState>, deps: BotDeps): void {
  const review = async (context: TurnContext, verb: string, step: ReviewStep, typed?: { reason?: string; note?: string }) => {
    const ctx = questionContext(deps);
    const reply = await reviewStep(ctx, toActor(context.activity), step);
    if (step.kind !== 'open') deps.logger.info({ verb, outcome: reply.kind === 'refused' ? 'refused' : reply.outcome }, step.kind === 'approve' || step.kind === 'return' ? 'question answer review' : 'question review');
    return reviewReply(ctx, reply, typed);
  };

  onCardVerb(app, 'question.accept', async (c, d) => review(c, 'question.accept', { kind: 'decide', ...d, decision: { kind: 'accept' } }));
  onCardVerb(app, 'question.reject', async (c, { reason, ...d }) => review(c, 'question.reject', { kind: 'decide', ...d, decision: { kind: 'reject', reason } }, { reason }));
  onCardVerb(app, 'question.merge', async (c, { into, ...d }) => review(c, 'question.merge', { kind: 'decide', ...d, decision: { kind: 'merge', into } }));
  onCardVerb(app, 'question.outcome', async (c, { outcome, ...d }) => review(c, 'question.outcome', { kind: 'decide', ...d, decision: { kind: 'outcome', outcome } }));
  onCardVerb(app, 'question.review', async (c, { questionId }) => review(c, 'question.review', { kind: 'open', questionId }));
  onCardVerb(app, 'question.assign', async (c, d) => review(c, 'question.assign', { kind: 'assign', ...d }));
  onCardVerb(app, 'question.approve', async (c, d) => review(c, 'question.approve', { kind: 'approve', ...d }));
  onCardVerb(app, 'question.return', async (c, d) => review(c, 'question.return', { kind: 'return', ...d }, { note: d.note }));

  onCardVerb(app, 'question.answer', async (context, { questionId, version, answer }) => {
    const ctx = questionContext(deps);
    const outcome = await writeAnswer(ctx, toActor(context.activity), questionId, version, answer);
    deps.logger.info({ verb: 'question.answer', outcome: outcome.kind }, 'question answer');
    return answerReply(ctx, outcome);
  });

  onCardVerb(app, 'question.queue', async (context, { windowId }) => {
    const ctx = questionContext(deps);
    return queueReply(ctx, await questionQueue(ctx, toActor(context.activity), windowId));
  });

  onCardVerb(app, 'question.pack', async (context, { windowId }) => {
    const { reply, fileFor } = await packCard(deps, context, { windowId });
    if (fileFor) await sendConsentCard(context, deps, { kind: 'question-pack', windowId: fileFor });
    return reply;
  });
}

/**
 * The pack card for a window's chair or democratic services (the window a card names, or a meeting
 * typed), and in a 1:1 chat the window whose Word file follows at once (the pack is for the
 * supplementary agenda).
 */
export async function packCard(deps: BotDeps, context: TurnContext, which: { windowId: string } | { phrase: string }): Promise<{ reply: CardReply; fileFor?: string }> {
  const ctx = questionContext(deps);
  const found = await packForChair(ctx, toActor(context.activity), which);
  if (found.kind === 'stale') return { reply: staleCard };
  const reply = packReply(ctx, found, isPersonal(context));
  return found.kind === 'pack' && isPersonal(context) ? { reply, fileFor: found.window.id } : { reply };
}
