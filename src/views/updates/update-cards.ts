import { statusColour } from '../../cards/status-colour';
import { plainText } from '../../cards/text';
import type { Action, StatusScale } from '../../domain/model';
import { statusNowText } from '../../services/status-now';
import { dateIn, longDate, whenIn } from '../../domain/update-dates';
import type { FieldErrors, UpdateField, UpdateInput } from '../../domain/update-rules';
import { limits, updateFields } from '../../domain/update-rules';
import { bottomLabels, choicesOf, completeLevel, levelOf, statusChange } from '../../domain/update-scale';
import type { ActionForUpdate } from '../../services/open-action-update';
import type { ActionUpdate } from '../../domain/updates';
import type { ViewDeps } from '../view-deps';

/** Card view models for the update form and its result. Text from packs and people goes through plainText. */

/** A typed value given back into an input: "${" would otherwise read as a template expression. */
const echo = (text: string, max = Number.POSITIVE_INFINITY) => text.slice(0, max).replace(/\$\{/g, '$\u200b{');

/**
 * A form's inputs given back with their problems. Each typed value comes back whole up to twice its
 * field's limit (so the person sees what to shorten); past that a card could not hold it, so it is
 * cut and the problem says so. Problems can quote what was typed, so they are escaped like any text.
 */
export function givenBack<F extends string>(fields: readonly F[], input: Record<F, string>, errors: Partial<Record<F, string>> = {}, fieldLimits: Partial<Record<F, number>> = {}) {
  const keep = (f: F) => 2 * (fieldLimits[f] ?? 100);
  const cut = (f: F) => (input[f].length > keep(f) ? ` Only its first ${keep(f)} characters are kept below.` : '');
  return {
    input: Object.fromEntries(fields.map((f) => [f, echo(input[f], keep(f))])) as Record<F, string>,
    errors: Object.fromEntries(fields.map((f) => [f, plainText(`${errors[f] ?? ''}${cut(f)}`.trim())])) as Record<F, string>,
  };
}

/** "Amber (Sam Officer, 20 November 2026 at 09:00)", or where the status came from. */
export function statusNow(deps: ViewDeps, scale: StatusScale, action: Action, latest?: ActionUpdate): string {
  return statusNowText(scale, action, latest, deps.timeZone) ?? 'No status given yet';
}

function dueText(action: Action, latest?: ActionUpdate): string {
  const planned = action.due?.raw ?? 'Not given in the plan';
  return latest?.revisedDue ? `${longDate(latest.revisedDue)} (revised; the plan said ${planned})` : planned;
}

export interface UpdateFormState {
  input?: UpdateInput;
  errors?: FieldErrors<UpdateField>;
  notice?: string;
}

/** The update form for an action, pre-filled from its newest update or with what the person typed. */
export function updateFormCard(deps: ViewDeps, target: ActionForUpdate, state: UpdateFormState = {}) {
  const { action, plan, latest } = target;
  const scale = plan.scale;
  const today = dateIn(deps.clock(), deps.timeZone);
  const current = levelOf(scale, latest?.status ?? action.status)?.code ?? '';
  const keptDue = latest?.revisedDue && latest.revisedDue >= today ? latest.revisedDue : '';
  const input: UpdateInput = state.input ?? { status: current, commentary: '', nextSteps: '', revisedDue: keptDue, evidenceUrl: latest?.evidenceUrl ?? '' };
  const bottom = bottomLabels(scale);
  const complete = completeLevel(scale);
  return deps.cards.render('action-update', {
    title: plainText(`Update action ${action.ref}`),
    planName: plainText(plan.name),
    actionText: plainText(action.text),
    facts: [
      { label: 'Due', value: plainText(dueText(action, latest)) },
      { label: action.leads.length > 1 ? 'Leads' : 'Lead', value: plainText(action.leads.join('; ') || 'Not named in the plan') },
      { label: 'Status now', value: plainText(statusNow(deps, scale, action, latest)) },
    ],
    lastCommentary: latest?.commentary ? plainText(`Last commentary: ${latest.commentary}`) : '',
    notice: state.notice ? plainText(state.notice) : '',
    choices: choicesOf(scale).map((l) => ({ title: l.meaning && l.meaning !== l.label ? `${l.label}: ${l.meaning}` : l.label, value: l.code })),
    ...givenBack(updateFields, input, state.errors, limits),
    commentaryLabel: bottom ? `Commentary: progress so far, or for ${bottom} what is wrong` : 'Commentary',
    nextStepsLabel: bottom ? `What will happen next, and by when (needed for ${bottom})` : 'What will happen next',
    evidenceLabel: complete ? `Evidence link (needed for ${complete.label})` : 'Evidence link (optional)',
    today,
    actionId: action.id,
    version: latest?.version ?? 0,
  });
}

/** The card that replaces the form for everyone: who updated, when, from what to what. */
export function updateResultCard(deps: ViewDeps, target: ActionForUpdate, update: ActionUpdate) {
  const { action, plan } = target;
  const level = levelOf(plan.scale, update.status);
  const facts = [
    { label: 'Status', value: level ? `${level.label}: ${level.meaning}` : update.status },
    { label: 'Due', value: dueText(action, update) },
  ];
  return deps.cards.render('action-update-result', {
    title: plainText(`Action ${action.ref} updated`),
    planName: plainText(plan.name),
    actionText: plainText(action.text),
    headline: plainText(`${update.author.name} updated this on ${whenIn(update.at, deps.timeZone)}: ${statusChange(plan.scale, update.previousStatus, update.status)}.`),
    colour: statusColour(plan.scale, update.status),
    facts: facts.map((f) => ({ label: f.label, value: plainText(f.value) })),
    commentary: plainText(update.commentary),
    evidenceUrl: update.evidenceUrl && /^https?:\/\//i.test(update.evidenceUrl) ? update.evidenceUrl : '',
    actionId: action.id,
  });
}
