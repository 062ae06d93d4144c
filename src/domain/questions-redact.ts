import type { Question, QuestionPerson, QuestionWindow } from './questions';

/**
 * Retention: once a meeting is long past, the personal text of its questions goes, and the skeleton
 * stays (numbers, agenda items, states, dates, late marks, outcomes), so counts and the audit trail's
 * shape survive. Pure.
 */

export const REMOVED = '(removed)';

const anonymous = (): QuestionPerson => ({ name: REMOVED });

/** True when the meeting was more than `days` days before `today` and the text is still there. */
export function isDueForRedaction(window: QuestionWindow, today: string, days: number): boolean {
  if (window.redactedAt) return false;
  const until = new Date(`${window.meeting.date}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + days);
  return today > until.toISOString().slice(0, 10);
}

/** The question with its text, askers, addressee, reasons and answer blanked. */
export function redactQuestion(q: Question, now: string): Question {
  const { putTo: _putTo, rejectReason, answer, ...rest } = q;
  return {
    ...rest,
    text: REMOVED,
    askers: q.askers.map(anonymous),
    ...(rejectReason !== undefined ? { rejectReason: REMOVED } : {}),
    ...(answer
      ? {
          answer: {
            officer: anonymous(),
            due: answer.due,
            status: answer.status,
            ...(answer.text !== undefined ? { text: REMOVED } : {}),
            ...(answer.note !== undefined ? { note: REMOVED } : {}),
          },
        }
      : {}),
    updatedAt: now,
  };
}
