import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionMeeting, QuestionWindow } from '../../../src/domain/questions';
import { createAskCache } from '../../../src/services/ask/ask-catalogue';
import { openStores } from '../../../src/store/open-stores';
import type { Stores } from '../../../src/store/ports';
import { storeWindow } from '../../helpers/question-records';

const window = (id: string, meeting: Partial<QuestionMeeting>): QuestionWindow =>
  storeWindow(id, { meeting: { origin: 'catalogue', body: 'Cabinet', date: '2026-12-01', agenda: [{ number: '1', title: 'Budget' }], ...meeting } });

describe('the question index and meetings added in Teams', () => {
  let stores: Stores;
  beforeAll(async () => {
    stores = await openStores({});
  });
  afterAll(async () => {
    await stores.close();
  });

  it('indexes a meeting a chair added in Teams, and rebuilds nothing for a window on an imported meeting', async () => {
    let windows: QuestionWindow[] = [];
    const cache = createAskCache(stores.catalogue, [], { checkEveryMs: 0, questions: { listWindows: async () => windows } });
    const first = await cache.get();
    expect(first.index.bodies.size).toBe(0);

    windows = [window('a', { origin: 'catalogue' })];
    const attached = await cache.get();
    expect(attached.index).toBe(first.index);
    expect(attached.windows.size).toBe(0); // no such imported meeting: nothing to attach to

    windows = [...windows, window('b', { id: 'created/corporate-parenting-panel/2026-12-08', origin: 'created', body: 'Corporate Parenting Panel', date: '2026-12-08' })];
    const added = await cache.get();
    expect(added.index).not.toBe(first.index);
    expect([...added.index.bodies.values()].map((b) => b.name)).toEqual(['Corporate Parenting Panel']);
    expect(added.windows.get('created/corporate-parenting-panel/2026-12-08')?.id).toBe('b');
    expect(await cache.get()).toBe(added);
  });
});
