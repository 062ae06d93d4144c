import { dateFormat } from '../../domain/date-format';
import { plainText } from '../../cards/text';
import { dayText, outcomeLabels, type Question, type QuestionWindow } from '../../domain/questions';
import { formatDeadline } from '../../domain/questions-deadline';

/** Shared pieces of the question cards' view models. Text people wrote goes through {@link plainText}. */

/** A card button: Action.Execute with an Action.Submit fallback, both carrying `data.verb`. */
export interface CardAction {
  title: string;
  data: Record<string, unknown> & { verb: string };
}

export const action = (title: string, verb: string, data: Record<string, unknown> = {}): CardAction => ({
  title,
  data: { verb, ...data },
});

/**
 * Text put back into a card input as its value. Not Markdown-escaped (inputs show it raw), but a
 * typed "${" is broken with a zero-width space so the template engine cannot read it as an expression;
 * {@link fromInput} undoes it when the card comes back.
 */
export const inputValue = (text: string | undefined, max = Number.POSITIVE_INFINITY): string => (text ?? '').slice(0, max).replace(/\$\{/g, '$\u200b{');
export const fromInput = (text: string): string => text.replace(/\$\u200b\{/g, '${');

/**
 * Typed text goes back whole up to twice its field's limit (so the person sees what to shorten);
 * beyond that a card could not hold it, and this says so next to the field.
 */
export const keptNote = (text: string | undefined, max: number): string =>
  (text ?? '').length > max ? ` Only its first ${max} characters are kept below.` : '';

/** "Monday 30 March 2026" from an ISO date. */
export const longDate = (isoDate: string): string => dayText(isoDate);

/** "30 Mar 10:15" in the council's time zone: for history lines. */
export function shortStamp(instant: string, timeZone: string): string {
  const at = new Date(instant);
  const day = dateFormat({ timeZone, day: 'numeric', month: 'short' }).format(at);
  const time = dateFormat({ timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
  return `${day} ${time}`;
}

export function deadlineSentence(window: QuestionWindow, timeZone: string, past: boolean): string {
  const when = formatDeadline(window.deadline, timeZone);
  return past ? `Questions closed at ${when}.` : `Questions close at ${when}.`;
}

/** "9 Childrens Social Care Sufficiency Strategy 2023-2025". */
export function agendaLabel(window: QuestionWindow, number: string): string {
  const item = window.meeting.agenda.find((a) => a.number === number);
  return plainText(item ? `${item.number} ${item.title}`.trim() : number);
}

export function statusLabel(q: Question): string {
  const base: Record<Question['status'], string> = {
    submitted: 'Waiting for review',
    accepted: 'Accepted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    merged: 'Merged into another question',
  };
  const parts = [base[q.status]];
  if (q.late) parts.push('late');
  if (q.answer) {
    const answer: Record<string, string> = {
      requested: `written answer asked of ${q.answer.officer.name} by ${longDate(q.answer.due)}`,
      drafted: 'answer waiting for approval',
      returned: 'answer sent back to the officer',
      approved: 'answered in writing',
    };
    parts.push(answer[q.answer.status] ?? '');
  }
  if (q.outcome) parts.push(outcomeLabels[q.outcome].toLowerCase());
  return plainText(parts.filter(Boolean).join('; '));
}

/** "Cllr A and Cllr B". */
export function names(people: { name: string }[]): string {
  const list = people.map((p) => p.name);
  if (list.length <= 1) return plainText(list[0] ?? '');
  return plainText(`${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`);
}


/** "Told 2 people." with who could not be reached, for a chair's confirmation. */
export function toldSentence(told: { queued: number; unreachable: string[] }): string {
  const n = told.queued;
  const base = n === 0 ? 'Nobody needed telling by message.' : `Told ${n} ${n === 1 ? 'person' : 'people'} in a 1:1 chat.`;
  if (told.unreachable.length === 0) return base;
  return `${base} ${told.unreachable.join(', ')} could not be told: no Teams id in the directory.`;
}
