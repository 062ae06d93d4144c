import type { ConversationRecord } from '../../domain/conversations';
import type { ConversationStore } from '../ports';
import { type WriteLane, writeLane } from './write-lane';

/**
 * Conversation references written in batches on the embedded store: the upserts made while one batch
 * is being stored go together in the next ({@link ConversationStore.upsertAll}, one statement), and
 * each resolves once its batch is stored, or fails with it. A new conversation's first turn writes
 * its reference; one statement cost ~0.6 to 1 ms of processor time on the database's thread, most of
 * it per statement rather than per row (bench/state-writes.ts measures the same for turn state).
 * Given a `lane` (write-lane.ts), the batches ride it with turn state's, in one statement when both
 * are queued.
 */
export function batchedConversationStore(store: ConversationStore, lane?: WriteLane): ConversationStore & { settled(): Promise<void> } {
  let queued: Array<{ record: ConversationRecord; resolve: () => void; reject: (error: unknown) => void }> = [];
  // NOTE: a lane of its own unless given one shared with turn state (open-stores.ts).
  const batches = lane ?? writeLane({ state: async () => undefined, conversations: (records) => store.upsertAll(records) });
  batches.attach('conversations', {
    waiting: () => queued.length > 0,
    take: () => {
      if (queued.length === 0) return undefined;
      const batch = queued;
      queued = [];
      return {
        rows: batch.map((q) => q.record),
        stored: () => batch.forEach((q) => q.resolve()),
        failed: (error) => batch.forEach((q) => q.reject(error)),
      };
    },
  });
  const storing = () => batches.storing();

  /** Once every upsert queued so far is stored (or has failed): what a change of the same row, and closing, wait for. */
  const settled = (): Promise<void> => batches.settled();

  return {
    settled,
    upsert: (record) =>
      new Promise<void>((resolve, reject) => {
        queued.push({ record, resolve, reject });
        batches.call();
      }),
    upsertAll: async (records) => {
      await settled();
      await store.upsertAll(records);
    },
    // NOTE: reads wait for the batch that takes the upserts queued before them (the last one called
    // for), so what a turn stored is read back: a turn no longer waits for its reference before its
    // routes run (teams/app.ts).
    get: async (id) => {
      await storing();
      return store.get(id);
    },
    list: async (filter) => {
      await storing();
      return store.list(filter);
    },
    findPersonalChat: async (aadObjectId) => {
      await storing();
      return store.findPersonalChat(aadObjectId);
    },
    markUninstalled: async (id) => {
      // NOTE: after the upserts queued before it, so none of them marks the chat installed again.
      await settled();
      await store.markUninstalled(id);
    },
  };
}
