import type { Action, Plan } from '../../domain/model';
import { levelOf } from '../../domain/update-scale';
import type { KnownPerson } from '../../nlu/catalogue-index';
import { comparable } from '../../nlu/text';
import type { ActionUpdate } from '../../store/ports';
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
export function dueState(action: Action, update: ActionUpdate | undefined, today: string, complete: boolean): { date?: string; text: string; overdue: boolean } {
  const date = update?.revisedDue ?? action.due?.date;
  const raw = action.due?.raw;
  if (complete) return { ...(date ? { date } : {}), text: `${raw ?? (date ? formatDate(date) : 'no date')}; complete`, overdue: false };
  if (!date) {
    if (action.due?.recurrence) return { text: `${raw} (${action.due.recurrence}, no end date)`, overdue: false };
    return { text: raw ? `"${raw}" (no date I can check)` : 'No due date in the plan', overdue: false };
  }
  const revised = update?.revisedDue ? ` (revised from "${raw ?? 'no date'}")` : raw && raw !== formatDate(date) ? ` ("${raw}")` : '';
  const overdue = date < today;
  return { date, text: `${formatDate(date)}${revised}${overdue ? ': overdue' : ''}`, overdue };
}

/** Whether an action lead (as the plan writes it) is held by someone with one of these titles. */
export function leadMatches(lead: string, titles: string[], mode: 'exact' | 'contains'): boolean {
  const { whole, parts } = leadForms(lead);
  return titles.some((title) => {
    const t = leadForms(title).whole;
    if (!t) return false;
    if (mode === 'contains') return ` ${whole} `.includes(` ${t} `);
    return parts.includes(t);
  });
}

const forms = new Map<string, { whole: string; parts: string[] }>();

/** A lead as comparable text, whole and split into its parts ("YJPB and Head Of Service"); remembered. */
function leadForms(lead: string): { whole: string; parts: string[] } {
  let found = forms.get(lead);
  if (!found) {
    const whole = comparable(lead);
    found = { whole, parts: [whole, ...lead.split(/\s*(?:\/|;|&|\band\b|\+)\s*/i).map(comparable)].filter(Boolean) };
    if (forms.size > 20_000) forms.clear();
    forms.set(lead, found);
  }
  return found;
}

/** The people named in the papers or the directory who hold a lead role, with dates when they held it. */
export function holdersOf(lead: string, people: Iterable<KnownPerson>, council: string | undefined): string[] {
  const out: string[] = [];
  for (const person of people) {
    if (council && person.council && person.council !== council) continue;
    const titles = person.titles.filter((t) => leadMatches(lead, [t.title], 'exact'));
    if (titles.length === 0) continue;
    const t = titles[0]!;
    const dates = t.until ? ` until ${formatDate(t.until)}` : t.from ? ` from ${formatDate(t.from)}` : '';
    out.push(`${person.name}${dates}`);
  }
  return out;
}
