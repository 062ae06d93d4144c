import type { StateRecord, StateStore } from '../ports';
import { Remembered } from './remembered';

const MAX_KEYS = 20_000;

/**
 * Turn state kept in memory as well as in the embedded database, so a turn reads it without a query.
 *
 * @remarks
 * Only for the embedded store: one process owns its folder (the lock file), so every write passes
 * through here and the copy cannot go stale. With PostgreSQL other instances write too, and reads go
 * to the database. A key known to be absent is remembered as `null`. Documents are copied in and out,
 * so no caller can change what is kept.
 *
 * Given the keys stored at open (`stored`, from {@link StateStore.storedKeys}), it also knows that a
 * key outside them and never written since holds nothing: a new conversation's first turn reads no
 * state from the database (a query saved on every new conversation and person, and after a restart
 * on every key not yet in memory that has no state).
 */
export function cachedStateStore(store: StateStore, maxKeys = MAX_KEYS, stored?: Iterable<string>): StateStore {
  const kept = new Remembered<StateRecord>(maxKeys);
  /** Keys that may hold state: those stored at open, and every key written since (even by a failed write). */
  const mayHold = stored ? new Set(stored) : undefined;
  const knownAbsent = (key: string) => mayHold !== undefined && !mayHold.has(key);
  const copy = (record: StateRecord): StateRecord => ({ doc: structuredClone(record.doc), etag: record.etag });

  return {
    async read(keys) {
      const found = new Map<string, StateRecord>();
      const missing = kept.missing(keys).filter((key) => !knownAbsent(key));
      let read = new Map<string, StateRecord>();
      if (missing.length > 0) {
        const mark = kept.mark();
        read = await store.read(missing);
        for (const key of missing) {
          const record = read.get(key);
          kept.settle(key, record ? copy(record) : null, mark);
        }
      }
      for (const key of keys) {
        const record = read.get(key) ?? kept.get(key);
        if (record) found.set(key, copy(record));
      }
      return found;
    },

    async write(key, doc, expectedEtag) {
      // NOTE: forgotten first, so a failed write leaves the next read to ask the database.
      kept.forget(key);
      mayHold?.add(key);
      const result = await store.write(key, doc, expectedEtag);
      const now = result.ok ? { doc, etag: result.etag } : result.current;
      kept.set(key, now ? copy(now) : null);
      return result;
    },

    async delete(keys) {
      for (const key of keys) kept.forget(key);
      await store.delete(keys);
      for (const key of keys) {
        kept.set(key, null);
        mayHold?.delete(key);
      }
    },

    storedKeys: () => store.storedKeys(),
  };
}
