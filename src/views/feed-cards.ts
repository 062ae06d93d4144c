import type { CardJson, CardRenderer } from '../cards/render';
import { statusColour } from '../cards/status-colour';
import { plainText } from '../cards/text';
import type { Action, Plan } from '../domain/model';
import { longDate, whenIn } from '../domain/update-dates';
import { levelOf, statusChange } from '../domain/update-scale';
import type { ActionUpdate } from '../domain/updates';

/** The card posted to a plan's feed channel when one of its actions is updated. */
export function feedUpdateCard(cards: CardRenderer, plan: Plan, action: Action, update: ActionUpdate, timeZone: string): CardJson {
  const level = levelOf(plan.scale, update.status);
  const due = update.revisedDue
    ? `${longDate(update.revisedDue)} (revised; the plan said ${action.due?.raw ?? 'nothing'})`
    : (action.due?.raw ?? 'Not given in the plan');
  return cards.render('feed-update', {
    style: statusColour(plan.scale, update.status).toLowerCase(),
    title: plainText(`Action ${action.ref}: ${statusChange(plan.scale, update.previousStatus, update.status)}`),
    planName: plainText(plan.name),
    actionText: plainText(action.text),
    headline: plainText(`${update.author.name} updated this on ${whenIn(update.at, timeZone)}.`),
    facts: [
      { label: 'Status', value: plainText(level ? `${level.label}: ${level.meaning}` : update.status) },
      { label: 'Due', value: plainText(due) },
      { label: action.leads.length > 1 ? 'Leads' : 'Lead', value: plainText(action.leads.join('; ') || 'Not named in the plan') },
    ],
    commentary: plainText(update.commentary),
    evidenceUrl: update.evidenceUrl && /^https?:\/\//i.test(update.evidenceUrl) ? update.evidenceUrl : '',
    actionId: action.id,
  });
}
