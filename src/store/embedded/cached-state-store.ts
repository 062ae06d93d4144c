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
      if (missing.length > 0) {
        const read = await store.read(missing);
        for (const key of missing) keep(key, read.get(key) ?? null);
      }
      for (const key of keys) {
        const record = kept.get(key);
        if (record) found.set(key, { doc: structuredClone(record.doc), etag: record.etag });
      }
      return found;
    },

    async write(key, doc, expectedEtag) {
      // NOTE: forgotten first, so a failed write leaves the next read to ask the database.
      kept.delete(key);
      const result = await store.write(key, doc, expectedEtag);
      if (result.ok) keep(key, { doc, etag: result.etag });
      else keep(key, result.current ?? null);
      return result;
    },

    async delete(keys) {
      for (const key of keys) kept.delete(key);
      await store.delete(keys);
      for (const key of keys) keep(key, null);
    },
  };
}
