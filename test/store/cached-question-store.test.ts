import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedQuestionStore } from '../../src/store/embedded/cached-question-store';
import { openStores } from '../../src/store/open-stores';
import type { QuestionStore, Stores } from '../../src/store/ports';
import { storeEvent, storeQuestion, storeWindow } from '../helpers/question-records';

const window = (id: string) => storeWindow(id, { body: 'Cache Committee', maxPerMember: 50 });
const event = storeEvent;
const question = storeQuestion;

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

  it('keeps a window\'s list through additions made at once, reading it only the first time', async () => {
    const cached = cachedQuestionStore(counted);
    await cached.createWindow(window('w5'), event('w5', 'window-opened'));
    await cached.listQuestions('w5');
    const before = reads.count;
    await Promise.all(
      Array.from({ length: 16 }, async (_, n) => {
        await cached.listQuestions('w5');
        await cached.addQuestion(question(`r${n}`, 'w5', `R ${n}?`), event('w5', 'submitted'), `k-r${n}`);
      }),
    );
    await cached.addQuestion(question('r0-again', 'w5', 'R 0?'), event('w5', 'submitted'), 'k-r0');
    expect(reads.count).toBe(before);
    expect(await cached.listQuestions('w5')).toEqual(await stores.questions.listQuestions('w5'));
  });

  it('forgets the list when a change overlaps an addition, and reads the database\'s word after', async () => {
    const cached = cachedQuestionStore(counted);
    await cached.createWindow(window('w6'), event('w6', 'window-opened'));
    const { question: first } = await cached.addQuestion(question('s1', 'w6', 'S 1?'), event('w6', 'submitted'), 'k-s1');
    await cached.listQuestions('w6');
    const adding = cached.addQuestion(question('s2', 'w6', 'S 2?'), event('w6', 'submitted'), 'k-s2');
    const saving = cached.saveQuestions([{ ...first, text: 'S 1, edited?' }], [event('w6', 'edited', 's1')]);
    await Promise.all([adding, saving]);
    const before = reads.count;
    const kept = await cached.listQuestions('w6');
    expect(reads.count).toBe(before + 1);
    expect(kept.map((q) => q.text)).toEqual(['S 1, edited?', 'S 2?']);
  });

  it('hands out copies or read-only questions: a caller cannot change what is kept', async () => {
    const cached = cachedQuestionStore(counted);
    await cached.createWindow(window('w3'), event('w3', 'window-opened'));
    await cached.addQuestion(question('c', 'w3', 'Kept?'), event('w3', 'submitted'), 'k-c');
    (await cached.listQuestions('w3'))[0]!.text = 'changed by a caller';
    await cached.addQuestion(question('d', 'w3', 'Added while kept'), event('w3', 'submitted'), 'k-d');
    const kept = await cached.listQuestions('w3');
    expect(() => (kept[0]!.text = 'changed by a caller')).toThrow(TypeError);
    expect(() => kept[1]!.askers.push(kept[1]!.askers[0]!)).toThrow(TypeError);
    kept.reverse();
    expect((await cached.listQuestions('w3')).map((q) => q.text)).toEqual(['Kept?', 'Added while kept']);
  });

  it('reads a window once, knows an unknown one, and takes a saved window from the database again', async () => {
    const windowReads = { count: 0 };
    const cached = cachedQuestionStore({ ...counted, getWindow: (id) => ((windowReads.count += 1), stores.questions.getWindow(id)) });
    expect(await cached.getWindow('w4')).toBeUndefined();
    await cached.createWindow(window('w4'), event('w4', 'window-opened'));
    const first = await cached.getWindow('w4');
    expect(first?.version).toBe(1);
    first!.maxPerMember = 99;
    expect((await cached.getWindow('w4'))?.maxPerMember).toBe(50);
    expect(windowReads.count).toBe(2);
    const saved = await cached.saveWindow({ ...first!, maxPerMember: 7 }, []);
    expect(saved.kind).toBe('ok');
    expect(await cached.getWindow('w4')).toEqual(await stores.questions.getWindow('w4'));
    expect((await cached.getWindow('w4'))?.maxPerMember).toBe(7);
    expect(windowReads.count).toBe(3);
  });
});
