import type { CardJson, CardRenderer } from '../../cards/render';
import { plainText } from '../../cards/text';
import type { Action, Plan, StatusScale } from '../../domain/model';
import { longDate, whenIn } from '../../domain/update-dates';
import { levelOf, levelsNeedingExplanation, statusLabel } from '../../domain/update-scale';
import type { ActionUpdate } from '../../store/ports';

/** Container style for a level: complete accent, the bottom level attention, the next warning, others good. */
export function styleOf(scale: StatusScale, code: string | undefined): string {
  const level = levelOf(scale, code);
  if (!level) return 'default';
  if (level.complete) return 'accent';
  const bottom = levelsNeedingExplanation(scale);
  if (bottom[0]?.code === level.code) return 'attention';
  return bottom.some((l) => l.code === level.code) ? 'warning' : 'good';
}

/** "from Amber to Green", "set to Green (no status before)", "kept at Amber". */
export function changeOf(scale: StatusScale, update: ActionUpdate): string {
  const to = statusLabel(scale, update.status);
  if (!update.previousStatus) return `set to ${to} (no status before)`;
  if (update.previousStatus === update.status) return `kept at ${to}`;
  return `from ${statusLabel(scale, update.previousStatus)} to ${to}`;
}

/** The card posted to a plan's feed channel when one of its actions is updated. */
export function feedUpdateCard(cards: CardRenderer, plan: Plan, action: Action, update: ActionUpdate, timeZone: string): CardJson {
  const level = levelOf(plan.scale, update.status);
  const due = update.revisedDue
    ? `${longDate(update.revisedDue)} (revised; the plan said ${action.due?.raw ?? 'nothing'})`
    : (action.due?.raw ?? 'Not given in the plan');
  return cards.render('feed-update', {
    style: styleOf(plan.scale, update.status),
    title: plainText(`Action ${action.ref}: ${changeOf(plan.scale, update)}`),
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
