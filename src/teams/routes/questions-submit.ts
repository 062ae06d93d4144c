import { randomUUID } from 'node:crypto';
import type { Application } from '@microsoft/teams-ai';
import { plainText } from '../../cards/text';
import { isLive, meetingTitle, type QuestionWindow } from '../../domain/questions';
import { canSubmit, isPastDeadline, isSubmitter } from '../../domain/questions-rules';
import { type QuestionContext, whoIs } from '../../services/questions/context';
import { myQuestions } from '../../services/questions/my-questions';
import { submitQuestion } from '../../services/questions/submit-question';
import { withdrawQuestion } from '../../services/questions/withdraw-question';
import { formCard } from '../../views/questions/form-card';
import { action } from '../../views/questions/format';
import { mineCard } from '../../views/questions/list-cards';
import { noticeCard, receiptCard, withdrawConfirmCard } from '../../views/questions/notice-card';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { questionData, submitData, windowData, withdrawData } from './questions-input';
import { type CardReply, onCardVerb } from './card-verbs';
import { questionContext, staleCard } from './questions-verbs';

const notMember = 'Only councillors listed in the directory can submit questions. Ask democratic services to add you.';

/**
 * The empty form for a window (or, past the deadline, the form that offers a late question); a
 * member already at the meeting's limit is told so instead of being shown a form they cannot send.
 */
async function newForm(ctx: QuestionContext, window: QuestionWindow, actor: ReturnType<typeof toActor>): Promise<CardReply> {
  const closed = isPastDeadline(window, ctx.now);
  const counted = (await myQuestions(ctx, actor)).filter((m) => m.window.id === window.id && m.question.status !== 'withdrawn');
  if (!closed && counted.length >= window.maxPerMember) {
    return `You have already submitted ${counted.length} question${counted.length === 1 ? '' : 's'} for ${plainText(meetingTitle(window.meeting))}, the most allowed. To ask another, withdraw one first: type my questions.`;
  }
  return formCard(ctx, window, { formId: randomUUID(), closed });
}

/** "ask a question": the form for the one meeting taking questions, or a choice of them. */
export async function askForm(deps: BotDeps, actor: ReturnType<typeof toActor>): Promise<CardReply> {
  const ctx = questionContext(deps);
  if (!canSubmit(whoIs(ctx, actor).person)) return notMember;
  const open = (await ctx.questions.listWindows()).filter((w) => !isPastDeadline(w, ctx.now));
  if (open.length === 0) return 'No meeting is taking questions at the moment. The chair opens questions before each meeting; you will see a "Submit a question" card then.';
  if (open.length === 1) return newForm(ctx, open[0]!, actor);
  return noticeCard(ctx, {
    title: 'Which meeting is your question for?',
    actions: open.slice(0, 6).map((w) => action(plainText(meetingTitle(w.meeting)), 'question.form', { windowId: w.id })),
  });
}

/** "my questions": the member's questions with Edit and Withdraw while they may. */
export async function mine(deps: BotDeps, actor: ReturnType<typeof toActor>): Promise<CardReply> {
  const ctx = questionContext(deps);
  return mineCard(ctx, await myQuestions(ctx, actor));
}

/** Members: write, edit and withdraw questions. */
export function registerSubmitVerbs(app: Application<AppTurnState>, deps: BotDeps): void {
  onCardVerb(app, 'question.form', async (context, data) => {
    const parsed = windowData.safeParse(data);
    if (!parsed.success) return staleCard;
    const ctx = questionContext(deps);
    if (!canSubmit(whoIs(ctx, toActor(context.activity)).person)) return notMember;
    const window = await ctx.questions.getWindow(parsed.data.windowId);
    return window ? newForm(ctx, window, toActor(context.activity)) : staleCard;
  });

  onCardVerb(app, 'question.submit', async (context, data) => {
    const parsed = submitData.safeParse(data);
    if (!parsed.success) return staleCard;
    const input = parsed.data;
    const ctx = questionContext(deps);
    const result = await submitQuestion(ctx, toActor(context.activity), { ...input, putTo: input.putTo });
    deps.logger.info({ verb: 'question.submit', outcome: result.kind, windowId: input.windowId, late: input.late }, 'question submission');
    const typed = { formId: input.formId, agendaItem: input.agendaItem, text: input.text, putTo: input.putTo };
    switch (result.kind) {
      case 'refused':
        return result.message;
      case 'submitted':
        return receiptCard(ctx, result.window, result.question, `Question received: Q${result.question.number}`);
      case 'edited':
        return receiptCard(ctx, result.window, result.question, `Question updated: Q${result.question.number}`);
      case 'problems':
        return formCard(ctx, result.window, { ...typed, problems: result.problems, ...(result.editing ? { editing: result.editing } : {}) });
      case 'similar':
        return formCard(ctx, result.window, { ...typed, similar: result.similar, ...(result.editing ? { editing: result.editing } : {}) });
      case 'closed':
        return formCard(ctx, result.window, { ...typed, closed: true, ...(result.editing ? { editing: result.editing } : {}) });
    }
  });

  onCardVerb(app, 'question.edit', async (context, data) => {
    const parsed = questionData.safeParse(data);
    if (!parsed.success) return staleCard;
    const ctx = questionContext(deps);
    const q = await ctx.questions.getQuestion(parsed.data.questionId);
    const window = q && (await ctx.questions.getWindow(q.windowId));
    if (!q || !window) return staleCard;
    if (!isSubmitter(q, whoIs(ctx, toActor(context.activity)).who.aadObjectId)) return 'Only the member who submitted a question can change it.';
    if (!isLive(q)) return `That question is ${q.status} and can no longer be changed.`;
    return formCard(ctx, window, {
      formId: randomUUID(),
      editing: q,
      agendaItem: q.agendaItem,
      text: q.text,
      ...(q.putTo ? { putTo: q.putTo } : {}),
      closed: isPastDeadline(window, ctx.now),
    });
  });

  onCardVerb(app, 'question.withdraw', async (context, data) => {
    const parsed = withdrawData.safeParse(data);
    if (!parsed.success) return staleCard;
    const ctx = questionContext(deps);
    const result = await withdrawQuestion(ctx, toActor(context.activity), parsed.data.questionId, parsed.data.confirmed === true);
    deps.logger.info({ verb: 'question.withdraw', outcome: result.kind }, 'question withdrawal');
    if (result.kind === 'refused') return result.message;
    if (result.kind === 'confirm') return withdrawConfirmCard(ctx, result.window, result.question);
    return receiptCard(ctx, result.window, result.question, `Question withdrawn: Q${result.question.number}`);
  });

  onCardVerb(app, 'question.mine', async (context) => mine(deps, toActor(context.activity)));
}
