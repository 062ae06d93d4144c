import type { Question, QuestionWindow } from '../../domain/questions';
import type { QuestionStore } from '../ports';
import { Remembered } from './remembered';

const MAX_WINDOWS = 2_000;

/** `value` and everything in it made read-only; returns it. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) frozen(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * A question window's questions kept in memory on the embedded store, so a submission does not read
 * and copy the whole window from the database every time (a window of 200 questions is about 200 kB
 * of rows parsed and passed between threads, per submission).
 *
 * @remarks
 * As with turn state (cached-state-store.ts), only the embedded store may do this: its one process
 * makes every write, through here. Writes still go to the database, which keeps their rules (numbers,
 * versions, idempotency keys); what they changed is laid over the kept list. An addition is laid
 * over whatever else was added meanwhile (16 members submitting at once to one window otherwise each
 * read its 200 questions again); a change (an edit, a review) only if no other write overlapped it,
 * or else the list is forgotten and the next read takes the database's word. What is kept is
 * frozen, deep, and a read hands out a new array of those frozen questions: no caller can change
 * what is kept (an attempt throws), and a submission no longer copies the whole window
 * (structuredClone of 200 questions was ~1.2 ms of a submission's ~8 ms on the bot's thread).
 * Windows are kept by id too (copied in and out), forgotten before and after each write of one.
 */
export function cachedQuestionStore(store: QuestionStore, maxWindows = MAX_WINDOWS): QuestionStore {
  const lists = new Remembered<Question[]>(maxWindows);
  /** Writes begun per window: a write lays its change over the list only if no other began since. */
  const begun = new Map<string, number>();
  /** Writes under way per window: a read begun meanwhile may not see them, so it keeps nothing. */
  const writing = new Map<string, number>();

  /** A write begins: `keep` (an addition) leaves the list kept, to lay the addition over when done. */
  const begin = (windowId: string, keep = false) => {
    const count = (begun.get(windowId) ?? 0) + 1;
    begun.set(windowId, count);
    if (begun.size > maxWindows) begun.delete(begun.keys().next().value!);
    const under = (writing.get(windowId) ?? 0) + 1;
    writing.set(windowId, under);
    const before = lists.get(windowId);
    // NOTE: marked (or forgotten) first, so a read under way does not put its older answer back.
    if (keep) lists.touch(windowId);
    else lists.forget(windowId);
    return { windowId, count, before, alone: under === 1 };
  };
  const end = (windowId: string) => {
    const left = (writing.get(windowId) ?? 1) - 1;
    if (left > 0) writing.set(windowId, left);
    else writing.delete(windowId);
  };
  const layOver = (windowId: string, list: readonly Question[], changed: Question[]) => {
    const byId = new Map(list.map((q) => [q.id, q]));
    for (const q of changed) byId.set(q.id, frozen(structuredClone(q)));
    lists.set(windowId, [...byId.values()].sort((a, b) => a.number - b.number));
  };
  /** A change (saved questions) is laid over the list it began with, if no other write overlapped it. */
  const finish = (start: ReturnType<typeof begin>, changed: Question[]) => {
    if (!start.before || !start.alone || begun.get(start.windowId) !== start.count) return;
    layOver(start.windowId, start.before, changed);
  };
  /**
   * An addition is laid over the list kept now, whatever else was added meanwhile: additions each add
   * a question of their own (numbered by the database), so their order does not matter. A change
   * under way or since forgot the list, and a read keeps nothing while one is under way.
   */
  const finishAddition = (windowId: string, added: Question) => {
    const kept = lists.get(windowId);
    if (kept) layOver(windowId, kept, [added]);
  };

  /** Windows by id: a submission reads its window every time, and windows change only through here. */
  const windows = new Remembered<QuestionWindow>(maxWindows);
  const windowWritten = <T>(windowId: string, write: () => Promise<T>): Promise<T> => windows.around(windowId, write);

  return {
    ...store,
    async getWindow(id) {
      const known = windows.get(id);
      if (known !== undefined) return known ? structuredClone(known) : undefined;
      const mark = windows.mark();
      const read = await store.getWindow(id);
      windows.settle(id, read ? structuredClone(read) : null, mark);
      return read;
    },
    createWindow: (window, event) => windowWritten(window.id, () => store.createWindow(window, event)),
    saveWindow: (window, events) => windowWritten(window.id, () => store.saveWindow(window, events)),

    async listQuestions(windowId) {
      const kept = lists.get(windowId);
      if (kept) return [...kept];
      const mark = lists.mark();
      const quiet = !writing.has(windowId);
      const read = await store.listQuestions(windowId);
      if (quiet) lists.settle(windowId, frozen(structuredClone(read)), mark);
      return read;
    },

    async addQuestion(question, event, idempotencyKey) {
      begin(question.windowId, true);
      try {
        const added = await store.addQuestion(question, event, idempotencyKey);
        if (added.kind === 'ok') finishAddition(question.windowId, added.question);
        return added;
      } catch (error) {
        // NOTE: stored or not, nobody knows: the next read takes the database's word.
        lists.forget(question.windowId);
        throw error;
      } finally {
        end(question.windowId);
      }
    },

    async saveQuestions(questions, events) {
      const starts = [...new Set(questions.map((q) => q.windowId))].map((windowId) => begin(windowId));
      try {
        const saved = await store.saveQuestions(questions, events);
        for (const start of starts) finish(start, saved.kind === 'ok' ? saved.questions.filter((q) => q.windowId === start.windowId) : []);
        return saved;
      } finally {
        for (const start of starts) end(start.windowId);
      }
    },
  };
}
