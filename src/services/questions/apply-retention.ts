import type { QuestionWindow } from '../../domain/questions';
import { isDueForRedaction, REMOVED, redactQuestion } from '../../domain/questions-redact';
import type { OutboxStore, QuestionStore } from '../../store/ports';
import { questionKeyPrefix } from './notify';

export interface RetentionStores {
  questions: QuestionStore;
  outbox: Pick<OutboxStore, 'redact'>;
}

/**
 * Retention (QUESTION_RETENTION_DAYS): blanks the personal text of the questions of every meeting
 * more than `days` days past, of their events, and of every message the outbox holds about them
 * (notices to askers, officers and chairs quote the question, the reason, the answer), keeping
 * numbers, states and dates.
 *
 * @returns the meetings whose text was removed now.
 */
export async function applyQuestionRetention(stores: RetentionStores, now: Date, today: string, days: number): Promise<QuestionWindow[]> {
  const { questions } = stores;
  const done: QuestionWindow[] = [];
  const at = now.toISOString();
  for (const window of await questions.listWindows()) {
    if (!isDueForRedaction(window, today, days)) continue;
    const list = await questions.listQuestions(window.id);
    if (list.length > 0) {
      const saved = await questions.saveQuestions(list.map((q) => redactQuestion(q, at)), []);
      // A question changed at this very moment: leave the window for the next run.
      if (saved.kind === 'conflict') continue;
    }
    await questions.redactEvents(window.id);
    await stores.outbox.redact(list.map((q) => questionKeyPrefix(q.id)), REMOVED, at);
    const redacted = await questions.saveWindow({ ...window, openedBy: { name: REMOVED }, redactedAt: at }, [
      { windowId: window.id, kind: 'redacted', by: { name: 'retention' }, at, detail: { days, questions: list.length } },
    ]);
    if (redacted.kind === 'ok') done.push(redacted.window);
  }
  return done;
}
