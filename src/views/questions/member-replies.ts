import type { CardJson } from '../../cards/render';
import { plainText } from '../../cards/text';
import { meetingTitle } from '../../domain/questions';
import type { EditForm } from '../../services/questions/edit-question-form';
import type { QuestionForm } from '../../services/questions/question-form';
import type { SubmitResult } from '../../services/questions/submit-question';
import type { WithdrawResult } from '../../services/questions/withdraw-question';
import type { ViewClock } from '../view-deps';
import { formCard } from './form-card';
import { action } from './format';
import { noticeCard, receiptCard, withdrawConfirmCard } from './notice-card';

/** What a member's question card answers: a card, or a sentence (a refusal). */
type Reply = CardJson | string;

/** The form, the choice of meetings, or why not. */
export function questionFormReply(view: ViewClock, form: Exclude<QuestionForm, { kind: 'stale' }>): Reply {
  switch (form.kind) {
    case 'refused':
      return form.message;
    case 'choose':
      return noticeCard(view, {
        title: 'Which meeting is your question for?',
        actions: form.windows.slice(0, 6).map((w) => action(plainText(meetingTitle(w.meeting)), 'question.form', { windowId: w.id })),
      });
    case 'form':
      return formCard(view, form.window, { formId: form.formId, closed: form.closed });
  }
}

/** The form filled with the question being edited, or why not. */
export function editFormReply(view: ViewClock, form: Exclude<EditForm, { kind: 'stale' }>): Reply {
  if (form.kind === 'refused') return form.message;
  const q = form.question;
  return formCard(view, form.window, {
    formId: form.formId,
    editing: q,
    agendaItem: q.agendaItem,
    text: q.text,
    ...(q.putTo ? { putTo: q.putTo } : {}),
    closed: form.closed,
  });
}

/** A submission's answer: the receipt, or the form again with what was typed and what is wrong. */
export function submitReply(view: ViewClock & { now: Date }, result: SubmitResult, typed: { formId: string; agendaItem: string; text: string; putTo: string }): Reply {
  switch (result.kind) {
    case 'refused':
      return result.message;
    case 'submitted':
      return receiptCard(view, result.window, result.question, `Question received: Q${result.question.number}`);
    case 'edited':
      return receiptCard(view, result.window, result.question, `Question updated: Q${result.question.number}`);
    case 'problems':
      return formCard(view, result.window, { ...typed, problems: result.problems, ...(result.editing ? { editing: result.editing } : {}) });
    case 'similar':
      return formCard(view, result.window, { ...typed, similar: result.similar, ...(result.editing ? { editing: result.editing } : {}) });
    case 'closed':
      return formCard(view, result.window, { ...typed, closed: true, ...(result.editing ? { editing: result.editing } : {}) });
  }
}

/** A withdrawal's answer: "are you sure?", the receipt, or why not. */
export function withdrawReply(view: ViewClock & { now: Date }, result: WithdrawResult): Reply {
  if (result.kind === 'refused') return result.message;
  if (result.kind === 'confirm') return withdrawConfirmCard(view, result.window, result.question);
  return receiptCard(view, result.window, result.question, `Question withdrawn: Q${result.question.number}`);
}
