import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../src/domain/conversations';
import { batchedConversationStore } from '../../src/store/embedded/batched-conversations';
import type { ConversationStore } from '../../src/store/ports';

const record = (id: string, serviceUrl = 'https://smba.example/'): ConversationRecord => ({
  id,
  conversationType: 'personal',
  serviceUrl,
  reference: { conversation: { id } },
  installed: true,
});

/** References in a Map; each statement is counted, and can be held or made to fail. */
function countingStore() {
  const rows = new Map<string, ConversationRecord>();
  const statements: string[][] = [];
  let held: Promise<void> | undefined;
  let fail = false;
  const store: ConversationStore = {
    upsert: (r) => store.upsertAll([r]),
    async upsertAll(records) {
      statements.push(records.map((r) => r.id));
      await held;
      if (fail) throw new Error('disk full');
      for (const r of records) rows.set(r.id, { ...r });
    },
    get: async (id) => rows.get(id),
    list: async () => [...rows.values()],
    findPersonalChat: async () => undefined,
    async markUninstalled(id) {
      statements.push([`uninstall ${id}`]);
      const row = rows.get(id);
      if (row) row.installed = false;
    },
  };
  const hold = () => {
    let release!: () => void;
    held = new Promise<void>((resolve) => (release = resolve));
    return release;
  };
  return { store, rows, statements, hold, setFail: (on: boolean) => (fail = on) };
}

describe('conversation references written in batches', () => {
  it('stores the upserts made while one batch is stored in one statement, each resolving once stored', async () => {
    const db = countingStore();
    const batched = batchedConversationStore(db.store);
    const release = db.hold();
    const first = batched.upsert(record('a'));
    await new Promise((resolve) => setImmediate(resolve));
    const later = [batched.upsert(record('b')), batched.upsert(record('c')), batched.upsert(record('b', 'https://newer.example/'))];
    release();
    await Promise.all([first, ...later]);
    expect(db.statements).toEqual([['a'], ['b', 'c', 'b']]);
    expect((await batched.get('b'))?.serviceUrl).toBe('https://newer.example/');
  });

  it('fails every upsert of a batch that could not be stored, and stores the next batch', async () => {
    const db = countingStore();
    const batched = batchedConversationStore(db.store);
    db.setFail(true);
    const failing = [batched.upsert(record('a')), batched.upsert(record('b'))];
    for (const upsert of failing) await expect(upsert).rejects.toThrow('disk full');
    db.setFail(false);
    await batched.upsert(record('c'));
    expect([...db.rows.keys()]).toEqual(['c']);
  });

  it('marks a chat uninstalled after the upserts queued before it, so none installs it again', async () => {
    const db = countingStore();
    const batched = batchedConversationStore(db.store);
    const upserted = batched.upsert(record('a'));
    await batched.markUninstalled('a');
    await upserted;
    expect(db.statements).toEqual([['a'], ['uninstall a']]);
    expect(db.rows.get('a')?.installed).toBe(false);
  });

  it('reads a reference back once the upserts queued before the read are stored, failed or not', async () => {
    const db = countingStore();
    const batched = batchedConversationStore(db.store);
    const release = db.hold();
    const first = batched.upsert(record('a'));
    const second = batched.upsert(record('b'));
    const read = batched.get('b');
    const listed = batched.list();
    release();
    await Promise.all([first, second]);
    expect(await read).toMatchObject({ id: 'b' });
    expect((await listed).map((r) => r.id)).toEqual(['a', 'b']);
    db.setFail(true);
    const failing = batched.upsert(record('c'));
    failing.catch(() => undefined);
    expect(await batched.get('c')).toBeUndefined();
    await expect(failing).rejects.toThrow('disk full');
  });
});
