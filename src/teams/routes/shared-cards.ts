import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { CardJson } from '../../cards/render';
import type { Actor } from '../../domain/directory';
import { canRunWindow } from '../../domain/questions-rules';
import { actionEditors, questionReviewers, teamsUserIds } from '../../services/card-viewers';
import { type ActionForUpdate, loadActionForUpdate } from '../../services/open-action-update';
import { whoIs } from '../../services/questions/context';
import { findQuestion } from '../../services/questions/find-question';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { sendReply } from './card-verbs';
import { questionContext, sharedConversationId } from './questions-verbs';
import { actionStatusCard, questionReviewView, questionStatusCard, viewVerbs, withRefresh } from '../../views/shared-card-views';
import { updateFormCard } from '../../views/updates/update-cards';

// NOTE: anchored: "question Q3", "show question 3 for 2 March".
export const showQuestionCommand = /^\s*(?:show\s+)?question\s+q?(\d{1,4})(?:\s+for\s+(.+?))?\s*[.!?]*\s*$/i;

/** What a refresh carries: one id, nothing else (Teams adds no inputs to a refresh). */
const actionViewData = z.object({ actionId: z.string().min(1).max(300) }).strict();
const questionViewData = z.object({ questionId: z.string().min(1).max(300) }).strict();

export const refusedView = 'That card is out of date or not one I recognise, so it shows nothing new. Type help to start again.';

/**
 * An action's card for a shared chat: posted (`posted`), everyone's card is the status, with a refresh
 * naming those who may update it; refreshed, the person's own view: the update form for those who may
 * update it (checked on the server, from the directory and the plan's settings, never from the card),
 * the status for everyone else. Every view carries the same refresh, so the card stays per-person.
 */
export async function actionCard(deps: BotDeps, target: ActionForUpdate, options: { posted?: boolean; poster?: Actor } = {}): Promise<CardJson> {
  const { action, plan, settings, permission } = target;
  const userIds = await teamsUserIds(deps.stores.conversations, actionEditors(deps.directory, action, settings), options.poster);
  const editable = !options.posted && permission.allowed && plan.scale.levels.length > 0;
  const card = editable ? updateFormCard(deps, target) : actionStatusCard(deps, target);
  return withRefresh(card, viewVerbs.action, { actionId: action.id }, userIds);
}

/**
 * Registers a refresh verb. Its answer goes straight into the invoke response: teams-ai would post a
 * card that carries a `refresh` to everyone in the conversation (and keep doing so for that verb), and
 * a per-person view must reach only the person whose client asked for it.
 */
function onView(app: Application<AppTurnState>, verb: string, view: (context: TurnContext, data: Record<string, unknown>) => Promise<CardJson | string>): void {
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
    const reply = await view(context, (data ?? {}) as Record<string, unknown>);
    const body = typeof reply === 'string' ? { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply } : { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: reply };
    await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
    // NOTE: teams-ai sends nothing more once an invoke response is there, so what is returned is unused.
    return '';
  });
}

/**
 * Per-person views in shared chats (Universal Actions refresh): an action's card shows its lead,
 * delegates and administrators the update form and everyone else the status; a question's card shows
 * the committee's chair and democratic services the review controls and members the question.
 */
export function registerSharedCards(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Anyone', usage: 'question Q3', summary: "A question's card for the chat: members see the question once accepted; the chair sees the review controls on it." });

  onView(app, viewVerbs.action, async (context, data) => {
    const parsed = actionViewData.safeParse(data);
    const actor = toActor(context.activity);
    const target = parsed.success ? await loadActionForUpdate(deps.stores, deps.directory, actor, parsed.data.actionId) : undefined;
    deps.logger.info({ verb: viewVerbs.action, outcome: target ? (target.permission.allowed ? 'form' : 'status') : 'refused' }, 'card view');
    return target ? actionCard(deps, target) : refusedView;
  });

  onView(app, viewVerbs.question, async (context, data) => {
    const parsed = questionViewData.safeParse(data);
    const ctx = questionContext(deps);
    const question = parsed.success ? await ctx.questions.getQuestion(parsed.data.questionId) : undefined;
    const window = question && (await ctx.questions.getWindow(question.windowId));
    if (!question || !window) {
      deps.logger.info({ verb: viewVerbs.question, outcome: 'refused' }, 'card view');
      return refusedView;
    }
    const reviewer = canRunWindow(whoIs(ctx, toActor(context.activity)).person, window.meeting.body);
    deps.logger.info({ verb: viewVerbs.question, outcome: reviewer ? 'review' : 'status' }, 'card view');
    const userIds = await teamsUserIds(deps.stores.conversations, questionReviewers(deps.directory, window.meeting.body));
    const card = reviewer ? await questionReviewView(ctx, window, question) : questionStatusCard(ctx, window, question);
    return withRefresh(card, viewVerbs.question, { questionId: question.id }, userIds);
  });

  app.message(showQuestionCommand, async (context) => {
    const ctx = questionContext(deps);
    const actor = toActor(context.activity);
    const { person } = whoIs(ctx, actor);
    if (!person) return sendReply(context, "I can only show questions to people in the council's directory. Ask democratic services to add you.");
    const [, number, phrase] = showQuestionCommand.exec(context.activity.text ?? '') ?? [];
    const found = await findQuestion(ctx, Number(number), phrase ?? '');
    if (found.kind === 'none') return sendReply(context, found.message);
    const { window, question } = found;
    const reviewer = canRunWindow(person, window.meeting.body);
    const userIds = await teamsUserIds(deps.stores.conversations, questionReviewers(deps.directory, window.meeting.body), actor);
    // In a shared chat everyone gets the members' card and reviewers see theirs on refresh; in a 1:1 chat, the person's own view.
    const shared = !!sharedConversationId(context);
    const card = !shared && reviewer ? await questionReviewView(ctx, window, question) : questionStatusCard(ctx, window, question);
    await sendReply(context, withRefresh(card, viewVerbs.question, { questionId: question.id }, userIds));
  });
}
