import { describe, expect, it } from 'vitest';
import { cachedActionUpdateLog, cachedRecordedValueLog } from '../../src/store/embedded/cached-update-logs';
import { openStores } from '../../src/store/open-stores';
import type { NewActionUpdate, NewRecordedValue } from '../../src/domain/updates';

const author = { name: 'Sam Officer' };
const update = (actionId: string, n: number): NewActionUpdate => ({
  id: `u-${actionId}-${n}`, actionId, planId: 'p', status: 'G', commentary: `Update ${n}`, author, at: `2026-11-20T09:0${n}:00.000Z`, idempotencyKey: `k-${actionId}-${n}`,
});
const value = (indicatorId: string, n: number): NewRecordedValue => ({
  id: `v-${indicatorId}-${n}`, indicatorId, period: `Q${n}`, value: n, author, at: `2026-11-20T09:0${n}:00.000Z`, idempotencyKey: `vk-${indicatorId}-${n}`,
});

/** Real stores (in-memory embedded), counting the reads that reach the database. */
async function counted() {
  const stores = await openStores({});
  const reads = { latest: 0, listFor: 0 };
  const actions = { ...stores.actionUpdates, latest: (ids: string[]) => ((reads.latest += 1), stores.actionUpdates.latest(ids)) };
  const values = { ...stores.recordedValues, listFor: (ids: string[]) => ((reads.listFor += 1), stores.recordedValues.listFor(ids)) };
  return { stores, reads, actions: cachedActionUpdateLog(actions), values: cachedRecordedValueLog(values) };
}

describe('officers\' updates kept in memory on the embedded store', () => {
  it('reads the latest update of an action once, and keeps what an append stored (or found newer) without reading it', async () => {
    const { stores, reads, actions } = await counted();
    try {
      expect((await actions.latest(['a'])).size).toBe(0);
      expect((await actions.latest(['a'])).size).toBe(0);
      expect(reads.latest).toBe(1);
      expect((await actions.append(update('a', 1), 0)).kind).toBe('ok');
      expect((await actions.latest(['a'])).get('a')).toMatchObject({ commentary: 'Update 1', version: 1 });
      expect(reads.latest).toBe(1);
      const stale = await actions.append(update('a', 2), 0);
      expect(stale.kind).toBe('conflict');
      expect((await actions.latest(['a', 'b'])).get('a')?.version).toBe(1);
      expect(reads.latest).toBe(2);
      expect((await actions.append(update('a', 1), 1)).kind).toBe('duplicate');
      expect((await actions.latest(['a'])).get('a')?.version).toBe(1);
      expect(reads.latest).toBe(3);
      const copy = (await actions.latest(['a'])).get('a')!;
      copy.commentary = 'changed by a caller';
      expect((await actions.latest(['a'])).get('a')?.commentary).toBe('Update 1');
    } finally {
      await stores.close();
    }
  });

  it('keeps the database\'s answer, not an older one, when a read and an append of the same action overlap', async () => {
    const { stores, actions } = await counted();
    try {
      await actions.append(update('c', 1), 0);
      const reading = actions.latest(['c', 'd']);
      const appended = actions.append(update('c', 2), 1);
      await Promise.all([reading, appended]);
      expect((await actions.latest(['c'])).get('c')?.version).toBe(2);
      expect((await stores.actionUpdates.latest(['c'])).get('c')?.version).toBe(2);
    } finally {
      await stores.close();
    }
  });

  it('reads recorded values of an indicator once, in the table\'s order, and again after a new one', async () => {
    const { stores, reads, values } = await counted();
    try {
      await values.record(value('i1', 1));
      await values.record(value('i2', 2));
      expect((await values.listFor(['i2', 'i1'])).map((v) => v.id)).toEqual(['v-i1-1', 'v-i2-2']);
      await values.listFor(['i1']);
      expect(reads.listFor).toBe(1);
      await values.record(value('i1', 3));
      expect((await values.listFor(['i1', 'i2'])).map((v) => v.id)).toEqual(['v-i1-1', 'v-i2-2', 'v-i1-3']);
      expect(reads.listFor).toBe(2);
    } finally {
      await stores.close();
    }
  });
});

describe('a read of officers\' updates under way when one is written', () => {
  it('does not put its older answer back', async () => {
    const stores = await openStores({});
    try {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const slow = { ...stores.actionUpdates, latest: async (ids: string[]) => { const found = await stores.actionUpdates.latest(ids); await gate; return found; } };
      const actions = cachedActionUpdateLog(slow);
      const reading = actions.latest(['a']);
      expect((await actions.append(update('a', 1), 0)).kind).toBe('ok');
      release();
      expect((await reading).size).toBe(0);
      expect((await actions.latest(['a'])).get('a')?.commentary).toBe('Update 1');
    } finally {
      await stores.close();
    }
  });
});
