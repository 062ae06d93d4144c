import type { Cadence } from '../domain/cadence';
import type { Question, QuestionEvent, QuestionWindow } from '../domain/questions';
import type {
  Action,
  Dataset,
  DocumentPage,
  GlossaryEntry,
  Indicator,
  Meeting,
  Person,
  Plan,
  Recommendation,
} from '../domain/model';
import type { Risk } from '../domain/risks';
import type { CatalogueCounts, DocumentSummary, ImportRecord } from '../domain/catalogue-records';
import type { Report } from '../domain/model';
import type { ConversationRecord, ConversationType } from '../domain/conversations';
import type { JobOutcome, JobRun } from '../domain/jobs';
import type { OutboundMessage, OutboxEntry, OutboxStatus } from '../domain/outbox';
import type { PlanSchedule, PlanSettings, PlanSettingsPatch } from '../domain/plan-settings';
import type { ActionUpdate, ChangeAuthor, NewActionUpdate, NewRecordedValue, RecordedValue } from '../domain/updates';

/**
 * What the rest of the bot needs from storage, one port per aggregate: interfaces and the shapes of
 * their calls only; the records they keep live in src/domain. Adapters: the embedded
 * database (PGlite) and PostgreSQL, both over the SQL in src/store/sql, held to one contract suite.
 */

/** A stored document with its version tag, for optimistic concurrency. */
export interface StateRecord {
  doc: Record<string, unknown>;
  etag: string;
}

export type StateWriteResult = { ok: true; etag: string } | { ok: false; current: StateRecord | undefined };

/** Small per-conversation and per-user state (what a conversation was last about); never business records. */
export interface StateStore {
  read(keys: string[]): Promise<Map<string, StateRecord>>;
  /**
   * Writes `doc` when the stored tag still equals `expectedEtag`; `null` means "only if absent";
   * `'*'` overwrites. On a mismatch nothing is written and the current record is returned.
   */
  write(key: string, doc: Record<string, unknown>, expectedEtag: string | null | '*'): Promise<StateWriteResult>;
  delete(keys: string[]): Promise<void>;
  /**
   * Stores each document with the version given, over whatever is stored, in one statement: how the
   * embedded store's memory (which decides versions itself) writes a batch of turns' state at once.
   */
  putAll(records: Array<StateRecord & { key: string }>): Promise<void>;
  /**
   * Every key that holds state now. A store that sees every write (the embedded one) reads it once at
   * open, and then knows a new conversation has no state without asking the database each turn.
   */
  storedKeys(): Promise<string[]>;
}

export interface ConversationStore {
  /** Inserts or refreshes a reference; `installed` goes back to true unless given. */
  upsert(record: ConversationRecord): Promise<void>;
  /** Upserts several in one statement, each as {@link upsert} would (the last of one id wins). */
  upsertAll(records: ConversationRecord[]): Promise<void>;
  get(id: string): Promise<ConversationRecord | undefined>;
  /** In id order; `limit` keeps the first so many. */
  list(filter?: { conversationType?: ConversationType; installedOnly?: boolean; limit?: number }): Promise<ConversationRecord[]>;
  /** The installed 1:1 chat with a person, by the Entra object id in its reference (any case). */
  findPersonalChat(aadObjectId: string): Promise<ConversationRecord | undefined>;
  markUninstalled(id: string): Promise<void>;
}

export interface HealthStore {
  /** Resolves when the database answers; rejects otherwise. */
  ping(): Promise<void>;
  counts(): Promise<CatalogueCounts>;
}

/** The council's imported data: plans, actions, indicators, recommendations, meetings, people, papers. */
export interface CatalogueStore {
  /**
   * Replaces everything the named sources produced before with `dataset`, in one transaction:
   * all of it is written, or nothing changes.
   */
  replaceSources(sourceIds: string[], dataset: Dataset, imports: ImportRecord[]): Promise<void>;
  /**
   * Stored records of one kind with these ids that came from sources other than `exceptSources`: an
   * import merges with them rather than overwriting another pack's fuller reading.
   */
  findFromOtherSources(
    kind: 'plans' | 'actions' | 'indicators' | 'recommendations' | 'meetings' | 'people',
    ids: string[],
    exceptSources: string[],
  ): Promise<Record<string, unknown>[]>;
  listPlans(): Promise<Plan[]>;
  getPlan(id: string): Promise<Plan | undefined>;
  listActions(planId?: string): Promise<Action[]>;
  /** One action by its id (as a card carries it). */
  getAction(id: string): Promise<Action | undefined>;
  listIndicators(planId?: string): Promise<Indicator[]>;
  listRecommendations(): Promise<Recommendation[]>;
  /** Risk register and risk table rows, by document and line. */
  listRisks(): Promise<Risk[]>;
  listMeetings(): Promise<Meeting[]>;
  listPeople(): Promise<Person[]>;
  listGlossary(): Promise<GlossaryEntry[]>;
  /** The reports (papers) in the imported packs. */
  listReports(): Promise<Report[]>;
  listDocuments(): Promise<DocumentSummary[]>;
  getDocumentPages(documentId: string): Promise<DocumentPage[]>;
  /** The latest import of a source, if it was ever imported. */
  lastImport(sourceId: string): Promise<(ImportRecord & { importedAt: string }) | undefined>;
  /** A cheap tag that changes whenever imported data is stored (replaceSources), for caches of the catalogue. */
  version(): Promise<string>;
}

