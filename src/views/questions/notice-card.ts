import type { CardJson } from '../../cards/render';
import { plainText } from '../../cards/text';
import { meetingTitle, type Question, type QuestionWindow, questionRef } from '../../domain/questions';
import { formatDeadline } from '../../domain/questions-deadline';
import { isPastDeadline } from '../../domain/questions-rules';
import type { ViewClock } from '../view-deps';
import { action, agendaLabel, type CardAction, names, statusLabel } from './format';

export interface Notice {
  title: string;
  intro?: string;
  facts?: { title: string; value: string }[];
  quotes?: { label: string; text: string }[];
  note?: string;
  actions?: CardAction[];
}

/** A plain card: a heading, a sentence, facts, quoted text and buttons (all text already safe). */
export function noticeCard(view: ViewClock, notice: Notice): CardJson {
  return view.cards.render('question-notice', {
    title: notice.title,
    intro: notice.intro ?? '',
    facts: notice.facts ?? [],
    quotes: notice.quotes ?? [],
    note: notice.note ?? '',
    actions: notice.actions ?? [],
  });
}

/** The facts every card about one question shows. */
export function questionFacts(window: QuestionWindow, q: Question): { title: string; value: string }[] {
  return [
    { title: 'Reference', value: questionRef(q) },
    { title: 'Meeting', value: plainText(meetingTitle(window.meeting)) },
    { title: 'Agenda item', value: agendaLabel(window, q.agendaItem) },
    ...(q.putTo ? [{ title: 'To', value: plainText(q.putTo) }] : []),
    ...(q.askers.length > 1 ? [{ title: 'Asked by', value: names(q.askers) }] : []),
    { title: 'Status', value: statusLabel(q) },
  ];
}

/** What a member sees after submitting, editing or withdrawing: the receipt, with what they may do next. */
export function receiptCard(view: ViewClock & { now: Date }, window: QuestionWindow, q: Question, title: string): CardJson {
  const open = !isPastDeadline(window, view.now) && (q.status === 'submitted' || q.status === 'accepted');
  const deadline = formatDeadline(window.deadline, view.timeZone);
  return noticeCard(view, {
    title,
    intro:
      q.status === 'withdrawn'
        ? 'It stays on record, marked withdrawn; the chair will not consider it.'
        : q.late
          ? 'It arrived after the deadline, so the chair decides whether to accept it as a late question. You will be told.'
          : 'The chair reviews questions after the deadline. You will be told what happens to it.',
    facts: questionFacts(window, q),
    quotes: [{ label: 'Your question', text: plainText(q.text) }],
    note: open ? `You can edit or withdraw it until ${deadline}.` : '',
    actions: open
      ? [action('Edit', 'question.edit', { questionId: q.id }), action('Withdraw', 'question.withdraw', { questionId: q.id, version: q.version })]
      : [action('My questions', 'question.mine')],
  });
}

/** "Withdraw Q3?": asked before a withdrawal, which cannot be undone; nothing has changed yet. */
export function withdrawConfirmCard(view: ViewClock, window: QuestionWindow, q: Question): CardJson {
  return noticeCard(view, {
    title: `Withdraw ${questionRef(q)}?`,
    intro: 'It will stay on record, marked withdrawn, and the chair will not consider it. You cannot undo this; you could submit it again before the deadline.',
    facts: questionFacts(window, q),
    quotes: [{ label: 'Your question', text: plainText(q.text) }],
    actions: [
      action(`Yes, withdraw ${questionRef(q)}`, 'question.withdraw', { questionId: q.id, version: q.version, confirmed: true }),
      action('Keep it', 'question.mine'),
    ],
  });
}
