import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionEvent, QuestionWindow } from '../../src/domain/questions';
import { cachedQuestionStore } from '../../src/store/embedded/cached-question-store';
import { openStores } from '../../src/store/open-stores';
import type { NewQuestion, QuestionStore, Stores } from '../../src/store/ports';

const window = (id: string): QuestionWindow => ({
  id,
  meeting: { id: `m-${id}`, origin: 'created', body: 'Cache Committee', date: '2031-04-09', agenda: [{ number: '1', title: 'Item' }] },
  rule: { kind: 'clear-working-days', days: 3, time: '17:00' },
  deadline: '2031-04-03T16:00:00.000Z',
  maxPerMember: 50,
  maxLength: 1000,
  openedBy: { name: 'Chair', aadObjectId: 'aad-chair' },
  openedAt: '2031-03-01T09:00:00.000Z',
  version: 1,
});
const event = (windowId: string, kind: QuestionEvent['kind'], questionId?: string): QuestionEvent => ({
  windowId,
  ...(questionId ? { questionId } : {}),
  kind,
  by: { name: 'Someone', aadObjectId: 'aad-x' },
  at: '2031-03-02T09:00:00.000Z',
  detail: {},
});
const question = (id: string, windowId: string, text: string): NewQuestion => ({
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
});

describe('question windows kept in memory (embedded store)', () => {
  let stores: Stores;
  const reads = { count: 0 };
  let counted: QuestionStore;
  beforeAll(async () => {
    stores = await openStores({});
    counted = { ...stores.questions, listQuestions: (id) => ((reads.count += 1), stores.questions.listQuestions(id)) };
  });
  afterAll(async () => stores.close());

  it('reads a window once, and lays additions and saved changes over what it keeps', async () => {
    const cached = cachedQuestionStore(counted);
    await cached.createWindow(window('w1'), event('w1', 'window-opened'));
    await cached.addQuestion(question('a', 'w1', 'First?'), event('w1', 'submitted'), 'k-a');
    expect((await cached.listQuestions('w1')).map((q) => q.text)).toEqual(['First?']);
    const before = reads.count;
    const { question: b } = await cached.addQuestion(question('b', 'w1', 'Second?'), event('w1', 'submitted'), 'k-b');
    await cached.saveQuestions([{ ...b, text: 'Second, edited?' }], [event('w1', 'edited', 'b')]);
    const kept = await cached.listQuestions('w1');
    expect(reads.count).toBe(before);
    expect(kept).toEqual(await stores.questions.listQuestions('w1'));
    expect(kept.map((q) => `${q.number} ${q.text} v${q.version}`)).toEqual(['1 First? v1', '2 Second, edited? v2']);
  });

  it('loses no question when many are added to one window at once, with reads in between', async () => {
    const cached = cachedQuestionStore(counted);
    await cached.createWindow(window('w2'), event('w2', 'window-opened'));
    await cached.listQuestions('w2');
    await Promise.all(
      Array.from({ length: 20 }, async (_, n) => {
        await cached.addQuestion(question(`p${n}`, 'w2', `Q ${n}?`), event('w2', 'submitted'), `k-p${n}`);
        await cached.listQuestions('w2');
      }),
    );
    const kept = await cached.listQuestions('w2');
    expect(kept).toHaveLength(20);
    expect(kept).toEqual(await stores.questions.listQuestions('w2'));
  });

  it('hands out copies: changing a list read does not change what is kept', async () => {
    const cached = cachedQuestionStore(counted);
    await cached.createWindow(window('w3'), event('w3', 'window-opened'));
    await cached.addQuestion(question('c', 'w3', 'Kept?'), event('w3', 'submitted'), 'k-c');
    (await cached.listQuestions('w3'))[0]!.text = 'changed by a caller';
    expect((await cached.listQuestions('w3'))[0]!.text).toBe('Kept?');
  });
});
