import { plainText } from '../../cards/text';
import type { ActionInPlan } from '../../services/find-action';
import type { MyActions } from '../../services/list-my-actions';
import type { ViewDeps } from '../view-deps';
import { statusNow } from './update-cards';

// NOTE: each item is a few hundred bytes; 20 keeps the card well under Teams' 40 KB safe size.
const maxItems = 20;

/** "my actions": one item per action with an Update button, or undefined when there are none. */
export function myActionsCard(deps: ViewDeps, mine: MyActions) {
  if (mine.actions.length === 0) return undefined;
  const shown = mine.actions.slice(0, maxItems);
  const count = mine.actions.length;
  return deps.cards.render('action-update-list', {
    title: 'Your actions',
    intro: plainText(`You can update ${count} action${count === 1 ? '' : 's'} as lead or delegate. Press Update on one to give its status.`),
    items: shown.map(({ action, plan, latest }) => ({
      heading: plainText(`${action.ref} · ${plan.name}`),
      detail: plainText(action.text),
      status: plainText(`${statusNow(deps, plan.scale, action, latest)} · due ${action.due?.raw ?? 'not given'}`),
      button: 'Update',
      verb: 'action.open',
      actionId: action.id,
    })),
    note:
      count > shown.length
        ? plainText(`And ${count - shown.length} more: type update followed by the action's ref, for example update ${mine.actions[shown.length]!.action.ref}.`)
        : '',
  });
}

/** "Which 1.1?": the plans a ref is in, each with a button that carries on with `verb`. */
export function choosePlanCard(deps: ViewDeps, ref: string, options: ActionInPlan[], verb: string, button: string) {
  return deps.cards.render('action-update-list', {
    title: plainText(`Which ${ref}?`),
    intro: plainText(`Action ${ref} is in ${options.length} plans. Which one do you mean?`),
    items: options.slice(0, maxItems).map(({ action, plan }) => ({
      heading: plainText(plan.name),
      detail: plainText(action.text),
      status: plainText(plan.council),
      button,
      verb,
      actionId: action.id,
    })),
    note: plainText(`Next time you can name the plan too, for example "${ref} in ${options[0]!.plan.name}".`),
  });
}
