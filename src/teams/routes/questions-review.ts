import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { peopleWithRole } from '../../domain/directory';
import type { Question, QuestionWindow } from '../../domain/questions';
import { canRunWindow } from '../../domain/questions-rules';
import { decideAnswer } from '../../services/questions/approve-answer';
import { assignAnswer } from '../../services/questions/assign-answer';
import { type QuestionContext, today, whoIs } from '../../services/questions/context';
import type { Delivery } from '../../services/questions/notify';
import { questionPack } from '../../services/questions/question-pack';
import { questionQueue } from '../../services/questions/question-queue';
import { reviewerAccess } from '../../services/questions/reviewer-access';
import { type Decision, reviewQuestion } from '../../services/questions/review-question';
import { writeAnswer } from '../../services/questions/write-answer';
import { answerCard } from '../../views/questions/answer-card';
import { queueCard } from '../../views/questions/list-cards';
import { reviewCard } from '../../views/questions/review-card';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { answerData, assignData, mergeData, outcomeData, questionData, rejectData, returnData, windowData } from './questions-input';
import { isPersonal, sendConsentCard } from './papers';
import { packCard } from '../../views/questions/pack-card';
import { type CardReply, onCardVerb } from './card-verbs';
import { questionContext, staleCard, toldSentence } from './questions-verbs';

type Outcome =
  | { kind: 'done'; window: QuestionWindow; question: Question; summary: string; told: Delivery }
  | { kind: 'problem' | 'stale'; window: QuestionWindow; question: Question; problem: string }
  | { kind: 'refused'; message: string };

/** The review card as it is now, with what just happened (or what stopped it). */
async function reviewReply(ctx: QuestionContext, outcome: Outcome, typed?: { reason?: string; note?: string }): Promise<CardReply> {
  if (outcome.kind === 'refused') return outcome.message;
  const [all, events] = await Promise.all([
    ctx.questions.listQuestions(outcome.window.id),
    ctx.questions.listEvents(outcome.window.id, outcome.question.id),
  ]);
  return reviewCard(ctx, {
    window: outcome.window,
    // NOTE: the window's list holds the question as it is now; no second read for it.
    question: all.find((q) => q.id === outcome.question.id) ?? outcome.question,
    all,
    events,
    officers: peopleWithRole(ctx.directory, 'officer'),
    today: today(ctx),
    ...(outcome.kind === 'done' ? { result: `${outcome.summary} ${toldSentence(outcome.told)}` } : { problem: outcome.problem, ...(typed ? { typed } : {}) }),
  });
}

