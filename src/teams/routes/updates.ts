import type { Application } from '@microsoft/teams-ai';
import { openUpdateCard, openUpdateForm } from '../../services/action-card';
import { getActionHistory } from '../../services/get-action-history';
import { listMyActions } from '../../services/list-my-actions';
import { updateActionStatus } from '../../services/update-action-status';
import { historyReply, myActionsReply, updateCommandReply, updateFormReply, updateOutcomeReply } from '../../views/updates/update-replies';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';
import { onCardVerb, sendReply } from './card-verbs';
import { registerRecordRoutes } from './update-record';
import { registerSettingsRoutes } from './update-settings';
import { submissionKey } from './submission-key';
import { sharedConversationId } from './questions-verbs';

// NOTE: anchored, and only with a ref (a digit) in it: "update on 1.9" is a member's question and
// "update cadence for <plan>" is the reminders' command.
export const updateCommand = /^\s*update\s+(?!on\b|about\b|me\b|from\b|cadence\b)(?=.*\d)(.+?)\s*$/i;
export const myActionsCommand = /^\s*my\s+actions\s*[.!?]*\s*$/i;
export const historyCommand = /^\s*history\s+(?:of\s+)?(?=.*\d)(.+?)\s*$/i;

/** Officers update: "update 1.9", "my actions", "history 1.9", "record ...", plan settings, and the card verbs. */
export function registerUpdates(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Action leads', usage: 'update 1.9', summary: "A card to give an action's status, commentary, revised date and evidence." });
  deps.commands.add({ audience: 'Action leads', usage: 'my actions', summary: 'The actions you lead or are a delegate for, each with an Update button.' });
  deps.commands.add({ audience: 'Action leads', usage: 'history 1.9', summary: 'Every status change of an action: who, when, from, to and commentary.' });
  const stores = deps.stores;
  const clock = () => ({ now: deps.clock(), timeZone: deps.timeZone });

  onCardVerb(app, 'action.update', async (context, data, raw) => {
    const outcome = await updateActionStatus(stores, deps.directory, clock(), {
      data,
      actor: toActor(context.activity),
      idempotencyKey: submissionKey(context.activity, 'action.update', raw),
    });
    deps.logger.info({ verb: 'action.update', outcome: outcome.kind, actionId: 'target' in outcome ? outcome.target.action.id : undefined }, 'action update submitted');
    return updateOutcomeReply(deps, outcome);
  });

  onCardVerb(app, 'action.open', async (context, { actionId }) => {
    const form = await openUpdateForm(stores, deps.directory, toActor(context.activity), actionId);
    return form ? updateFormReply(deps, form) : "I can't find that action any more. Type my actions to see yours.";
  });

  onCardVerb(app, 'action.history', async (_context, { actionId }) => historyReply(deps, await getActionHistory(stores, { actionId }), true));

  app.message(myActionsCommand, async (context) => sendReply(context, myActionsReply(deps, await listMyActions(stores, deps.directory, toActor(context.activity)))));

  app.message(updateCommand, async (context) => {
    const text = updateCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    const shared = !!sharedConversationId(context);
    await sendReply(context, updateCommandReply(deps, await openUpdateCard(stores, deps.directory, toActor(context.activity), text, shared)));
  });

  app.message(historyCommand, async (context) => {
    const text = historyCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    const history = await getActionHistory(stores, { text }, { directory: deps.directory, actor: toActor(context.activity) });
    await sendReply(context, historyReply(deps, history));
  });

  registerRecordRoutes(app, deps);
  registerSettingsRoutes(app, deps);
}
