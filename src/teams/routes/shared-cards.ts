import type { Application } from '@microsoft/teams-ai';
import { viewActionCard } from '../../services/action-card';
import { showQuestion, viewQuestionCard } from '../../services/questions/question-card';
import { actionCard, questionCard, viewVerbs } from '../../views/shared-card-views';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { refusedView } from '../verbs';
import { onView, sendReply } from './card-verbs';
import { questionContext, sharedConversationId } from './questions-verbs';

// NOTE: anchored: "question Q3", "show question 3 for 2 March".
export const showQuestionCommand = /^\s*(?:show\s+)?question\s+q?(\d{1,4})(?:\s+for\s+(.+?))?\s*[.!?]*\s*$/i;

/**
 * Per-person views in shared chats (Universal Actions refresh): an action's card shows its lead,
 * delegates and administrators the update form and everyone else the status; a question's card shows
 * the committee's chair and democratic services the review controls and members the question.
 */
export function registerSharedCards(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Anyone', usage: 'question Q3', summary: "A question's card for the chat: members see the question once accepted; the chair sees the review controls on it." });
  const log = (verb: string) => (outcome: string) => deps.logger.info({ verb, outcome }, 'card view');

  onView(app, viewVerbs.action, log(viewVerbs.action), async (context, { actionId }) => {
    const view = await viewActionCard(deps.stores, deps.directory, toActor(context.activity), actionId);
    log(viewVerbs.action)(view ? (view.target.permission.allowed ? 'form' : 'status') : 'refused');
    return view ? actionCard(deps, view) : refusedView;
  });

  onView(app, viewVerbs.question, log(viewVerbs.question), async (context, { questionId }) => {
    const ctx = { ...questionContext(deps), conversations: deps.stores.conversations };
    const view = await viewQuestionCard(ctx, toActor(context.activity), questionId);
    log(viewVerbs.question)(view?.kind ?? 'refused');
    return view ? questionCard(ctx, view) : refusedView;
  });

  app.message(showQuestionCommand, async (context) => {
    const ctx = { ...questionContext(deps), conversations: deps.stores.conversations };
    const [, number, phrase] = showQuestionCommand.exec(context.activity.text ?? '') ?? [];
    const shown = await showQuestion(ctx, toActor(context.activity), Number(number), phrase ?? '', !!sharedConversationId(context));
    await sendReply(context, shown.kind === 'refused' ? shown.message : questionCard(ctx, shown));
  });
}
