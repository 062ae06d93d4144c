import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../src/domain/conversations';
import { batchedConversationStore } from '../../src/store/embedded/batched-conversations';
import { cachedStateStore } from '../../src/store/embedded/cached-state-store';
import { type StateRow, writeLane } from '../../src/store/embedded/write-lane';
import { openStores } from '../../src/store/open-stores';

const record = (id: string): ConversationRecord => ({ id, conversationType: 'personal', serviceUrl: 'https://smba.example/', reference: { conversation: { id } }, installed: true });

/** A lane over writers that only log what they were asked, and can be made to fail. */
function loggedLane(failing: { both?: boolean; conversations?: boolean } = {}) {
  const calls: string[] = [];
  const lane = writeLane({
    state: async (rows: StateRow[]) => void calls.push(`state ${rows.map((r) => r.key).join(',')}`),
    conversations: async (records) => {
      calls.push(`refs ${records.map((r) => r.id).join(',')}`);
      if (failing.conversations) throw new Error('refs refused');
    },
    both: async (rows, records) => {
      calls.push(`both ${rows.map((r) => r.key).join(',')} ${records.map((r) => r.id).join(',')}`);
      if (failing.both) throw new Error('joint refused');
    },
  });
  return { lane, calls };
}

const noState = { read: async () => new Map(), write: async () => ({ ok: true as const, etag: '1' }), delete: async () => undefined, putAll: async () => undefined, storedKeys: async () => [] };
const noRefs = { upsert: async () => undefined, upsertAll: async () => undefined, get: async () => undefined, list: async () => [], findPersonalChat: async () => undefined, markUninstalled: async () => undefined };

describe('the embedded store write lane', () => {
  it('writes turn state and conversation references queued together in one joint write', async () => {
    const { lane, calls } = loggedLane();
    const state = cachedStateStore(noState, 100, [], lane);
    const refs = batchedConversationStore(noRefs, lane);
    await Promise.all([state.write('s1', { a: 1 }, null), refs.upsert(record('c1')), state.write('s2', { b: 2 }, null), refs.upsert(record('c2'))]);
    expect(calls).toEqual(['both s1,s2 c1,c2']);
    await Promise.all([state.write('s1', { a: 2 }, '1')]);
    await refs.upsert(record('c3'));
    expect(calls.slice(1)).toEqual(['state s1', 'refs c3']);
  });

  it('writes each kind on its own when the joint write fails, so one kind failing leaves the other stored', async () => {
    const { lane, calls } = loggedLane({ both: true, conversations: true });
    const state = cachedStateStore(noState, 100, [], lane);
    const refs = batchedConversationStore(noRefs, lane);
    const written = state.write('s1', { a: 1 }, null);
    const upserted = refs.upsert(record('c1'));
    await expect(written).resolves.toEqual({ ok: true, etag: '1' });
    await expect(upserted).rejects.toThrow('refs refused');
    expect(calls).toEqual(['both s1 c1', 'state s1', 'refs c1']);
    expect((await state.read(['s1'])).get('s1')?.doc).toEqual({ a: 1 });
  });

  describe('on the embedded database', () => {
    let dir: string | undefined;
    afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

    it('stores both kinds in one statement, read back after a restart', async () => {
      dir = mkdtempSync(join(tmpdir(), 'cb-lane-'));
      const stores = await openStores({ dataDir: join(dir, 'data') });
      const before = stores.counts().statements;
      await Promise.all([stores.state.write('conversation/x', { ask: { planId: 'p' } }, null), stores.conversations.upsert(record('x')), stores.conversations.upsert(record('y'))]);
      expect(stores.counts().statements - before).toBe(1);
      await stores.close();
      const again = await openStores({ dataDir: join(dir, 'data') });
      expect((await again.state.read(['conversation/x'])).get('conversation/x')?.doc).toEqual({ ask: { planId: 'p' } });
      expect((await again.conversations.get('y'))?.reference).toEqual({ conversation: { id: 'y' } });
      await again.close();
    });
  });
});
