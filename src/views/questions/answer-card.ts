import type { CardJson } from '../../cards/render';
import { plainText } from '../../cards/text';
import { meetingTitle, type Question, type QuestionWindow, questionRef } from '../../domain/questions';
import type { ViewClock } from '../view-deps';
import { agendaLabel, inputValue, keptNote, longDate, names } from './format';

/** An answer draft is given back up to twice the longest answer (8000 characters). */
const KEPT_ANSWER = 16_000;

/** The officer's card: the question, when the answer is due, the chair's note, and the answer box. */
export function answerCard(
  view: ViewClock,
  window: QuestionWindow,
  q: Question,
  extra: { result?: string; problem?: string; draft?: string } = {},
): CardJson {
  const answer = q.answer;
  const canAnswer = !!answer && (answer.status === 'requested' || answer.status === 'returned' || answer.status === 'drafted') && q.status === 'accepted';
  // Titled by what happened, so a notice says so before it is opened.
  const titles: Record<string, string> = { returned: 'Answer sent back', approved: 'Answer approved', drafted: 'Answer with the chair' };
  const title = `${titles[answer?.status ?? ''] ?? 'Written answer needed'}: ${questionRef(q)}`;
  const intro =
    answer?.status === 'drafted'
      ? 'Your answer is with the chair for approval. You can still change it until they approve it.'
      : answer?.status === 'approved'
        ? 'The chair approved your answer; the member has it.'
        : `Please answer this question for the ${plainText(meetingTitle(window.meeting))} meeting. The chair approves the answer before the member sees it.`;
  return view.cards.render('question-answer', {
    title,
    intro,
    result: plainText(extra.result ?? ''),
    problem: plainText(`${extra.problem ?? ''}${keptNote(extra.draft, KEPT_ANSWER)}`.trim()),
    facts: [
      ...(answer ? [{ title: 'Answer due by', value: longDate(answer.due) }] : []),
      { title: 'Agenda item', value: agendaLabel(window, q.agendaItem) },
      { title: 'From', value: names(q.askers) },
      ...(q.putTo ? [{ title: 'To', value: plainText(q.putTo) }] : []),
    ],
    text: plainText(q.text),
    note: answer?.status === 'returned' ? plainText(answer.note ?? '') : '',
    canAnswer,
    answer: inputValue(extra.draft ?? answer?.text, KEPT_ANSWER),
    questionId: q.id,
    version: q.version,
  });
}
