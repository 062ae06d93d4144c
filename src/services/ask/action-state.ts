import { dueNowText, heldDatesText } from '../../domain/due-date';
import { leadNamesTitle } from '../../domain/lead-matches';
import type { Action, Plan } from '../../domain/model';
import { levelOf } from '../../domain/update-scale';
import type { KnownPerson } from '../../nlu/catalogue-index';
import type { ActionUpdate } from '../../domain/updates';
import { formatDate } from './format';

/** An action's status now: its latest officer update if any, else what the plan says. */
export interface CurrentStatus {
  code?: string;
  label?: string;
  meaning?: string;
  complete: boolean;
  /** "Amber (Some risk to delivery), updated 3 March 2026 by Sam Officer" or why there is none. */
  text: string;
  update?: ActionUpdate;
}

export function currentStatus(action: Action, plan: Plan | undefined, update: ActionUpdate | undefined): CurrentStatus {
  const code = update?.status ?? action.status;
  const level = plan && code ? levelOf(plan.scale, code) : undefined;
  const complete = !!level?.complete || (!update && !!action.due?.completed);
  if (!code && complete) {
    return { complete, text: `Complete, as the plan's due column says ("${action.due?.raw.trim()}")` };
  }
  if (!code) {
    const raw = action.statusRaw ? ` The plan's progress column says: "${action.statusRaw}".` : '';
    return { complete, text: `No status recorded: the plan gives none and no officer has updated it in Teams yet.${raw}` };
  }
  const label = level?.label ?? code;
  const meaning = level && level.meaning && level.meaning.toLowerCase() !== label.toLowerCase() ? ` (${level.meaning})` : '';
  const when = update ? `, updated ${formatDate(update.at)} by ${update.author.name}` : ', as the plan gives it';
  return { code, label, ...(level?.meaning ? { meaning: level.meaning } : {}), complete, text: `${label}${meaning}${when}`, ...(update ? { update } : {}) };
}

/** When the action is due now (a revised date from the latest update wins), and whether it is late. */
export function dueState(
  action: Action,
  update: ActionUpdate | undefined,
  today: string,
  complete: boolean,
): { date?: string; shown?: string; text: string; overdue: boolean } {
  const date = update?.revisedDue ?? action.due?.date;
  const raw = action.due?.raw.replace(/\s+/g, ' ').trim();
  // NOTE: shown as precisely as the source names it ("January 2020", not "31 January 2020").
  const shown = dueNowText(action.due, update?.revisedDue);
  if (complete) return { ...(date ? { date, shown } : {}), text: `${raw ?? shown ?? 'no date'}; complete`, overdue: false };
  if (!date) {
    if (action.due?.recurrence) return { text: `${raw} (${action.due.recurrence}, no end date)`, overdue: false };
    return { text: raw ? `"${raw}" (no date I can check)` : 'No due date in the plan', overdue: false };
  }
  const revised = update?.revisedDue ? ` (revised from "${raw ?? 'no date'}")` : raw && raw !== shown ? ` ("${raw}")` : '';
  const overdue = date < today;
  return { date, shown: shown!, text: `${shown}${revised}${overdue ? ': overdue' : ''}`, overdue };
}

/** The people named in the papers or the directory who hold a lead role, with dates when they held it. */
export function holdersOf(lead: string, people: Iterable<KnownPerson>, council: string | undefined): string[] {
  const out: string[] = [];
  for (const person of people) {
    if (council && person.council && person.council !== council) continue;
    // NOTE: a plain loop: this runs over everyone known (thousands) for each action an answer shows,
    // and a filtered array and a one-title array per person were the most a question allocated anywhere.
    let t: KnownPerson['titles'][number] | undefined;
    for (const title of person.titles) {
      if (!leadNamesTitle(lead, title.title)) continue;
      t = title;
      break;
    }
    if (!t) continue;
    const held = heldDatesText(t);
    const dates = held ? ` ${held}` : '';
    out.push(`${person.name}${dates}`);
  }
  return out;
}
