import type { Application } from '@microsoft/teams-ai';
import type { UpdatePermission } from '../../domain/update-permissions';
import { refusalText } from '../../domain/update-permissions';
import { getActionHistory } from '../../services/get-action-history';
import { listMyActions } from '../../services/list-my-actions';
import { type ActionForUpdate, loadActionForUpdate, openActionUpdate } from '../../services/open-action-update';
import { updateActionStatus } from '../../services/update-action-status';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';
import { type CardReply, forAll, onCardVerb, sendReply } from './card-verbs';
import { updateFormCard, updateResultCard } from '../../views/updates/update-cards';
import { historyCard } from '../../views/updates/update-history-card';
import { choosePlanCard, myActionsCard } from '../../views/updates/update-list-cards';
import { registerRecordRoutes } from './update-record';
import { registerSettingsRoutes } from './update-settings';
import { submissionKey } from './submission-key';
import { sharedConversationId } from './questions-verbs';
import { actionCard } from './shared-cards';

// NOTE: anchored, and only with a ref (a digit) in it: "update on 1.9" is a member's question and
// "update cadence for <plan>" is the reminders' command.
export const updateCommand = /^\s*update\s+(?!on\b|about\b|me\b|from\b|cadence\b)(?=.*\d)(.+?)\s*$/i;
export const myActionsCommand = /^\s*my\s+actions\s*[.!?]*\s*$/i;
export const historyCommand = /^\s*history\s+(?:of\s+)?(?=.*\d)(.+?)\s*$/i;

const notFound = (ref: string, planWords: string[]) =>
  `I can't find an action ${ref}${planWords.length > 0 ? ` in a plan matching "${planWords.join(' ')}"` : ''}. Type my actions to see the ones you can update.`;

/** The form for an action the caller may update, or why not. */
function formOrRefusal(deps: BotDeps, target: ActionForUpdate): CardReply {
  const { action, plan, permission } = target;
  if (!permission.allowed) {
    // NOTE: the plan named too, so the suggested command opens this action rather than asking which.
    return `${refusalText(permission as Extract<UpdatePermission, { allowed: false }>, `action ${action.ref} of ${plan.name}`)} Type history ${action.ref} in ${plan.name} to see its updates.`;
  }
  if (plan.scale.levels.length === 0) {
    return `${plan.name} has no status scale, so I can't take a status for action ${action.ref}. An administrator can import the plan's scale.`;
  }
  return updateFormCard(deps, target);
}

/** Officers update: "update 1.9", "my actions", "history 1.9", "record ...", plan settings, and the card verbs. */
export function registerUpdates(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Action leads', usage: 'update 1.9', summary: "A card to give an action's status, commentary, revised date and evidence." });
  deps.commands.add({ audience: 'Action leads', usage: 'my actions', summary: 'The actions you lead or are a delegate for, each with an Update button.' });
  deps.commands.add({ audience: 'Action leads', usage: 'history 1.9', summary: 'Every status change of an action: who, when, from, to and commentary.' });
  const stores = deps.stores;
  const clock = () => ({ now: deps.clock(), timeZone: deps.timeZone });

  onCardVerb(app, 'action.update', async (context, data) => {
    const outcome = await updateActionStatus(stores, deps.directory, clock(), {
      data,
      actor: toActor(context.activity),
      idempotencyKey: submissionKey(context.activity, 'action.update', data),
    });
    deps.logger.info({ verb: 'action.update', outcome: outcome.kind, actionId: 'target' in outcome ? outcome.target.action.id : undefined }, 'action update submitted');
    switch (outcome.kind) {
      case 'updated':
      case 'duplicate':
        return forAll(updateResultCard(deps, outcome.target, outcome.update));
      case 'rejected':
        return updateFormCard(deps, outcome.target, { input: outcome.input, errors: outcome.errors, notice: 'Nothing is saved yet: put right the fields marked below and submit again.' });
      case 'conflict': {
        const latest = outcome.target.latest!;
        const me = toActor(context.activity).aadObjectId;
        const mine = !!me && latest.author.aadObjectId?.toLowerCase() === me.toLowerCase();
        const notice = mine
          ? 'You updated this action from another card after this one was shown, so this submission was not saved. The card now shows your latest update. Submit again if this one should replace it.'
          : `${latest.author.name} updated this action after your card was shown, so yours was not saved. Their update is above. Submit again if yours still stands.`;
        return updateFormCard(deps, outcome.target, { input: outcome.input, notice });
      }
      case 'refused':
        return formOrRefusal(deps, outcome.target);
      default:
        return 'That card is out of date or not one I recognise, so nothing was changed. Type my actions to start again.';
    }
  });

  onCardVerb(app, 'action.open', async (context, data) => {
    const target = typeof data.actionId === 'string' ? await loadActionForUpdate(stores, deps.directory, toActor(context.activity), data.actionId) : undefined;
    return target ? formOrRefusal(deps, target) : "I can't find that action any more. Type my actions to see yours.";
  });

  onCardVerb(app, 'action.history', async (_context, data) => {
    const history = typeof data.actionId === 'string' ? await getActionHistory(stores, { actionId: data.actionId }) : undefined;
    if (history?.kind !== 'history') return "I can't find that action any more.";
    return historyCard(deps, history.action, history.plan, history.updates);
  });

  app.message(myActionsCommand, async (context) => {
    const mine = await listMyActions(stores, deps.directory, toActor(context.activity));
    const card = myActionsCard(deps, mine);
    if (card) return void (await context.sendActivity(cardMessage(card)));
    const admin = mine.administers.length > 0 ? ` You administer ${mine.administers.length} plan${mine.administers.length === 1 ? '' : 's'}, so you can update any of their actions with update followed by its ref.` : '';
    const who = mine.person ? "You're not down as the lead or a delegate of any action." : "I can't find you in the council's directory of people, so I don't know which actions are yours.";
    await context.sendActivity(`${who}${admin}`);
  });

  app.message(updateCommand, async (context) => {
    const text = updateCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    const opened = await openActionUpdate(stores, deps.directory, toActor(context.activity), text);
    if (opened.kind === 'open') {
      // In a group chat or channel, one card for everyone: its status, and the form for whoever may update it.
      const shared = opened.target.permission.allowed && !!sharedConversationId(context);
      return sendReply(context, shared ? await actionCard(deps, opened.target, { posted: true, poster: toActor(context.activity) }) : formOrRefusal(deps, opened.target));
    }
    if (opened.kind === 'choose') return sendReply(context, choosePlanCard(deps, opened.ref, opened.options, 'action.open', 'Update this one'));
    if (opened.kind === 'not-found') return sendReply(context, notFound(opened.ref, opened.planWords));
    return sendReply(context, 'Say which action, for example update 1.9, or update 1.1 in DToC when a ref is in several plans.');
  });

  app.message(historyCommand, async (context) => {
    const text = historyCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    const history = await getActionHistory(stores, { text }, { directory: deps.directory, actor: toActor(context.activity) });
    if (history.kind === 'history') return sendReply(context, historyCard(deps, history.action, history.plan, history.updates));
    if (history.kind === 'choose') return sendReply(context, choosePlanCard(deps, history.ref, history.options, 'action.history', 'Show its history'));
    if (history.kind === 'not-found') return sendReply(context, notFound(history.ref, history.planWords));
    return sendReply(context, 'Say which action, for example history 1.9.');
  });

  registerRecordRoutes(app, deps);
  registerSettingsRoutes(app, deps);
}
