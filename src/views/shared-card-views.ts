import type { CardJson } from '../cards/render';
import { statusColour } from '../cards/status-colour';
import { plainText } from '../cards/text';
import { type Question, type QuestionWindow, questionRef } from '../domain/questions';
import { longDate } from '../domain/update-dates';
import { levelOf } from '../domain/update-scale';
import type { ActionCardView } from '../services/action-card';
import type { QuestionCard } from '../services/questions/question-card';
import { noticeCard, questionFacts } from './questions/notice-card';
import { reviewCard } from './questions/review-card';
import type { ActionForUpdate } from '../services/open-action-update';
import type { ViewClock, ViewDeps } from './view-deps';
import { statusNow, updateFormCard } from './updates/update-cards';

/** Card verbs of the per-person views: Teams asks for them to refresh a card (`refresh.action`). */
export const viewVerbs = { action: 'action.view', question: 'question.view' } as const;

/**
 * A card's `refresh`: the Action.Execute Teams sends when the card is shown, and to whom.
 *
 * @remarks
 * `userIds` names the people who see another view than the card's own; it is left out when none is
 * known, and Teams then refreshes the card for everyone in a conversation of up to 60 members.
 */
export function withRefresh(card: CardJson, verb: string, data: Record<string, string>, userIds: string[]): CardJson {
  return { ...card, refresh: { action: { type: 'Action.Execute', title: 'Refresh', verb, data }, ...(userIds.length > 0 ? { userIds } : {}) } };
}

/** The read-only card of an action: what everyone but its lead, delegates and administrators sees. */
export function actionStatusCard(deps: ViewDeps, target: ActionForUpdate): CardJson {
  const { action, plan, latest } = target;
  const code = latest?.status ?? action.status;
  const level = levelOf(plan.scale, code);
  const planned = action.due?.raw ?? 'Not given in the plan';
  return deps.cards.render('action-status', {
    title: plainText(`Action ${action.ref}`),
    planName: plainText(plan.name),
    actionText: plainText(action.text),
    // NOTE: with no status the facts say so; the line is left out.
    statusLine: plainText(level ? `${level.label}: ${level.meaning}` : (code ?? '')),
    colour: statusColour(plan.scale, code),
    facts: [
      { label: 'Due', value: plainText(latest?.revisedDue ? `${longDate(latest.revisedDue)} (revised; the plan said ${planned})` : planned) },
      { label: action.leads.length > 1 ? 'Leads' : 'Lead', value: plainText(action.leads.join('; ') || 'Not named in the plan') },
      { label: 'Status now', value: plainText(statusNow(deps, plan.scale, action, latest)) },
    ],
    lastCommentary: latest?.commentary ? plainText(`Last commentary: ${latest.commentary}`) : '',
    note: "Its lead, their delegates and the plan's administrators see the update form on this card; everyone else sees its status.",
    actionId: action.id,
  });
}

/** Whether members may read a question's text: once the chair has accepted it, as the accepted list shows it. */
const isPublic = (q: Question) => q.status === 'accepted';

/** The read-only card of a question: what everyone but the committee's chair and democratic services sees. */
export function questionStatusCard(view: ViewClock, window: QuestionWindow, q: Question): CardJson {
  const open = isPublic(q);
  const keep = new Set(['Reference', 'Meeting', 'Agenda item', 'Status', ...(open ? ['To', 'Asked by'] : [])]);
  return noticeCard(view, {
    title: `Question ${questionRef(q)}`,
    intro: open ? 'Accepted by the chair for the meeting.' : 'Its text is shown here once the chair has accepted it.',
    facts: questionFacts(window, q).filter((f) => keep.has(f.title)),
    quotes: open ? [{ label: 'Question', text: plainText(q.text) }] : [],
    note: 'The chair and democratic services see the review controls on this card.',
  });
}

/** An action's card, the update form or the status as the service chose, with the refresh that keeps it per-person. */
export function actionCard(deps: ViewDeps, v: ActionCardView): CardJson {
  const card = v.editable ? updateFormCard(deps, v.target) : actionStatusCard(deps, v.target);
  return withRefresh(card, viewVerbs.action, { actionId: v.target.action.id }, v.userIds);
}

/** A question's card, the chair's review controls or the members' view, with the refresh that keeps it per-person. */
export function questionCard(view: ViewClock, v: QuestionCard): CardJson {
  const card = v.kind === 'review' ? reviewCard(view, v.state) : questionStatusCard(view, v.window, v.question);
  const question = v.kind === 'review' ? v.state.question : v.question;
  return withRefresh(card, viewVerbs.question, { questionId: question.id }, v.userIds);
}
