import { dateFormat } from './date-format';
/**
 * Questions put to an overview and scrutiny meeting: the window a chair opens, the questions members
 * submit, and the record of every change. Pure types and small rules; no I/O.
 *
 * @remarks
 * Nothing is deleted: a withdrawn, rejected or merged question stays, marked. Question text, the
 * person it is put to, answers and reasons are personal data (see questions-redact.ts).
 */

/** Someone who did something, or asked: as Teams and the directory name them. */
export interface QuestionPerson {
  name: string;
  aadObjectId?: string;
  email?: string;
}

export interface QuestionAgendaItem {
  number: string;
  title: string;
}

/** The meeting a window is for: a snapshot of an imported meeting, or one a chair created on a card. */
export interface QuestionMeeting {
  id: string;
  origin: 'catalogue' | 'created';
  council?: string;
  body: string;
  /** ISO date. */
  date: string;
  /** HH:MM, 24-hour. */
  time?: string;
  venue?: string;
  agenda: QuestionAgendaItem[];
}

/** How the deadline was set: a date and time, or the constitution's "N clear working days" rule. */
export type DeadlineRule =
  | { kind: 'fixed'; date: string; time: string }
  | { kind: 'clear-working-days'; days: number; time: string };

export interface QuestionWindow {
  id: string;
  meeting: QuestionMeeting;
  rule: DeadlineRule;
  /** ISO instant (UTC) after which new questions are refused. */
  deadline: string;
  maxPerMember: number;
  /** Longest question accepted, in characters. */
  maxLength: number;
  /** Where the "Submit a question" card went (the conversation the window was opened in). */
  channelConversationId?: string;
  openedBy: QuestionPerson;
  openedAt: string;
  /** When the retention rule blanked the personal text. */
  redactedAt?: string;
  version: number;
}

export type QuestionStatus = 'submitted' | 'accepted' | 'rejected' | 'withdrawn' | 'merged';

export type AnswerStatus = 'requested' | 'drafted' | 'approved' | 'returned';

export const meetingOutcomes = ['asked', 'answered-in-meeting', 'answer-in-writing'] as const;
export type MeetingOutcome = (typeof meetingOutcomes)[number];

export const outcomeLabels: Record<MeetingOutcome, string> = {
  asked: 'Asked',
  'answered-in-meeting': 'Answered in the meeting',
  'answer-in-writing': 'To be answered in writing',
};

/** A written answer asked of an officer, by a date, approved by the chair. */
export interface QuestionAnswer {
  officer: QuestionPerson;
  /** ISO date the answer is due. */
  due: string;
  status: AnswerStatus;
  text?: string;
  /** Why the chair sent it back. */
  note?: string;
}

export interface SimilarQuestion {
  questionId: string;
  number: number;
  score: number;
}

export interface Question {
  id: string;
  windowId: string;
  /** 1, 2, 3... in order of receipt within the window: the reference members are given. */
  number: number;
  agendaItem: string;
  text: string;
  /** To whom the question is put ("the Portfolio Holder for Children's Services"). */
  putTo?: string;
  /** The first is who submitted it; merged duplicates add their askers after. */
  askers: QuestionPerson[];
  status: QuestionStatus;
  /** Submitted after the deadline and let in by the chair. */
  late: boolean;
  /** ISO instant of receipt. */
  receivedAt: string;
  updatedAt: string;
  rejectReason?: string;
  /** The question this one was merged into. */
  mergedInto?: string;
  /** Questions already in that looked alike when this one arrived, for the chair. */
  similar: SimilarQuestion[];
  answer?: QuestionAnswer;
  outcome?: MeetingOutcome;
  version: number;
}

export type QuestionEventKind =
  | 'window-opened'
  | 'submitted'
  | 'edited'
  | 'withdrawn'
  | 'accepted'
  | 'rejected'
  | 'merged'
  | 'answer-requested'
  | 'answer-drafted'
  | 'answer-approved'
  | 'answer-returned'
  | 'outcome'
  | 'redacted';

/** One stored change: what, who and when (and, for edits, what it was before). */
export interface QuestionEvent {
  windowId: string;
  questionId?: string;
  kind: QuestionEventKind;
  by: QuestionPerson;
  at: string;
  detail: Record<string, unknown>;
}

/** Statuses that still count: a question that is in, or may yet be. */
export function isLive(question: Question): boolean {
  return question.status === 'submitted' || question.status === 'accepted';
}

/** Reference shown to members: "Q3". */
export function questionRef(question: Pick<Question, 'number'>): string {
  return `Q${question.number}`;
}

/** "Thursday 9 April 2026" for an ISO date (or an instant, read in `timeZone`), the same on every ICU. */
export function dayText(date: string | Date, timeZone = 'UTC'): string {
  const at = typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date;
  const parts = dateFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}`;
}

/** "Children and Young People Overview and Scrutiny Committee, Thursday 9 April 2026". */
export function meetingTitle(meeting: QuestionMeeting): string {
  return `${meeting.body}, ${dayText(meeting.date)}`;
}

/** Same committee, whatever the case, spacing or "&". */
export function sameBody(a: string, b: string): boolean {
  const norm = (text: string) => text.toLowerCase().replace(/&/g, 'and').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}
