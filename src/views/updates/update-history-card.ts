import { clip } from '../../domain/clip';
import { plainText } from '../../cards/text';
import type { Action, Plan } from '../../domain/model';
import { longDate, whenIn } from '../../domain/update-dates';
import { statusChange, statusLabel } from '../../domain/update-scale';
import type { ActionUpdate } from '../../domain/updates';
import type { ViewDeps } from '../view-deps';

const maxEntries = 25;
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Commentary shown per entry: 25 of the longest (2000 characters) would not fit in one card. */
const maxCommentary = 600;

/** "history 1.9": every change, newest first, with who, when, from, to and commentary. */
export function historyCard(deps: ViewDeps, action: Action, plan: Plan, updates: ActionUpdate[]) {
  const newestFirst = [...updates].reverse();
  const shown = newestFirst.slice(0, maxEntries);
  const scale = plan.scale;
  const baseline = action.status
    ? `The plan as imported gave ${statusLabel(scale, action.status)}${action.statusRaw && action.statusRaw !== action.status ? ` ("${action.statusRaw}")` : ''}.`
    : 'The plan as imported gave no status.';
  return deps.cards.render('action-history', {
    title: plainText(`History of action ${action.ref}`),
    planName: plainText(plan.name),
    actionText: plainText(action.text),
    baseline: plainText(updates.length === 0 ? `${baseline} Nobody has updated it in Teams yet.` : baseline),
    entries: shown.map((u) => ({
      when: plainText(`${whenIn(u.at, deps.timeZone)} · ${u.author.name}`),
      change: plainText(sentence(statusChange(scale, u.previousStatus, u.status))),
      commentary: plainText(clip(u.commentary, maxCommentary, { trim: true })),
      facts: [
        ...(u.revisedDue ? [{ label: 'Revised due', value: plainText(longDate(u.revisedDue)) }] : []),
        ...(u.evidenceUrl ? [{ label: 'Evidence', value: plainText(u.evidenceUrl) }] : []),
      ],
    })),
    note: newestFirst.length > shown.length ? `And ${newestFirst.length - shown.length} earlier changes.` : '',
  });
}
