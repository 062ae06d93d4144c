import type { CardJson } from '../../cards/render';
import type { ViewClock } from '../view-deps';
import { plainText } from '../../cards/text';
import { meetingTitle, type Question, type QuestionWindow, questionRef } from '../../domain/questions';
import { formatDeadline } from '../../domain/questions-deadline';
import type { SubmissionProblems } from '../../domain/questions-rules';
import { action, deadlineSentence, inputValue, keptNote } from './format';

/** The longest "to whom" (the rules' limit). */
const MAX_PUT_TO = 200;

/** What the submit form shows: what the member typed, and what is wrong with it. */
export interface FormState {
  formId: string;
  editing?: Question;
  agendaItem?: string;
  text?: string;
  putTo?: string;
  problems?: SubmissionProblems;
  similar?: { question: Question; score: number }[];
  /** The deadline has passed: the form offers to send it to the chair as a late question. */
  closed?: boolean;
}


/** The "Submit a question" form (also for an edit), with each problem next to its field. */
export function formCard(view: ViewClock, window: QuestionWindow, state: FormState): CardJson {
  const base = { windowId: window.id, questionId: state.editing?.id ?? '', formId: state.formId };
  const submit = state.editing ? 'Save changes' : 'Submit';
  const actions = state.closed
    ? state.editing
      ? []
      : [action('Ask the chair to accept it late', 'question.submit', { ...base, confirmSimilar: true, late: true })]
    : state.similar?.length
      ? [
          action('Send anyway', 'question.submit', { ...base, confirmSimilar: true, late: false }),
          action(`${submit} (changed)`, 'question.submit', { ...base, confirmSimilar: false, late: false }),
        ]
      : [action(submit, 'question.submit', { ...base, confirmSimilar: false, late: false })];
  const limit = `You can submit up to ${window.maxPerMember}, of up to ${window.maxLength} characters.`;
  return view.cards.render('question-form', {
    title: state.editing ? `Edit ${questionRef(state.editing)}` : 'Submit a question',
    meeting: plainText(meetingTitle(window.meeting)),
    deadline: `${deadlineSentence(window, view.timeZone, !!state.closed)} ${limit}`,
    problem: plainText(
      [state.closed ? closedText(window, view.timeZone, !!state.editing) : '', state.problems?.form ?? ''].filter(Boolean).join(' '),
    ),
    similarIntro:
      'A question very like yours is already in for this meeting. You can change yours, or send it anyway and the chair will decide (they may merge the two, keeping you both as askers).',
    // NOTE: only that one exists and under which item: never its text, which may be another
    // member's and is not published until the chair accepts it.
    similar: (state.similar ?? []).map((s) => ({ label: plainText(similarLabel(window, s.question)) })),
    agendaItem: state.agendaItem ?? '',
    agendaChoices: window.meeting.agenda.map((a) => ({ title: `${a.number} ${a.title}`.trim(), value: a.number })),
    agendaProblem: state.problems?.agendaItem ?? '',
    text: inputValue(state.text, 2 * window.maxLength),
    textProblem: `${state.problems?.text ?? ''}${keptNote(state.text, 2 * window.maxLength)}`.trim(),
    maxLength: window.maxLength,
    putTo: inputValue(state.putTo, 2 * MAX_PUT_TO),
    putToProblem: `${state.problems?.putTo ?? ''}${keptNote(state.putTo, 2 * MAX_PUT_TO)}`.trim(),
    actions,
  });
}

function similarLabel(window: QuestionWindow, question: Question): string {
  const item = window.meeting.agenda.find((a) => a.number === question.agendaItem);
  return `A similar question is in under agenda item ${question.agendaItem}${item?.title ? ` (${item.title})` : ''}.`;
}

function closedText(window: QuestionWindow, timeZone: string, editing: boolean): string {
  const when = deadlineSentence(window, timeZone, true);
  return editing
    ? `${when} Questions can no longer be changed; ask the chair if something needs correcting.`
    : `${when} New questions are refused now. Your text is kept below: you can ask the chair to accept it as a late question.`;
}

/** The card posted in the committee's channel (and sent to members) when questions open. */
export function inviteCard(view: ViewClock, window: QuestionWindow, rule: string): CardJson {
  const m = window.meeting;
  return view.cards.render('question-invite', {
    meeting: plainText(meetingTitle(m)),
    where: plainText([m.time, m.venue].filter(Boolean).join(', ')),
    deadline: `Questions close at ${formatDeadline(window.deadline, view.timeZone)} (${rule}). Up to ${window.maxPerMember} question${window.maxPerMember === 1 ? '' : 's'} each.`,
    agenda: m.agenda.map((a) => ({ line: plainText(`${a.number} ${a.title}`.trim()) })),
    windowId: window.id,
  });
}
