import type { ConversationRecord } from '../../domain/conversations';
import type { ConversationStore } from '../ports';

/**
 * Conversation references written in batches on the embedded store: the upserts made while one batch
 * is being stored go together in the next ({@link ConversationStore.upsertAll}, one statement), and
 * each resolves once its batch is stored, or fails with it. A new conversation's first turn writes
 * its reference; one statement cost ~0.6 to 1 ms of processor time on the database's thread, most of
 * it per statement rather than per row (bench/state-writes.ts measures the same for turn state).
 */
export function batchedConversationStore(store: ConversationStore): ConversationStore & { settled(): Promise<void> } {
  let queued: Array<{ record: ConversationRecord; resolve: () => void; reject: (error: unknown) => void }> = [];
  /** The batch being stored (settles, never rejects), and whether the next one is already called for. */
  let storing: Promise<void> = Promise.resolve();
  let called = false;

  const storeBatch = async (): Promise<void> => {
    called = false;
    const batch = queued;
    queued = [];
    try {
      await store.upsertAll(batch.map((q) => q.record));
      for (const q of batch) q.resolve();
    } catch (error) {
      for (const q of batch) q.reject(error);
    }
  };

  /** Once every upsert queued so far is stored (or has failed): what a change of the same row, and closing, wait for. */
  const settled = async (): Promise<void> => {
    do await storing;
    while (queued.length > 0 || called);
  };

  return {
    settled,
    upsert: (record) =>
      new Promise<void>((resolve, reject) => {
        queued.push({ record, resolve, reject });
        if (called) return;
        called = true;
        storing = storing.then(storeBatch);
      }),
    upsertAll: async (records) => {
      await settled();
      await store.upsertAll(records);
    },
    // NOTE: reads wait for the batch that takes the upserts queued before them (the last one called
    // for), so what a turn stored is read back: a turn no longer waits for its reference before its
    // routes run (teams/app.ts).
    get: async (id) => {
      await storing;
      return store.get(id);
    },
    list: async (filter) => {
      await storing;
      return store.list(filter);
    },
    findPersonalChat: async (aadObjectId) => {
      await storing;
      return store.findPersonalChat(aadObjectId);
    },
    markUninstalled: async (id) => {
      // NOTE: after the upserts queued before it, so none of them marks the chat installed again.
      await settled();
      await store.markUninstalled(id);
    },
  };
}
