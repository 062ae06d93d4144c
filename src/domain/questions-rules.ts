import { type DirectoryPerson, hasRole } from './directory';
import { isLive, type Question, type QuestionAgendaItem, type QuestionWindow, sameBody } from './questions';

/**
 * Who may do what with questions, and what a submission must satisfy. Pure: the services call these
 * with the person, the window and the clock's reading, and show the problems next to the fields.
 */

export const DEFAULT_MAX_PER_MEMBER = 2;
export const DEFAULT_MAX_LENGTH = 1000;
/** The most a window can allow, so a card stays readable and a pack stays printable. */
export const LIMIT_MAX_LENGTH = 4000;

/** Chairs of the committee and democratic services officers run a window. */
export function canRunWindow(person: DirectoryPerson | undefined, body: string): boolean {
  if (hasRole(person, 'democratic-services')) return true;
  return hasRole(person, 'chair') && !!person && person.committees.some((c) => sameBody(c, body));
}

/** Members (chairs are members too) submit questions. */
export function canSubmit(person: DirectoryPerson | undefined): boolean {
  return hasRole(person, 'member') || hasRole(person, 'chair');
}

/** True once the deadline has passed. */
export function isPastDeadline(window: QuestionWindow, now: Date): boolean {
  return now.getTime() >= Date.parse(window.deadline);
}

export interface SubmissionInput {
  agendaItem: string;
  text: string;
  putTo?: string;
}

export type SubmissionField = 'agendaItem' | 'text' | 'putTo';
export type SubmissionProblems = Partial<Record<SubmissionField | 'form', string>>;

/** The agenda item a submission names, if it belongs to the meeting. */
export function findAgendaItem(agenda: QuestionAgendaItem[], number: string): QuestionAgendaItem | undefined {
  return agenda.find((item) => item.number === number.trim());
}

/**
 * What is wrong with a submission, field by field (empty when nothing is). `mine` are the asker's
 * questions already in this window; `editing` the one being changed, which does not count twice.
 */
export function checkSubmission(
  window: QuestionWindow,
  input: SubmissionInput,
  mine: Question[],
  editing?: Question,
): SubmissionProblems {
  const problems: SubmissionProblems = {};
  if (!findAgendaItem(window.meeting.agenda, input.agendaItem)) {
    problems.agendaItem = 'Choose one of the agenda items of this meeting.';
  }
  const text = input.text.trim();
  if (text.length === 0) problems.text = 'Write your question.';
  else if (text.length < 10) problems.text = 'That is too short to be a question: write it in full.';
  else if (text.length > window.maxLength) {
    problems.text = `Questions can be up to ${window.maxLength} characters; this one is ${text.length}. Shorten it by ${text.length - window.maxLength}.`;
  }
  if ((input.putTo ?? '').trim().length > 200) problems.putTo = 'Keep "to whom" under 200 characters (a name or a role).';
  const counted = mine.filter((q) => q.id !== editing?.id && q.status !== 'withdrawn');
  if (!editing && counted.length >= window.maxPerMember) {
    problems.form = `You have already submitted ${counted.length} question${counted.length === 1 ? '' : 's'} for this meeting, the most allowed. You can withdraw one before the deadline to ask another.`;
  }
  return problems;
}

/** True when the person is the one who submitted the question (merged-in askers do not edit it). */
export function isSubmitter(question: Question, aadObjectId: string | undefined): boolean {
  return !!aadObjectId && question.askers[0]?.aadObjectId === aadObjectId;
}

/** The live questions a new one could duplicate: everything in for the meeting but the one being edited. */
export function duplicateCandidates(questions: Question[], editing?: Question): Question[] {
  return questions.filter((q) => isLive(q) && q.id !== editing?.id);
}
