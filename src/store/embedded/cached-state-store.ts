import type { StateRecord, StateStore } from '../ports';

const MAX_KEYS = 20_000;

/**
 * Turn state kept in memory as well as in the embedded database, so a turn reads it without a query.
 *
 * @remarks
 * Only for the embedded store: one process owns its folder (the lock file), so every write passes
 * through here and the copy cannot go stale. With PostgreSQL other instances write too, and reads go
 * to the database. A key known to be absent is remembered as `null`. Documents are copied in and out,
 * so no caller can change what is kept.
 */
export function cachedStateStore(store: StateStore, maxKeys = MAX_KEYS): StateStore {
  const kept = new Map<string, StateRecord | null>();
  // NOTE: a read under way when a key is written must not put its older answer back.
  let writes = 0;
  const lastWrite = new Map<string, number>();
  const written = (key: string) => {
    lastWrite.delete(key);
    if (lastWrite.size >= maxKeys) lastWrite.delete(lastWrite.keys().next().value!);
    lastWrite.set(key, writes);
    writes += 1;
  };

  const keep = (key: string, record: StateRecord | null) => {
    kept.delete(key);
    if (kept.size >= maxKeys) {
      const oldest = kept.keys().next().value;
      if (oldest !== undefined) kept.delete(oldest);
    }
    kept.set(key, record ? { doc: structuredClone(record.doc), etag: record.etag } : null);
  };

  return {
    async read(keys) {
      const found = new Map<string, StateRecord>();
      const missing = keys.filter((key) => !kept.has(key));
      let read = new Map<string, StateRecord>();
      if (missing.length > 0) {
        const mark = writes;
        read = await store.read(missing);
        for (const key of missing) if ((lastWrite.get(key) ?? -1) < mark) keep(key, read.get(key) ?? null);
      }
      for (const key of keys) {
        const record = read.get(key) ?? kept.get(key);
        if (record) found.set(key, { doc: structuredClone(record.doc), etag: record.etag });
      }
      return found;
    },

    async write(key, doc, expectedEtag) {
      // NOTE: forgotten first, so a failed write leaves the next read to ask the database.
      kept.delete(key);
      written(key);
      const result = await store.write(key, doc, expectedEtag);
      if (result.ok) keep(key, { doc, etag: result.etag });
      else keep(key, result.current ?? null);
      return result;
    },

    async delete(keys) {
      for (const key of keys) {
        kept.delete(key);
        written(key);
      }
      await store.delete(keys);
      for (const key of keys) keep(key, null);
    },
  };
}
