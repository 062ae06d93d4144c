import { addWorkingDays } from './working-days';

/**
 * How often a plan's action leads update their actions, and the update cycles that follow from it.
 * Pure: dates are ISO calendar dates in the council's time zone, worked out by the caller.
 *
 * @remarks
 * A cycle has a due date. Leads are reminded `remindWorkingDays` before it; an update made after the
 * previous cycle's due date counts for this one; the day after the due date, actions still without
 * such an update are overdue and the plan's administrators are told.
 */
export type Cadence =
  | {
      kind: 'monthly';
      /** Day of the month the update is due (a short month ends it early: 31 means the last day). */
      day: number;
      remindWorkingDays: number;
      /** ISO date the cadence was set: no cycle due before it is reported overdue. */
      since: string;
    }
  | {
      kind: 'before-meeting';
      /** Working days before each meeting of `body` the update is due. */
      workingDays: number;
      /** The board or committee, as its meetings are named in the imported papers. */
      body: string;
      remindWorkingDays: number;
      since: string;
    };

export interface UpdateCycle {
  /** Stable id of the cycle (part of idempotency keys): "2026-11" or "meeting 2026-12-03". */
  id: string;
  due: string;
  remindOn: string;
  /** Updates made after this date count for the cycle (the previous cycle's due date). */
  opensAfter: string;
  /** The meeting the update is for, when the cadence follows a board. */
  meetingDate?: string;
}

export const defaultRemindWorkingDays = 5;

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function monthlyCycle(cadence: Extract<Cadence, { kind: 'monthly' }>, year: number, month: number): UpdateCycle {
  const norm = (y: number, m: number) => (m < 1 ? [y - 1, m + 12] : m > 12 ? [y + 1, m - 12] : [y, m]);
  const dueOf = (y: number, m: number) => {
    const [yy, mm] = norm(y, m) as [number, number];
    return `${yy}-${pad(mm)}-${pad(Math.min(cadence.day, daysIn(yy, mm)))}`;
  };
  const [y, m] = norm(year, month) as [number, number];
  const due = dueOf(y, m);
  return {
    id: `${y}-${pad(m)}`,
    due,
    remindOn: addWorkingDays(due, -cadence.remindWorkingDays),
    opensAfter: dueOf(y, m - 1),
  };
}

/**
 * The cycle due next (on or after `today`) and the one before it, for a cadence. Meetings are the
 * dates of the board's meetings (any order); with none ahead, a meeting cadence has no next cycle.
 */
export function cyclesAround(
  cadence: Cadence,
  today: string,
  meetingDates: string[] = [],
): { next?: UpdateCycle; previous?: UpdateCycle } {
  if (cadence.kind === 'monthly') {
    const year = Number(today.slice(0, 4));
    const month = Number(today.slice(5, 7));
    const thisMonth = monthlyCycle(cadence, year, month);
    return thisMonth.due >= today
      ? { next: thisMonth, previous: monthlyCycle(cadence, year, month - 1) }
      : { next: monthlyCycle(cadence, year, month + 1), previous: thisMonth };
  }
  const dates = [...new Set(meetingDates)].sort();
  const cycles = dates.map((meetingDate, i): UpdateCycle => {
    const due = addWorkingDays(meetingDate, -cadence.workingDays);
    const before = dates[i - 1];
    return {
      id: `meeting ${meetingDate}`,
      due,
      remindOn: addWorkingDays(due, -cadence.remindWorkingDays),
      // NOTE: with no earlier meeting known, a month before the due date stands in for the last cycle.
      opensAfter: before ? addWorkingDays(before, -cadence.workingDays) : shiftDays(due, -31),
      meetingDate,
    };
  });
  return { next: cycles.find((c) => c.due >= today), previous: [...cycles].reverse().find((c) => c.due < today) };
}

/** The cadence in words, for cards: "monthly, due on day 5 (reminder 5 working days before)". */
export function describeCadence(cadence: Cadence): string {
  const remind = `reminder ${cadence.remindWorkingDays} working day${cadence.remindWorkingDays === 1 ? '' : 's'} before`;
  if (cadence.kind === 'monthly') return `monthly, due on day ${cadence.day} (${remind})`;
  return `due ${cadence.workingDays} working day${cadence.workingDays === 1 ? '' : 's'} before each meeting of ${cadence.body} (${remind})`;
}

export type CadenceParse = { ok: true; cadence: Cadence } | { ok: false; error: string };

const usage =
  'Write it as "monthly on 5" (the day of the month updates are due) or "5 working days before <board name>", optionally followed by "remind 3".';

/**
 * Reads an administrator's wording of a cadence: "monthly on 5", "monthly on the 28th",
 * "5 working days before Youth Justice Partnership Board", each optionally ending "remind 3".
 */
export function parseCadence(text: string, today: string): CadenceParse {
  let rest = text.trim().replace(/\s+/g, ' ').replace(/[.]$/, '');
  let remindWorkingDays = defaultRemindWorkingDays;
  const remind = /,?\s*remind(?:er)?\s+(\d{1,2})(?:\s+working\s+days?(?:\s+before)?)?$/i.exec(rest);
  if (remind) {
    remindWorkingDays = Number(remind[1]);
    rest = rest.slice(0, remind.index).trim();
  }
  if (remindWorkingDays < 1 || remindWorkingDays > 20) return { ok: false, error: 'The reminder must be 1 to 20 working days before the due date.' };
  const monthly = /^monthly(?:\s+on)?(?:\s+(?:the|day))?\s+(\d{1,2})(?:st|nd|rd|th)?$/i.exec(rest);
  if (monthly) {
    const day = Number(monthly[1]);
    if (day < 1 || day > 31) return { ok: false, error: `There is no day ${day} in a month. ${usage}` };
    return { ok: true, cadence: { kind: 'monthly', day, remindWorkingDays, since: today } };
  }
  const before = /^(\d{1,2})\s+working\s+days?\s+before\s+(?:each\s+|every\s+|the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(.+)$/i.exec(rest);
  if (before) {
    const workingDays = Number(before[1]);
    const body = before[2]!.trim();
    if (workingDays < 1 || workingDays > 60) return { ok: false, error: 'Use 1 to 60 working days before the meeting.' };
    return { ok: true, cadence: { kind: 'before-meeting', workingDays, body, remindWorkingDays, since: today } };
  }
  return { ok: false, error: `I couldn't read "${text.trim()}" as a cadence. ${usage}` };
}

const bodyWords = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter((w) => w && w !== 'the');

/**
 * Whether a meeting's body is the board a cadence names, ignoring case, punctuation and "the";
 * "Youth Justice Partnership Board" matches "Medway Youth Justice Partnership Board" but not
 * "Youth Justice Partnership" alone (every word of the shorter name must appear, in order, whole).
 */
export function isMeetingOf(meetingBody: string, body: string): boolean {
  const a = bodyWords(meetingBody).join(' ');
  const b = bodyWords(body).join(' ');
  if (!a || !b) return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const sameKind = shorter.split(' ').pop() === longer.split(' ').pop();
  return sameKind && shorter.includes(' ') && ` ${longer} `.includes(` ${shorter} `);
}
