import type { CardJson } from '../cards/render';
import { plainText } from '../cards/text';
import { clip } from '../domain/clip';
import { dueNowText } from '../domain/due-date';
import type { Action, Plan } from '../domain/model';
import { longDate, whenIn } from '../domain/update-dates';
import { statusChange } from '../domain/update-scale';
import type { ActionUpdate } from '../domain/updates';
import { lastUpdateText, maxListed } from './reminder-cards';
import type { ViewClock } from './view-deps';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const DETAIL_CHARS = 200;

/** What the weekly digest of a plan shows (worked out by services/feed/digest-job.ts). */
export interface Digest {
  plan: Plan;
  /** The status changes of the past seven days. */
  changes: ActionUpdate[];
  /** Actions past their due date and not complete, by ref. */
  overdue: Action[];
  levelCounts: { label: string; count: number }[];
  unrated: number;
  latest: Map<string, ActionUpdate>;
  refOf: (actionId: string) => string;
  days: { from: string; today: string };
}

/** The weekly digest card for a plan's feed channel. */
export function digestCard(view: ViewClock, d: Digest): CardJson {
  const { plan, changes, overdue, latest } = d;
  const list = <T,>(items: T[], map: (item: T) => { label: string; detail: string }) => {
    const shown = items.slice(0, maxListed).map(map);
    if (items.length > maxListed) shown.push({ label: `And ${items.length - maxListed} more`, detail: 'Type report followed by the plan to see them all.' });
    return shown.map((i) => ({ label: plainText(i.label), detail: plainText(clip(i.detail, DETAIL_CHARS)) }));
  };
  return view.cards.render('digest', {
    title: plainText(`Weekly digest: ${longDate(d.days.from)} to ${longDate(d.days.today)}`),
    planName: plainText(plan.name),
    summary: plainText(
      `${changes.length === 0 ? 'No status changes' : plural(changes.length, 'status change')} in the past week. ${
        overdue.length === 0 ? 'No action is past its due date without being complete.' : `${plural(overdue.length, 'action is', 'actions are')} past the due date and not complete.`
      }`,
    ),
    levels: [...d.levelCounts.filter((l) => l.count > 0), ...(d.unrated > 0 ? [{ label: 'No status yet', count: d.unrated }] : [])].map((l) => ({
      label: plainText(l.label),
      value: plural(l.count, 'action'),
    })),
    sections: [
      {
        heading: 'Changes this week',
        items: list(changes, (u) => ({
          label: `Action ${d.refOf(u.actionId)}: ${statusChange(plan.scale, u.previousStatus, u.status)}`,
          detail: `${u.author.name}, ${whenIn(u.at, view.timeZone)}: ${u.commentary}`,
        })),
      },
      {
        heading: 'Overdue',
        items: list(overdue, (a) => ({
          label: `Action ${a.ref}: due ${dueNowText(a.due, latest.get(a.id)?.revisedDue)}`,
          detail: `${a.text} Last update: ${lastUpdateText(plan, { action: a, latest: latest.get(a.id) }, view.timeZone)}.`,
        })),
      },
    ].filter((s) => s.items.length > 0),
    note: plainText('Posted every Monday to the channel an administrator set with set feed for [plan]. Type report followed by the plan for its full status report.'),
  });
}
