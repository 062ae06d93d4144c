import { describe, expect, it } from 'vitest';
import { cachedStateStore } from '../../src/store/embedded/cached-state-store';
import type { StateRecord, StateStore } from '../../src/store/ports';

/** A state store in a Map that counts the reads reaching it and can be made to fail. */
function countingStore() {
  const rows = new Map<string, StateRecord>();
  const counts = { reads: 0, puts: 0 };
  let failWrites = false;
  let held: Promise<void> | undefined;
  const store: StateStore = {
    async read(keys) {
      counts.reads += 1;
      return new Map(keys.filter((k) => rows.has(k)).map((k) => [k, structuredClone(rows.get(k)!)]));
    },
    async write(key, doc, expected) {
      if (failWrites) throw new Error('disk full');
      const current = rows.get(key);
      const matches = expected === '*' || (expected === null ? !current : current?.etag === expected);
      if (!matches) return { ok: false, current: current ? structuredClone(current) : undefined };
      const etag = String(Number(current?.etag ?? 0) + 1);
      rows.set(key, { doc: structuredClone(doc), etag });
      return { ok: true, etag };
    },
    async delete(keys) {
      for (const k of keys) rows.delete(k);
    },
    async putAll(records) {
      counts.puts += 1;
      await held;
      if (failWrites) throw new Error('disk full');
      for (const { key, doc, etag } of records) rows.set(key, { doc: structuredClone(doc), etag });
    },
    async storedKeys() {
      return [...rows.keys()];
    },
  };
  /** Holds every putAll until the returned function is called. */
  const hold = () => {
    let release!: () => void;
    held = new Promise<void>((resolve) => (release = resolve));
    return release;
  };
  return { store, rows, counts, hold, setFailWrites: (on: boolean) => (failWrites = on) };
}

describe('the embedded store kept in memory (turn state)', () => {
  it('reads a key from the database once, then from memory, including a key known to be absent', async () => {
    const db = countingStore();
    const cached = cachedStateStore(db.store);
    expect((await cached.read(['a'])).size).toBe(0);
    expect((await cached.read(['a'])).size).toBe(0);
    expect(db.counts.reads).toBe(1);
    const written = await cached.write('a', { topic: 'plo' }, null);
    expect(written.ok).toBe(true);
    expect((await cached.read(['a'])).get('a')).toEqual({ doc: { topic: 'plo' }, etag: '1' });
    expect(db.counts.reads).toBe(1);
  });

  it('hands out copies: changing a read or written document does not change what is kept', async () => {
    const cached = cachedStateStore(countingStore().store);
    const doc = { ask: { subject: 'plo' } };
    await cached.write('a', doc, null);
    doc.ask.subject = 'changed after writing';
    const read = (await cached.read(['a'])).get('a')!;
    (read.doc.ask as { subject: string }).subject = 'changed after reading';
    expect((await cached.read(['a'])).get('a')?.doc).toEqual({ ask: { subject: 'plo' } });
  });

  it('keeps the etag rules: a stale write is refused with the current record, and what is kept is that record', async () => {
    const cached = cachedStateStore(countingStore().store);
    const first = await cached.write('a', { n: 1 }, null);
    const second = await cached.write('a', { n: 2 }, first.ok ? first.etag : null);
    const stale = await cached.write('a', { n: 3 }, first.ok ? first.etag : null);
    expect(second.ok).toBe(true);
    expect(stale).toEqual({ ok: false, current: { doc: { n: 2 }, etag: '2' } });
    expect((await cached.read(['a'])).get('a')?.doc).toEqual({ n: 2 });
  });

  it('after a failed write, asks the database again rather than trusting memory', async () => {
    const db = countingStore();
    const cached = cachedStateStore(db.store);
    await cached.write('a', { n: 1 }, '*');
    db.setFailWrites(true);
    await expect(cached.write('a', { n: 2 }, '*')).rejects.toThrow('disk full');
    expect((await cached.read(['a'])).get('a')?.doc).toEqual({ n: 1 });
    expect(db.counts.reads).toBe(1);
  });

  it('forgets deleted keys, and the oldest key once full', async () => {
    const db = countingStore();
    const cached = cachedStateStore(db.store, 2);
    await cached.write('a', { n: 1 }, '*');
    await cached.delete(['a']);
    expect((await cached.read(['a'])).size).toBe(0);
    await cached.write('b', { n: 1 }, '*');
    await cached.write('c', { n: 1 }, '*');
    await cached.write('d', { n: 1 }, '*');
    const before = db.counts.reads;
    expect((await cached.read(['b'])).get('b')?.doc).toEqual({ n: 1 });
    expect(db.counts.reads).toBe(before + 1);
  });
});

