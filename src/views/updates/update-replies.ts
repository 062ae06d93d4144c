import type { CardJson } from '../../cards/render';
import type { UpdateCommand, UpdateForm } from '../../services/action-card';
import type { ActionHistory } from '../../services/get-action-history';
import type { MyActions } from '../../services/list-my-actions';
import type { UpdateOutcome } from '../../services/update-action-status';
import { type CardReply, forAll } from '../card-reply';
import { actionCard } from '../shared-card-views';
import type { ViewDeps } from '../view-deps';
import { updateFormCard, updateResultCard } from './update-cards';
import { historyCard } from './update-history-card';
import { choosePlanCard, myActionsCard } from './update-list-cards';

const notFound = (ref: string, planWords: string[]) =>
  `I can't find an action ${ref}${planWords.length > 0 ? ` in a plan matching "${planWords.join(' ')}"` : ''}. Type my actions to see the ones you can update.`;

/** The update form, or why not. */
export function updateFormReply(deps: ViewDeps, form: UpdateForm): CardReply {
  return form.kind === 'form' ? updateFormCard(deps, form.target) : form.message;
}

/** "update 1.9": the form, the action's card for everyone in a shared chat, a choice of plans, or what to type. */
export function updateCommandReply(deps: ViewDeps, opened: UpdateCommand): CardReply {
  switch (opened.kind) {
    case 'posted':
      return actionCard(deps, opened.view);
    case 'form':
    case 'refused':
      return updateFormReply(deps, opened);
    case 'choose':
      return choosePlanCard(deps, opened.ref, opened.options, 'action.open', 'Update this one');
    case 'not-found':
      return notFound(opened.ref, opened.planWords);
    default:
      return 'Say which action, for example update 1.9, or update 1.1 in DToC when a ref is in several plans.';
  }
}

/**
 * A submitted update: the result for everyone (recorded now or before), the form again with its
 * problems, the other update that came first, or why not.
 */
export function updateOutcomeReply(deps: ViewDeps, outcome: UpdateOutcome): CardReply {
  switch (outcome.kind) {
    case 'updated':
    case 'duplicate':
      return forAll(updateResultCard(deps, outcome.target, outcome.update));
    case 'rejected':
      return updateFormCard(deps, outcome.target, { input: outcome.input, errors: outcome.errors, notice: 'Nothing is saved yet: put right the fields marked below and submit again.' });
    case 'conflict': {
      const notice = outcome.mine
        ? 'You updated this action from another card after this one was shown, so this submission was not saved. The card now shows your latest update. Submit again if this one should replace it.'
        : `${outcome.target.latest!.author.name} updated this action after your card was shown, so yours was not saved. Their update is above. Submit again if yours still stands.`;
      return updateFormCard(deps, outcome.target, { input: outcome.input, notice });
    }
    case 'refused':
      return outcome.message;
    default:
      return 'That card is out of date or not one I recognise, so nothing was changed. Type my actions to start again.';
  }
}

/** "history 1.9" (or the History button): the history card, a choice of plans, or what to type. */
export function historyReply(deps: ViewDeps, history: ActionHistory, fromCard = false): CardReply {
  if (history.kind === 'history') return historyCard(deps, history.action, history.plan, history.updates);
  if (fromCard) return "I can't find that action any more.";
  if (history.kind === 'choose') return choosePlanCard(deps, history.ref, history.options, 'action.history', 'Show its history');
  if (history.kind === 'not-found') return notFound(history.ref, history.planWords);
  return 'Say which action, for example history 1.9.';
}

/** "my actions": the list, or why there is none. */
export function myActionsReply(deps: ViewDeps, mine: MyActions): CardJson | string {
  const card = myActionsCard(deps, mine);
  if (card) return card;
  const admin = mine.administers.length > 0 ? ` You administer ${mine.administers.length} plan${mine.administers.length === 1 ? '' : 's'}, so you can update any of their actions with update followed by its ref.` : '';
  const who = mine.person ? "You're not down as the lead or a delegate of any action." : "I can't find you in the council's directory of people, so I don't know which actions are yours.";
  return `${who}${admin}`;
}
