import { slugify } from './ids';
import type { Meeting } from './model';
import type { QuestionAgendaItem, QuestionMeeting } from './questions';

/** A meeting as a chair types it on the card: committee, date, time, venue and agenda lines. */
export interface MeetingInput {
  body: string;
  date: string;
  time: string;
  venue: string;
  /** One item a line: "8 Attendance of the Portfolio Holder" (also "8. ..." or "Item 8 - ..."). */
  agenda: string;
}

export type MeetingField = keyof MeetingInput;
export type MeetingProblems = Partial<Record<MeetingField, string>>;

/**
 * Longest agenda a chair may type: the card takes any length so the rules can say what is wrong next
 * to the field and give it back, and {@link parseMeetingInput} leaves its length to this.
 */
export const MAX_AGENDA_TYPED = 6000;

/** "Keep this under 6000 characters (it has 9120)." when a typed agenda is over its limit. */
export function agendaTooLong(agenda: string): string | undefined {
  const length = agenda.trim().length;
  return length > MAX_AGENDA_TYPED ? `Keep this under ${MAX_AGENDA_TYPED} characters (it has ${length}).` : undefined;
}

/** Agenda lines as items; a line without a number gets the next one. */
export function parseAgendaLines(text: string): QuestionAgendaItem[] {
  const items: QuestionAgendaItem[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const m = /^(?:item\s+)?(\d+[a-z]?(?:\.\d+)?)[.):]?\s*[-–—:]?\s*(.+)$/i.exec(line);
    const previous = Number.parseInt(items[items.length - 1]?.number ?? '0', 10);
    items.push(m ? { number: m[1]!, title: m[2]!.trim() } : { number: String((Number.isNaN(previous) ? 0 : previous) + 1), title: line });
  }
  return items;
}

/** Checks a meeting typed on a card; `today` is the council's local date. */
export function parseMeetingInput(input: MeetingInput, today: string): { ok: true; meeting: QuestionMeeting } | { ok: false; problems: MeetingProblems } {
  const problems: MeetingProblems = {};
  const body = input.body.trim();
  if (body.length < 3) problems.body = 'Name the committee, as the agenda does.';
  else if (body.length > 200) problems.body = 'Keep the committee name under 200 characters.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(input.date))) problems.date = 'Choose the date of the meeting.';
  else if (input.date < today) problems.date = `That date is in the past (today is ${today}).`;
  if (input.time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.time)) problems.time = 'Give the start time as HH:MM, for example 18:30.';
  if (input.venue.length > 300) problems.venue = 'Keep the venue under 300 characters.';
  const agenda = parseAgendaLines(input.agenda);
  if (agenda.length === 0) problems.agenda = 'List the agenda items questions can be about, one a line, for example "8 Sufficiency Strategy".';
  else if (agenda.length > 60) problems.agenda = 'That is more than 60 agenda items: list the ones questions can be about.';
  else if (new Set(agenda.map((a) => a.number)).size !== agenda.length) problems.agenda = 'Two agenda items have the same number.';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    meeting: {
      id: `created/${slugify(body)}/${input.date}`,
      origin: 'created',
      body,
      date: input.date,
      ...(input.time ? { time: input.time } : {}),
      ...(input.venue.trim() ? { venue: input.venue.trim() } : {}),
      agenda,
    },
  };
}

/** The window's snapshot of an imported meeting. */
export function fromCatalogue(meeting: Meeting): QuestionMeeting {
  return {
    id: meeting.id,
    origin: 'catalogue',
    council: meeting.council,
    body: meeting.body,
    date: meeting.date,
    ...(meeting.time ? { time: meeting.time } : {}),
    ...(meeting.venue ? { venue: meeting.venue } : {}),
    agenda: meeting.agenda.map((a) => ({ number: a.number, title: a.title })),
  };
}