describe('the keys stored at open', () => {
  it('answer a key outside them without asking the database, until it is written', async () => {
    const db = countingStore();
    await db.store.write('old', { n: 1 }, '*');
    const cached = cachedStateStore(db.store, 100, await db.store.storedKeys());
    expect((await cached.read(['new/conversation', 'new/user'])).size).toBe(0);
    expect(db.counts.reads).toBe(0);
    expect((await cached.read(['old'])).get('old')?.doc).toEqual({ n: 1 });
    expect(db.counts.reads).toBe(1);
    await cached.write('new/conversation', { n: 2 }, null);
    expect((await cached.read(['new/conversation'])).get('new/conversation')?.doc).toEqual({ n: 2 });
  });

  it('still ask the database for a key whose write failed, and for a key deleted and written again', async () => {
    const db = countingStore();
    const cached = cachedStateStore(db.store, 100, await db.store.storedKeys());
    db.setFailWrites(true);
    await expect(cached.write('a', { n: 1 }, '*')).rejects.toThrow('disk full');
    expect((await cached.read(['a'])).size).toBe(0);
    expect(db.counts.reads).toBe(1);
    db.setFailWrites(false);
    await cached.write('b', { n: 1 }, '*');
    await cached.delete(['b']);
    expect((await cached.read(['b'])).size).toBe(0);
    // Written behind the cache's back (as only a test can): a key outside the set is not asked for.
    await db.store.write('c', { n: 1 }, '*');
    expect((await cached.read(['c'])).size).toBe(0);
    expect(db.counts.reads).toBe(1);
  });
});

describe('a read under way when the key is written', () => {
  it('does not put its older answer back', async () => {
    const db = countingStore();
    await db.store.write('a', { n: 1 }, '*');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: StateStore = { ...db.store, read: async (keys) => { const found = await db.store.read(keys); await gate; return found; } };
    const cached = cachedStateStore(slow);
    const reading = cached.read(['a']);
    await cached.write('a', { n: 2 }, '*');
    release();
    expect((await reading).get('a')?.doc).toEqual({ n: 1 });
    expect((await cached.read(['a'])).get('a')?.doc).toEqual({ n: 2 });
  });
});

describe('writes stored in batches', () => {
  it('stores the writes made while one batch is stored together, each resolving once stored', async () => {
    const db = countingStore();
    const cached = cachedStateStore(db.store, 100, []);
    const release = db.hold();
    const first = cached.write('a', { n: 1 }, null);
    await new Promise((resolve) => setImmediate(resolve));
    expect(db.counts.puts).toBe(1);
    const together = [cached.write('b', { n: 1 }, null), cached.write('c', { n: 1 }, null), cached.write('b', { n: 2 }, '1')];
    expect((await cached.read(['b'])).get('b')).toEqual({ doc: { n: 2 }, etag: '2' });
    release();
    expect(await first).toEqual({ ok: true, etag: '1' });
    expect(await Promise.all(together)).toEqual([{ ok: true, etag: '1' }, { ok: true, etag: '1' }, { ok: true, etag: '2' }]);
    expect(db.counts.puts).toBe(2);
    expect(db.rows.get('b')).toEqual({ doc: { n: 2 }, etag: '2' });
    expect(db.rows.get('c')).toEqual({ doc: { n: 1 }, etag: '1' });
  });

  it('decides the etag rules against a write not yet stored', async () => {
    const db = countingStore();
    const cached = cachedStateStore(db.store, 100, []);
    const created = cached.write('a', { n: 1 }, null);
    const again = cached.write('a', { n: 9 }, null);
    expect(await created).toEqual({ ok: true, etag: '1' });
    expect(await again).toEqual({ ok: false, current: { doc: { n: 1 }, etag: '1' } });
    expect(db.rows.get('a')).toEqual({ doc: { n: 1 }, etag: '1' });
  });

  it('fails every write of a batch that could not be stored, and then asks the database', async () => {
    const db = countingStore();
    await db.store.write('a', { n: 1 }, '*');
    const cached = cachedStateStore(db.store, 100, ['a']);
    await cached.read(['a']);
    db.setFailWrites(true);
    const writes = [cached.write('a', { n: 2 }, '1'), cached.write('b', { n: 1 }, null)];
    await expect(Promise.all(writes)).rejects.toThrow('disk full');
    db.setFailWrites(false);
    const reads = db.counts.reads;
    expect((await cached.read(['a'])).get('a')).toEqual({ doc: { n: 1 }, etag: '1' });
    expect(db.counts.reads).toBe(reads + 1);
  });

  it('deletes after the writes queued before it, so none lands after the delete', async () => {
    const db = countingStore();
    const cached = cachedStateStore(db.store, 100, []);
    const written = cached.write('a', { n: 1 }, null);
    await cached.delete(['a']);
    await written;
    expect(db.rows.has('a')).toBe(false);
    expect((await cached.read(['a'])).size).toBe(0);
  });
});
