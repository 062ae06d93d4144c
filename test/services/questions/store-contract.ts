import { describe, expect, it } from 'vitest';
import type { Question, QuestionEvent } from '../../../src/domain/questions';
import type { Stores } from '../../../src/store/ports';
import { storeEvent, storeQuestion, storeWindow } from '../../helpers/question-records';

/** The question store's behaviour, run by test/store/contract.ts against every adapter. */
export function questionStoreContract(stores: () => Stores): void {
  const window = (id: string, meetingId: string) => storeWindow(id, { meetingId });
  const event = (windowId: string, kind: QuestionEvent['kind'], questionId?: string) => storeEvent(windowId, kind, questionId, { note: 'kept' });
  const question = storeQuestion;

  describe('questions', () => {
    it('keeps one window per meeting and gives back the one there', async () => {
      const created = await stores().questions.createWindow(window('qw-1', 'm-1'), event('qw-1', 'window-opened'));
      expect(created).toEqual({ kind: 'ok', window: window('qw-1', 'm-1') });
      const again = await stores().questions.createWindow(window('qw-2', 'm-1'), event('qw-2', 'window-opened'));
      expect(again.kind).toBe('exists');
      expect(again.window.id).toBe('qw-1');
      expect((await stores().questions.windowForMeeting('m-1'))?.id).toBe('qw-1');
      expect((await stores().questions.listWindows()).filter((w) => w.meeting.id === 'm-1')).toHaveLength(1);
    });

    it('numbers questions in order of receipt and stores a repeated submission once', async () => {
      await stores().questions.createWindow(window('qw-3', 'm-3'), event('qw-3', 'window-opened'));
      const a = await stores().questions.addQuestion(question('q-a', 'qw-3', 'First?'), event('qw-3', 'submitted'), 'key-a');
      const b = await stores().questions.addQuestion(question('q-b', 'qw-3', 'Second?'), event('qw-3', 'submitted'), 'key-b');
      const again = await stores().questions.addQuestion(question('q-c', 'qw-3', 'First again?'), event('qw-3', 'submitted'), 'key-a');
      expect([a.question.number, b.question.number]).toEqual([1, 2]);
      expect(again).toEqual({ kind: 'duplicate', question: a.question });
      expect((await stores().questions.questionForKey('key-b'))?.id).toBe('q-b');
      expect((await stores().questions.listQuestions('qw-3')).map((q) => q.text)).toEqual(['First?', 'Second?']);
      const events = await stores().questions.listEvents('qw-3');
      expect(events.map((e) => `${e.kind}:${e.questionId ?? '-'}`)).toEqual(['window-opened:-', 'submitted:q-a', 'submitted:q-b']);
    });

    it('numbers questions added at the same moment without a clash', async () => {
      await stores().questions.createWindow(window('qw-4', 'm-4'), event('qw-4', 'window-opened'));
      const added = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => stores().questions.addQuestion(question(`q-p${n}`, 'qw-4', `Q ${n}?`), event('qw-4', 'submitted'), `key-p${n}`)),
      );
      expect(added.map((r) => r.question.number).sort()).toEqual([1, 2, 3, 4, 5]);
    });

    it('saves changes at the version read, all or nothing, with their events', async () => {
      await stores().questions.createWindow(window('qw-5', 'm-5'), event('qw-5', 'window-opened'));
      const { question: x } = await stores().questions.addQuestion(question('q-x', 'qw-5', 'X?'), event('qw-5', 'submitted'), 'key-x');
      const { question: y } = await stores().questions.addQuestion(question('q-y', 'qw-5', 'Y?'), event('qw-5', 'submitted'), 'key-y');
      const saved = await stores().questions.saveQuestions([{ ...x, status: 'accepted' }], [event('qw-5', 'accepted', 'q-x')]);
      expect(saved.kind).toBe('ok');
      expect((await stores().questions.getQuestion('q-x'))).toMatchObject({ status: 'accepted', version: 2 });

      // x was read at version 1: the merge of y into x is refused, and y is left as it was.
      const stale: Question[] = [{ ...y, status: 'merged', mergedInto: 'q-x' }, { ...x, askers: [...x.askers, ...y.askers] }];
      const refused = await stores().questions.saveQuestions(stale, [event('qw-5', 'merged', 'q-y')]);
      expect(refused).toMatchObject({ kind: 'conflict', current: { id: 'q-x', version: 2 } });
      expect((await stores().questions.getQuestion('q-y'))).toMatchObject({ status: 'submitted', version: 1 });
      expect((await stores().questions.listEvents('qw-5', 'q-y')).map((e) => e.kind)).toEqual(['submitted']);
    });

    it('saves a window at its version and blanks who did what in its events', async () => {
      const created = await stores().questions.createWindow(window('qw-6', 'm-6'), event('qw-6', 'window-opened'));
      const saved = await stores().questions.saveWindow({ ...created.window, maxPerMember: 3 }, []);
      expect(saved).toMatchObject({ kind: 'ok', window: { maxPerMember: 3, version: 2 } });
      expect((await stores().questions.saveWindow({ ...created.window, maxPerMember: 4 }, [])).kind).toBe('conflict');
      await stores().questions.redactEvents('qw-6');
      const [opened] = await stores().questions.listEvents('qw-6');
      expect(opened).toMatchObject({ kind: 'window-opened', by: { name: '(removed)' }, detail: {}, at: '2031-03-02T09:00:00.000Z' });
    });
  });
}
