import type { QuestionEvent, QuestionMeeting, QuestionWindow } from '../../src/domain/questions';
import type { NewQuestion } from '../../src/store/ports';

/**
 * A question window opened in Teams for a meeting in 2031, for store tests; `meeting` and the other
 * fields given replace the defaults (a meeting's fields one by one).
 */
export function storeWindow(
  id: string,
  options: { meetingId?: string; body?: string; meeting?: Partial<QuestionMeeting> } & Partial<Omit<QuestionWindow, 'id' | 'meeting'>> = {},
): QuestionWindow {
  const { meetingId, body, meeting, ...fields } = options;
  return {
    id,
    meeting: { id: meetingId ?? `m-${id}`, origin: 'created', body: body ?? 'Contract Committee', date: '2031-04-09', agenda: [{ number: '1', title: 'Item' }], ...meeting },
    rule: { kind: 'clear-working-days', days: 3, time: '17:00' },
    deadline: '2031-04-03T16:00:00.000Z',
    maxPerMember: 2,
    maxLength: 1000,
    openedBy: { name: 'Chair', aadObjectId: 'aad-chair' },
    openedAt: '2031-03-01T09:00:00.000Z',
    version: 1,
    ...fields,
  };
}

/** One event of a window's history, by someone, with the detail given. */
export function storeEvent(windowId: string, kind: QuestionEvent['kind'], questionId?: string, detail: QuestionEvent['detail'] = {}): QuestionEvent {
  return { windowId, ...(questionId ? { questionId } : {}), kind, by: { name: 'Someone', aadObjectId: 'aad-x' }, at: '2031-03-02T09:00:00.000Z', detail };
}

/** A member's question on the window's first agenda item. */
export function storeQuestion(id: string, windowId: string, text: string): NewQuestion {
  return {
    id,
    windowId,
    agendaItem: '1',
    text,
    askers: [{ name: 'Member', aadObjectId: 'aad-m' }],
    status: 'submitted',
    late: false,
    receivedAt: '2031-03-02T09:00:00.000Z',
    updatedAt: '2031-03-02T09:00:00.000Z',
    similar: [],
  };
}
