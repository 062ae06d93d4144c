import type { ConversationRecord } from '../../domain/conversations';
import type { StateRecord } from '../ports';

export type StateRow = StateRecord & { key: string };

/** What a source hands a batch: its rows, and what it is told once they are stored or have failed. */
export interface Taken<T> {
  rows: T[];
  stored(): void;
  failed(error: unknown): void;
}

/** One kind of write queued on the lane (turn state, conversation references). */
export interface LaneSource<T> {
  /** Takes everything queued for the batch starting now; undefined when nothing is. */
  take(): Taken<T> | undefined;
  /** Whether anything is queued for the next batch. */
  waiting(): boolean;
}

export interface LaneWriters {
  state(rows: StateRow[]): Promise<void>;
  conversations(records: ConversationRecord[]): Promise<void>;
  /** Both kinds in one statement; without it, each kind is written on its own. */
  both?(rows: StateRow[], records: ConversationRecord[]): Promise<void>;
}

export interface WriteLane {
  /** Lets a source's writes ride the lane (one source of each kind). */
  attach(kind: 'state', source: LaneSource<StateRow>): void;
  attach(kind: 'conversations', source: LaneSource<ConversationRecord>): void;
  /** Calls for a batch: the next one (after the batch being stored) takes whatever is queued by then. */
  call(): void;
  /** The batch called for last (settles, never rejects): what a read of what was queued before it waits for. */
  storing(): Promise<void>;
  /** Once every write queued so far is stored (or has failed). */
  settled(): Promise<void>;
}

/**
 * The embedded store's write-behind: turn state (cached-state-store.ts) and conversation references
 * (batched-conversations.ts) queued while one batch is being stored go together in the next, and
 * when both kinds are queued they go in one statement (`both`). A new conversation's first turn
 * writes one of each; at 16 conversations at once they were two statements a batch, each ~0.2 ms of
 * the database thread's processor time before any row (bench/prepared-statements.ts's floor).
 *
 * @remarks
 * A joint statement that fails is not the end: each kind is then written on its own, so one kind's
 * failure is never the other's (as when they were written apart).
 */
export function writeLane(writers: LaneWriters): WriteLane {
  let state: LaneSource<StateRow> | undefined;
  let conversations: LaneSource<ConversationRecord> | undefined;
  let current: Promise<void> = Promise.resolve();
  let called = false;

  const alone = async <T>(taken: Taken<T>, write: (rows: T[]) => Promise<void>): Promise<void> => {
    try {
      await write(taken.rows);
    } catch (error) {
      taken.failed(error);
      return;
    }
    taken.stored();
  };

  const batch = async (): Promise<void> => {
    called = false;
    const rows = state?.take();
    const records = conversations?.take();
    if (rows && records && writers.both) {
      let joint = true;
      try {
        await writers.both(rows.rows, records.rows);
      } catch {
        joint = false;
      }
      if (joint) {
        rows.stored();
        records.stored();
        return;
      }
    }
    if (rows) await alone(rows, writers.state);
    if (records) await alone(records, writers.conversations);
  };

  return {
    attach(kind: 'state' | 'conversations', source: LaneSource<StateRow> | LaneSource<ConversationRecord>) {
      if (kind === 'state') state = source as LaneSource<StateRow>;
      else conversations = source as LaneSource<ConversationRecord>;
    },
    call() {
      if (called) return;
      called = true;
      // NOTE: a batch settles whatever its writes do; a source's own slip must not stop the lane.
      current = current.then(batch).catch(() => undefined);
    },
    storing: () => current,
    async settled() {
      do await current;
      while (called || state?.waiting() || conversations?.waiting());
    },
  };
}
