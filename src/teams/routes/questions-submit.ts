import type { Application } from '@microsoft/teams-ai';
import { editQuestionForm } from '../../services/questions/edit-question-form';
import { myQuestions } from '../../services/questions/my-questions';
import { questionForm } from '../../services/questions/question-form';
import { submitQuestion } from '../../services/questions/submit-question';
import { withdrawQuestion } from '../../services/questions/withdraw-question';
import { mineCard } from '../../views/questions/list-cards';
import { editFormReply, questionFormReply, submitReply, withdrawReply } from '../../views/questions/member-replies';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { staleCard } from '../verbs';
import { type CardReply, onCardVerb } from './card-verbs';
import { questionContext } from './questions-verbs';

/** "ask a question": the form for the one meeting taking questions, or a choice of them. */
export async function askForm(deps: BotDeps, actor: ReturnType<typeof toActor>): Promise<CardReply> {
  const ctx = questionContext(deps);
  const form = await questionForm(ctx, actor);
  return form.kind === 'stale' ? staleCard : questionFormReply(ctx, form);
}

/** "my questions": the member's questions with Edit and Withdraw while they may. */
export async function mine(deps: BotDeps, actor: ReturnType<typeof toActor>): Promise<CardReply> {
  const ctx = questionContext(deps);
  return mineCard(ctx, await myQuestions(ctx, actor));
}

/** Members: write, edit and withdraw questions. */
export function registerSubmitVerbs(app: Application<AppTurnState>, deps: BotDeps): void {
  onCardVerb(app, 'question.form', async (context, { windowId }) => {
    const ctx = questionContext(deps);
    const form = await questionForm(ctx, toActor(context.activity), windowId);
    return form.kind === 'stale' ? staleCard : questionFormReply(ctx, form);
  });

  onCardVerb(app, 'question.submit', async (context, input) => {
    const ctx = questionContext(deps);
    const result = await submitQuestion(ctx, toActor(context.activity), input);
    deps.logger.info({ verb: 'question.submit', outcome: result.kind, windowId: input.windowId, late: input.late }, 'question submission');
    return submitReply(ctx, result, { formId: input.formId, agendaItem: input.agendaItem, text: input.text, putTo: input.putTo });
  });

  onCardVerb(app, 'question.edit', async (context, { questionId }) => {
    const ctx = questionContext(deps);
    const form = await editQuestionForm(ctx, toActor(context.activity), questionId);
    return form.kind === 'stale' ? staleCard : editFormReply(ctx, form);
  });

  onCardVerb(app, 'question.withdraw', async (context, { questionId, confirmed }) => {
    const ctx = questionContext(deps);
    const result = await withdrawQuestion(ctx, toActor(context.activity), questionId, confirmed === true);
    deps.logger.info({ verb: 'question.withdraw', outcome: result.kind }, 'question withdrawal');
    return withdrawReply(ctx, result);
  });

  onCardVerb(app, 'question.mine', async (context) => mine(deps, toActor(context.activity)));
}
