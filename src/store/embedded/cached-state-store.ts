import { deepCopy } from '../../domain/deep-copy';
import type { StateRecord, StateStore } from '../ports';
import { Remembered } from './remembered';
import { type WriteLane, writeLane } from './write-lane';

const MAX_KEYS = 20_000;

/** A write decided in memory and waiting for the next batch: what it stores, and who waits for it. */
interface Queued {
  record: StateRecord;
  waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }>;
}

/**
 * Turn state kept in memory as well as in the embedded database, so a turn reads it without a query,
 * and turns writing at once share one statement.
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
 *
 * Writes are decided here (the etag rules, against what memory holds) and stored in batches: the
 * writes made while one batch is being stored go together in the next ({@link StateStore.putAll},
 * one statement), and each write resolves once its batch is stored, or fails with it. A turn's
 * write was an UPDATE of its own, ~2 ms of processor time mostly on the database's thread; at 16
 * conversations at once the turns writing meanwhile now share it. Given a `lane` (write-lane.ts), the
 * batches ride it with the conversation references', and the two kinds go in one statement.
 */
export function cachedStateStore(store: StateStore, maxKeys = MAX_KEYS, stored?: Iterable<string>, lane?: WriteLane): StateStore & { settled(): Promise<void> } {
  const kept = new Remembered<StateRecord>(maxKeys);
  /** Keys that may hold state: those stored at open, and every key written since (even by a failed write). */
  const mayHold = stored ? new Set(stored) : undefined;
  const knownAbsent = (key: string) => mayHold !== undefined && !mayHold.has(key);
  const copy = (record: StateRecord): StateRecord => ({ doc: deepCopy(record.doc), etag: record.etag });
  /** Writes decided but not yet stored, by key (the newest of each), and the batch being stored: reads see both. */
  const queued = new Map<string, Queued>();
  let flying = new Map<string, StateRecord>();
  const pending = (key: string): StateRecord | undefined => queued.get(key)?.record ?? flying.get(key);
  // NOTE: a lane of its own unless given one shared with the conversation references (open-stores.ts).
  const batches = lane ?? writeLane({ state: (rows) => store.putAll(rows), conversations: async () => undefined });
  batches.attach('state', {
    waiting: () => queued.size > 0,
    take: () => {
      if (queued.size === 0) return undefined;
      const batch = [...queued];
      queued.clear();
      flying = new Map(batch.map(([key, { record }]) => [key, record]));
      return {
        rows: batch.map(([key, { record }]) => ({ key, ...record })),
        failed: (error) => {
          // NOTE: forgotten, so the next read asks the database, as after any failed write.
          for (const [key, { waiting }] of batch) {
            if (!queued.has(key)) kept.forget(key);
            for (const w of waiting) w.reject(error);
          }
          flying = new Map();
        },
        stored: () => {
          for (const [key, { record, waiting }] of batch) {
            if (!queued.has(key)) kept.set(key, record);
            for (const w of waiting) w.resolve();
          }
          flying = new Map();
        },
      };
    },
  });

  /** One write on its own, straight to the database; memory keeps what it left. */
  const writeThrough: StateStore['write'] = async (key, doc, expectedEtag) => {
    // NOTE: forgotten first, so a failed write leaves the next read to ask the database.
    kept.forget(key);
    mayHold?.add(key);
    const result = await store.write(key, doc, expectedEtag);
    const now = result.ok ? { doc, etag: result.etag } : result.current;
    kept.set(key, now ? copy(now) : null);
    return result;
  };

  /** Once every write queued so far is stored (or has failed): what a delete, and closing, must come after. */
  const settled = (): Promise<void> => batches.settled();

  /** What the database holds under `keys` (memory first), reading only the keys memory cannot answer. */
  const lookup = async (keys: string[]): Promise<Map<string, StateRecord>> => {
    const missing = kept.missing(keys).filter((key) => !knownAbsent(key) && !pending(key));
    let read = new Map<string, StateRecord>();
    if (missing.length > 0) {
      const mark = kept.mark();
      read = await store.read(missing);
      for (const key of missing) {
        const record = read.get(key);
        kept.settle(key, record ? copy(record) : null, mark);
      }
    }
    const found = new Map<string, StateRecord>();
    for (const key of keys) {
      const record = pending(key) ?? read.get(key) ?? kept.get(key);
      if (record) found.set(key, record);
    }
    return found;
  };

  return {
    settled,
    async read(keys) {
      const found = await lookup(keys);
      for (const [key, record] of found) found.set(key, copy(record));
      return found;
    },

    async write(key, doc, expectedEtag) {
      const known = pending(key) ?? kept.get(key) ?? (knownAbsent(key) ? null : undefined);
      // NOTE: a key memory knows nothing of (turns read theirs first) is written as it always was.
      if (known === undefined) return writeThrough(key, doc, expectedEtag);
      const current = known ?? undefined;
      const matches = expectedEtag === '*' || (expectedEtag === null ? !current : current?.etag === expectedEtag);
      if (!matches) return { ok: false, current: current ? copy(current) : undefined };
      const record = { doc: deepCopy(doc), etag: String(Number(current?.etag ?? 0) + 1) };
      mayHold?.add(key);
      // NOTE: marked as written, so a read of the database already under way does not put its older answer back.
      kept.forget(key);
      const done = new Promise<void>((resolve, reject) => {
        const waiting = queued.get(key)?.waiting ?? [];
        queued.set(key, { record, waiting: [...waiting, { resolve, reject }] });
      });
      batches.call();
      await done;
      return { ok: true, etag: record.etag };
    },

    async delete(keys) {
      await settled();
      for (const key of keys) kept.forget(key);
      await store.delete(keys);
      for (const key of keys) {
        kept.set(key, null);
        mayHold?.delete(key);
      }
    },

    async putAll(records) {
      await settled();
      for (const { key } of records) {
        kept.forget(key);
        mayHold?.add(key);
      }
      await store.putAll(records);
    },
    storedKeys: () => store.storedKeys(),
  };
}
