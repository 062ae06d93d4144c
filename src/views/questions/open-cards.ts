import type { CardJson } from '../../cards/render';
import { plainText } from '../../cards/text';
import { meetingTitle, type QuestionMeeting } from '../../domain/questions';
import type { MeetingInput } from '../../domain/questions-meeting';
import type { ViewClock } from '../view-deps';
import { inputValue, keptNote, longDate } from './format';

/** The values on the open form, as the chair left them (or as the pack suggests). */
export interface OpenValues {
  deadlineKind: 'rule' | 'fixed';
  days: number;
  time: string;
  fixedDate: string;
  fixedTime: string;
  maxPerMember: number;
  maxLength: number;
  notifyMembers: boolean;
}

export type OpenProblems = Partial<Record<'form' | 'days' | 'deadline' | 'maxPerMember' | 'maxLength', string>>;

/** Step 1: which meeting (upcoming imported meetings without a window), or one not listed. */
export function meetingsCard(view: ViewClock, meetings: QuestionMeeting[], problem = ''): CardJson {
  return view.cards.render('question-meetings', {
    title: 'Open questions for a meeting',
    intro: 'Choose the meeting. Meetings come from the imported agenda packs; add one that is not listed.',
    problems: { form: plainText(problem) },
    choices: meetings.map((m) => ({ title: plainText(meetingTitle(m)), value: m.id })),
    selected: meetings[0]?.id ?? '',
    emptyText: 'No upcoming meeting in the imported agenda packs is waiting for questions. Add the meeting with "A meeting not listed".',
  });
}

/** Typed fields of the meeting form, and how much of each is given back (twice its limit). */
const keptTo = [['body', 400], ['venue', 600], ['agenda', 12_000]] as const;

/** Step 1b: a meeting typed in (committee, date, time, venue, agenda items). */
export function meetingFormCard(
  view: ViewClock,
  values: Partial<MeetingInput>,
  problems: Partial<Record<keyof MeetingInput | 'form', string>> = {},
  committees: string[] = [],
): CardJson {
  return view.cards.render('question-meeting', {
    committees: committees.map((c) => ({ title: plainText(c), value: c })),
    title: 'A meeting for questions',
    intro: 'Give the meeting as its agenda will: questions are grouped by these agenda items.',
    problems: {
      form: '',
      date: '',
      time: '',
      ...problems,
      ...Object.fromEntries(keptTo.map(([field, max]) => [field, `${problems[field] ?? ''}${keptNote(values[field], max)}`.trim()])),
    },
    values: {
      date: values.date ?? '',
      time: values.time ?? '',
      ...Object.fromEntries(keptTo.map(([field, max]) => [field, inputValue(values[field], max)])),
    },
  });
}

/** Step 2: the deadline and limits for the chosen meeting. */
export function openFormCard(
  view: ViewClock,
  meeting: QuestionMeeting,
  values: OpenValues,
  options: { problems?: OpenProblems; packRule?: string; inChannel: boolean; data: Record<string, unknown> },
): CardJson {
  const when = [longDate(meeting.date), meeting.time].filter(Boolean).join(', ');
  return view.cards.render('question-open', {
    title: 'Open questions',
    intro: 'Set when questions close and how many each member may ask. The deadline is checked when each question arrives.',
    problems: { form: '', days: '', deadline: '', maxPerMember: '', maxLength: '', ...options.problems },
    facts: [
      { title: 'Committee', value: plainText(meeting.body) },
      { title: 'Date', value: when },
      ...(meeting.venue ? [{ title: 'Venue', value: plainText(meeting.venue) }] : []),
    ],
    agenda: meeting.agenda.map((a) => ({ line: plainText(`${a.number} ${a.title}`.trim()) })),
    packRule: plainText(options.packRule ?? ''),
    values: { ...values, notifyMembers: values.notifyMembers ? 'true' : 'false' },
    channelNote: options.inChannel
      ? 'The Submit a question card will be posted in this conversation.'
      : 'Open this from the committee\'s channel to post the Submit a question card there; from here, members are told in 1:1 chats if you tick the box.',
    data: { verb: 'question.open', ...options.data },
  });
}
