import { clip } from '../domain/clip';
import type { CardJson, CardRenderer } from '../cards/render';
import { plainText } from '../cards/text';
import { type Cadence, describeCadence, type UpdateCycle } from '../domain/cadence';
import type { Action, Plan } from '../domain/model';
import { statusNowText } from '../services/status-now';
import { longDate } from '../domain/update-dates';
import type { ActionUpdate } from '../domain/updates';

/** The most actions one card lists; the rest are counted (cards stay well under Teams' size limit). */
export const maxListed = 25;

const DETAIL_CHARS = 220;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export interface ActionLine {
  action: Action;
  latest?: ActionUpdate;
}

/** "Amber (Sam Officer, 3 November 2026 at 10:12)", or that there is none. */
export function lastUpdateText(plan: Plan, line: ActionLine, timeZone: string): string {
  return statusNowText(plan.scale, line.action, line.latest, timeZone) ?? 'No update yet';
}

/** The reminder a lead gets: their actions due an update, each with a button to open its update card. */
export function reminderCard(
  cards: CardRenderer,
  args: { plan: Plan; cycle: UpdateCycle; cadence: Cadence; lines: ActionLine[]; timeZone: string },
): CardJson {
  const { plan, cycle, cadence, lines, timeZone } = args;
  const shown = lines.slice(0, maxListed);
  const more = lines.length - shown.length;
  return cards.render('reminder', {
    title: plainText(`Update due: ${plan.name}`),
    intro: plainText(
      `Your update on ${plural(lines.length, 'action')} is due by ${longDate(cycle.due)}${cycle.meetingDate ? `, ahead of the meeting on ${longDate(cycle.meetingDate)}` : ''}. Press Update to open each one's card, filled in with its last update.`,
    ),
    items: shown.map((line) => ({
      heading: plainText(`Action ${line.action.ref}`),
      detail: plainText(clip(line.action.text, DETAIL_CHARS)),
      status: plainText(line.latest || line.action.status ? `Status now: ${lastUpdateText(plan, line, timeZone)}` : 'No update yet'),
      button: plainText(`Update ${line.action.ref}`),
      actionId: line.action.id,
    })),
    note: plainText(
      `${more > 0 ? `And ${plural(more, 'more action')}: type my actions to see them all. ` : ''}You get this because the plan names you as the lead. Reminders follow the plan's cadence: ${describeCadence(cadence)}.`,
    ),
  });
}

export interface NoticeSection {
  heading: string;
  items: { label: string; detail: string }[];
}

/** A notice to a plan's administrators (overdue updates, leads nobody could be found for). */
export function noticeCard(
  cards: CardRenderer,
  args: { title: string; intro: string; sections: NoticeSection[]; note: string; urgent?: boolean },
): CardJson {
  return cards.render('reminder-notice', {
    title: plainText(args.title),
    colour: args.urgent ? 'Attention' : 'Default',
    intro: plainText(args.intro),
    sections: args.sections
      .filter((s) => s.items.length > 0)
      .map((s) => {
        const more = s.items.length - maxListed;
        const items = s.items.slice(0, maxListed).map((i) => ({ label: plainText(i.label), detail: plainText(clip(i.detail, DETAIL_CHARS)) }));
        if (more > 0) items.push({ label: plainText(`And ${more} more`), detail: 'Not listed, to keep this card short.' });
        return { heading: plainText(s.heading), items };
      }),
    note: plainText(args.note),
  });
}