export interface Stores {
  readonly kind: 'embedded' | 'postgres';
  catalogue: CatalogueStore;
  state: StateStore;
  conversations: ConversationStore;
  health: HealthStore;
  actionUpdates: ActionUpdateLog;
  recordedValues: RecordedValueLog;
  planSettings: PlanSettingsStore;
  outbox: OutboxStore;
  jobs: JobStore;
  planSchedules: PlanScheduleStore;
  questions: QuestionStore;
  /** Kept between runs beside an embedded database (a built question index); none on PostgreSQL. */
  snapshots?: SnapshotStore;
  /** What the stores have sent the database so far (the benchmarks print it per turn). */
  counts(): SqlCounts;
  close(): Promise<void>;
}

/** What the stores have sent their database so far. */
export interface SqlCounts {
  /** Statements run: each query, each script, and a transaction's BEGIN and COMMIT (or ROLLBACK). */
  statements: number;
  /**
   * Requests that waited on the database: on the embedded store each is a message to its thread and
   * back, on PostgreSQL a trip over the network.
   */
  roundTrips: number;
}

/** Bytes kept between runs by key: the built question index, one at a time. */
export interface SnapshotStore {
  /** The bytes kept under `key`, or undefined: the caller's own (it frees them once read). */
  read(key: string): Promise<Uint8Array | undefined>;
  /** Keeps `bytes` under `key`, as the only ones kept (a copy, if kept in memory: the caller frees them). */
  write(key: string, bytes: Uint8Array): Promise<void>;
}

/** Status updates of actions (officers update). */
export interface ActionUpdateStore {
  /** The newest update of each action that has one. */
  latest(actionIds: string[]): Promise<Map<string, ActionUpdate>>;
  /** Every update of an action, oldest first. */
  history(actionId: string): Promise<ActionUpdate[]>;
}

/** Indicator values recorded in Teams (officers update), beside the imported ones. */
export interface RecordedValueStore {
  /** Recorded values of these indicators, oldest first. */
  listFor(indicatorIds: string[]): Promise<RecordedValue[]>;
}

/** What appending an update came to. */
export type AppendUpdateResult =
  | { kind: 'ok'; update: ActionUpdate }
  /** Someone updated the action since `expectedVersion`: nothing was written; here is the newer update. */
  | { kind: 'conflict'; latest: ActionUpdate }
  /** This submission was recorded before: nothing new was written; here is what was. */
  | { kind: 'duplicate'; update: ActionUpdate };

/** The action update history with its writes (officers update owns it; readers use ActionUpdateStore). */
export interface ActionUpdateLog extends ActionUpdateStore {
  /**
   * Appends `update` as version `expectedVersion + 1` (0 = the officer saw no update), unless the
   * action has moved on (conflict) or this idempotency key was recorded already (duplicate).
   */
  append(update: NewActionUpdate, expectedVersion: number): Promise<AppendUpdateResult>;
  /** Every update made at or after `since` (ISO date-time), optionally of one plan, oldest first. */
  listSince(since: string, planId?: string): Promise<ActionUpdate[]>;
}

export type RecordValueResult = { kind: 'ok'; value: RecordedValue } | { kind: 'duplicate'; value: RecordedValue };

/** Recorded indicator values with their write. */
export interface RecordedValueLog extends RecordedValueStore {
  /** Records a value once per idempotency key. */
  record(value: NewRecordedValue): Promise<RecordValueResult>;
}

export interface PlanSettingsStore {
  get(planId: string): Promise<PlanSettings | undefined>;
  list(): Promise<PlanSettings[]>;
  /** Sets the fields given and keeps the others, creating the plan's settings when absent. */
  update(planId: string, patch: PlanSettingsPatch, by?: ChangeAuthor): Promise<PlanSettings>;
}

export interface Outbox {
  enqueue(message: OutboundMessage): Promise<void>;
  /** Queues several messages in one write (one statement), each once per key as {@link enqueue} does. */
  enqueueAll(messages: OutboundMessage[]): Promise<void>;
}