/** Chairs and democratic services review; officers answer; chairs approve and publish. */
export function registerReviewVerbs(app: Application<AppTurnState>, deps: BotDeps): void {
  const decide = (verb: string, toDecision: (data: Record<string, unknown>) => { questionId: string; version?: number; decision: Decision } | undefined) =>
    onCardVerb(app, verb, async (context, data) => {
      const parsed = toDecision(data);
      if (!parsed) return staleCard;
      const ctx = questionContext(deps);
      const outcome = await reviewQuestion(ctx, toActor(context.activity), parsed.questionId, parsed.version, parsed.decision);
      deps.logger.info({ verb, outcome: outcome.kind }, 'question review');
      return reviewReply(ctx, outcome, parsed.decision.kind === 'reject' ? { reason: parsed.decision.reason } : undefined);
    });
  const ok = <T>(r: { success: true; data: T } | { success: false }) => (r.success ? r.data : undefined);

  decide('question.accept', (d) => {
    const p = ok(questionData.safeParse(d));
    return p && { ...p, decision: { kind: 'accept' } };
  });
  decide('question.reject', (d) => {
    const p = ok(rejectData.safeParse(d));
    return p && { ...p, decision: { kind: 'reject', reason: p.reason } };
  });
  decide('question.merge', (d) => {
    const p = ok(mergeData.safeParse(d));
    return p && { ...p, decision: { kind: 'merge', into: p.into } };
  });
  decide('question.outcome', (d) => {
    const p = ok(outcomeData.safeParse(d));
    return p && { ...p, decision: { kind: 'outcome', outcome: p.outcome } };
  });

  onCardVerb(app, 'question.review', async (context, data) => {
    const parsed = questionData.safeParse(data);
    if (!parsed.success) return staleCard;
    const ctx = questionContext(deps);
    const access = await reviewerAccess(ctx, toActor(context.activity), parsed.data.questionId);
    if (access.kind === 'refused') return access.message;
    return reviewReply(ctx, { kind: 'problem', window: access.window, question: access.question, problem: '' });
  });

  onCardVerb(app, 'question.assign', async (context, data) => {
    const parsed = assignData.safeParse(data);
    if (!parsed.success) return staleCard;
    const ctx = questionContext(deps);
    const { questionId, version, officer, due } = parsed.data;
    const outcome = await assignAnswer(ctx, toActor(context.activity), questionId, version, officer, due.trim());
    deps.logger.info({ verb: 'question.assign', outcome: outcome.kind }, 'question review');
    return reviewReply(ctx, outcome);
  });

  for (const [verb, kind] of [['question.approve', 'approve'], ['question.return', 'return']] as const) {
    onCardVerb(app, verb, async (context, data) => {
      const parsed = (kind === 'approve' ? questionData : returnData).safeParse(data);
      if (!parsed.success) return staleCard;
      const ctx = questionContext(deps);
      const note = 'note' in parsed.data ? String(parsed.data.note) : '';
      const outcome = await decideAnswer(ctx, toActor(context.activity), parsed.data.questionId, parsed.data.version, kind === 'approve' ? { kind } : { kind, note });
      deps.logger.info({ verb, outcome: outcome.kind }, 'question answer review');
      return reviewReply(ctx, outcome, kind === 'return' ? { note } : undefined);
    });
  }

  onCardVerb(app, 'question.answer', async (context, data) => {
    const parsed = answerData.safeParse(data);
    if (!parsed.success) return staleCard;
    const ctx = questionContext(deps);
    const { questionId, version, answer } = parsed.data;
    const outcome = await writeAnswer(ctx, toActor(context.activity), questionId, version, answer);
    deps.logger.info({ verb: 'question.answer', outcome: outcome.kind }, 'question answer');
    if (outcome.kind === 'refused') return outcome.message;
    if (outcome.kind === 'done') return answerCard(ctx, outcome.window, outcome.question, { result: 'Sent to the chair for approval. You will hear if they send it back.' });
    return answerCard(ctx, outcome.window, outcome.question, { problem: outcome.problem, draft: outcome.draft });
  });

  onCardVerb(app, 'question.queue', async (context, data) => {
    const parsed = windowData.safeParse(data);
    const ctx = questionContext(deps);
    const result = await questionQueue(ctx, toActor(context.activity), parsed.success ? parsed.data.windowId : undefined);
    return result.kind === 'refused' ? result.message : queueCard(ctx, result.window, result.questions);
  });

  onCardVerb(app, 'question.pack', async (context, data) => {
    const parsed = windowData.safeParse(data);
    if (!parsed.success) return staleCard;
    const reply = await packReply(deps, context, parsed.data.windowId);
    if (typeof reply !== 'string' && isPersonal(context)) await sendConsentCard(context, deps, { kind: 'question-pack', windowId: parsed.data.windowId });
    return reply;
  });
}

/** The pack card for a window's chair or democratic services. */
export async function packReply(deps: BotDeps, context: TurnContext, windowId: string): Promise<CardReply> {
  const ctx = questionContext(deps);
  const actor = toActor(context.activity);
  const found = await questionPack(ctx.questions, windowId);
  if (!found) return staleCard;
  if (!canRunWindow(whoIs(ctx, actor).person, found.window.meeting.body)) {
    return `Only the chair of the ${found.window.meeting.body} or democratic services can publish its question pack.`;
  }
  return packCard(ctx, found.window, found.pack, isPersonal(context));
}