/** The durable outbox behind {@link Outbox}: claimed by one sender at a time, across instances. */
export interface OutboxStore extends Outbox {
  /**
   * Leases up to `limit` messages due at `now` to `owner` until `leaseUntil` (pending ones, and ones
   * whose sender's lease ran out), oldest first, counting an attempt on each. Never the same message
   * to two owners at once.
   */
  claim(owner: string, now: string, leaseUntil: string, limit: number): Promise<OutboxEntry[]>;
  /** Marks a message sent with its activity id, if `owner` still holds it; false when it does not. */
  markSent(key: string, owner: string, sent: { activityId?: string; conversationId: string }, at: string): Promise<boolean>;
  /** Records a failed try: back to pending until `retryAt`, or dead when `retryAt` is absent. */
  markFailed(key: string, owner: string, error: string, at: string, retryAt?: string): Promise<void>;
  /** Gives a claimed message back untried (the attempt is not counted), to go at `notBefore`. */
  release(key: string, owner: string, notBefore: string): Promise<void>;
  get(key: string): Promise<OutboxEntry | undefined>;
  /** Messages in these states, most recently created first. */
  list(filter: { status?: OutboxStatus[]; limit?: number }): Promise<OutboxEntry[]>;
  counts(): Promise<Record<OutboxStatus, number>>;
  /** Puts dead messages (one key, or all) back in the queue with their attempts reset; returns how many. */
  retryDead(key: string | undefined, now: string): Promise<number>;
  /**
   * Replaces what the messages whose keys start with one of `keyPrefixes` say with `text` (retention),
   * keeping their keys, targets and history; one not sent yet is given up on (dead). Returns how many.
   */
  redact(keyPrefixes: string[], text: string, at: string): Promise<number>;
}

/** Scheduled job runs, one per job and period across every instance, and each job's watermark. */
export interface JobStore {
  /**
   * Takes the run of `job` for `period` for `owner`: true when it was free (never run, failed, or
   * its runner's lease ran out), false when it is done or another owner is running it.
   */
  claim(job: string, period: string, owner: string, now: string, leaseUntil: string): Promise<boolean>;
  finish(job: string, period: string, owner: string, outcome: JobOutcome, at: string): Promise<void>;
  recent(limit: number): Promise<JobRun[]>;
  /** Forgets finished runs of `job` that started before `before` (frequent jobs would pile up). */
  prune(job: string, before: string): Promise<void>;
  getState(job: string): Promise<Record<string, unknown> | undefined>;
  setState(job: string, doc: Record<string, unknown>): Promise<void>;
}

export interface PlanScheduleStore {
  get(planId: string): Promise<PlanSchedule | undefined>;
  list(): Promise<PlanSchedule[]>;
  /** Sets or (with undefined) clears the plan's cadence. */
  setCadence(planId: string, cadence: Cadence | undefined, by: ChangeAuthor): Promise<void>;
  /** Sets or (with undefined) clears the plan's feed channel; updates from `since` on are posted. */
  setFeed(planId: string, feed: { conversationId: string; since: string } | undefined, by: ChangeAuthor): Promise<void>;
}

/** A question as added: its number and version are given by the store. */
export type NewQuestion = Omit<Question, 'number' | 'version'>;

/** Question windows, questions and their events (chairs gather questions); nothing is deleted. */
export interface QuestionStore {
  /** Stores a new window (version 1) with its event, unless the meeting has one: then that one. */
  createWindow(window: QuestionWindow, event: QuestionEvent): Promise<{ kind: 'ok' | 'exists'; window: QuestionWindow }>;
  getWindow(id: string): Promise<QuestionWindow | undefined>;
  windowForMeeting(meetingId: string): Promise<QuestionWindow | undefined>;
  /** Every window, by meeting date. */
  listWindows(): Promise<QuestionWindow[]>;
  /** Writes the window at its version + 1 with the events, unless it moved on since it was read. */
  saveWindow(window: QuestionWindow, events: QuestionEvent[]): Promise<{ kind: 'ok'; window: QuestionWindow } | { kind: 'conflict'; current: QuestionWindow }>;
  /** Adds a question numbered next in its window; a repeated idempotency key returns the first one. */
  addQuestion(question: NewQuestion, event: QuestionEvent, idempotencyKey: string): Promise<{ kind: 'ok' | 'duplicate'; question: Question }>;
  getQuestion(id: string): Promise<Question | undefined>;
  /** The question a submission with this idempotency key added, if one did. */
  questionForKey(idempotencyKey: string): Promise<Question | undefined>;
  /** A window's questions in order of receipt (by number). */
  listQuestions(windowId: string): Promise<Question[]>;
  /**
   * Writes each question at its version + 1 and the events, in one transaction, unless one of them
   * moved on since it was read: then nothing is written and the newer one is returned.
   */
  saveQuestions(questions: Question[], events: QuestionEvent[]): Promise<{ kind: 'ok'; questions: Question[] } | { kind: 'conflict'; current: Question }>;
  /** Events of a window (or of one question), oldest first. */
  listEvents(windowId: string, questionId?: string): Promise<QuestionEvent[]>;
  /** Blanks who did what in a window's events, keeping kinds and times (retention). */
  redactEvents(windowId: string): Promise<void>;
}
