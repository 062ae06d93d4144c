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
  SourceDocument,
} from '../domain/model';

/**
 * What the rest of the bot needs from storage, one port per aggregate. Adapters: the embedded
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
}

export type ConversationType = 'personal' | 'groupChat' | 'channel';

/** Where the bot can message proactively: a Bot Framework conversation reference and what it is. */
export interface ConversationRecord {
  id: string;
  conversationType: ConversationType;
  tenantId?: string;
  teamId?: string;
  channelId?: string;
  serviceUrl: string;
  reference: Record<string, unknown>;
  installed: boolean;
}

export interface ConversationStore {
  /** Inserts or refreshes a reference; `installed` goes back to true unless given. */
  upsert(record: ConversationRecord): Promise<void>;
  get(id: string): Promise<ConversationRecord | undefined>;
  list(filter?: { conversationType?: ConversationType; installedOnly?: boolean }): Promise<ConversationRecord[]>;
  markUninstalled(id: string): Promise<void>;
}

export interface CatalogueCounts {
  plans: number;
  actions: number;
  indicators: number;
  meetings: number;
  recommendations: number;
  documents: number;
}

export interface HealthStore {
  /** Resolves when the database answers; rejects otherwise. */
  ping(): Promise<void>;
  counts(): Promise<CatalogueCounts>;
}

/** One imported file: what it was and what the import found. */
export interface ImportRecord {
  sourceId: string;
  fileName: string;
  contentHash: string;
  report: Record<string, unknown>;
}

/** A document without its page text (which can be large): for lists and citations. */
export type DocumentSummary = Omit<SourceDocument, 'pages'> & { pageCount: number };

/** The council's imported data: plans, actions, indicators, recommendations, meetings, people, papers. */
export interface CatalogueStore {
  /**
   * Replaces everything the named sources produced before with `dataset`, in one transaction:
   * all of it is written, or nothing changes.
   */
  replaceSources(sourceIds: string[], dataset: Dataset, imports: ImportRecord[]): Promise<void>;
  listPlans(): Promise<Plan[]>;
  getPlan(id: string): Promise<Plan | undefined>;
  listActions(planId?: string): Promise<Action[]>;
  listIndicators(planId?: string): Promise<Indicator[]>;
  listRecommendations(): Promise<Recommendation[]>;
  listMeetings(): Promise<Meeting[]>;
  listPeople(): Promise<Person[]>;
  listGlossary(): Promise<GlossaryEntry[]>;
  listDocuments(): Promise<DocumentSummary[]>;
  getDocumentPages(documentId: string): Promise<DocumentPage[]>;
  /** The latest import of a source, if it was ever imported. */
  lastImport(sourceId: string): Promise<(ImportRecord & { importedAt: string }) | undefined>;
}

export interface Stores {
  readonly kind: 'embedded' | 'postgres';
  catalogue: CatalogueStore;
  state: StateStore;
  conversations: ConversationStore;
  health: HealthStore;
  close(): Promise<void>;
}

/** Who did something: their name as Teams gave it and their Entra id, kept with every change. */
export interface ChangeAuthor {
  name: string;
  aadObjectId?: string;
}

/** One status update of an action, as an officer gave it. Append-only: history is never rewritten. */
export interface ActionUpdate {
  id: string;
  actionId: string;
  planId: string;
  /** Status code on the plan's own scale. */
  status: string;
  previousStatus?: string;
  commentary: string;
  /** ISO date the action will now be done by, when revised. */
  revisedDue?: string;
  evidenceUrl?: string;
  author: ChangeAuthor;
  /** ISO date-time. */
  at: string;
  /** 1 for an action's first update, then +1 each time: the concurrency check. */
  version: number;
}

/** A value an officer recorded for an indicator, with the status computed from its target. */
export interface RecordedValue {
  id: string;
  indicatorId: string;
  period: string;
  periodEnd?: string;
  value: number;
  /** Status computed when recorded (e.g. 'red' | 'amber' | 'green'), with the rule that gave it. */
  status?: string;
  statusReason?: string;
  commentary?: string;
  author: ChangeAuthor;
  at: string;
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

/** Where a proactive message goes. */
export type MessageTarget =
  | { kind: 'user'; aadObjectId: string }
  | { kind: 'conversation'; conversationId: string };

/**
 * A message to send outside a turn (reminders, notifications, feed posts). Enqueued durably and sent
 * by one sender, paced under Teams' limits and retried; `key` makes enqueueing idempotent.
 */
export interface OutboundMessage {
  key: string;
  target: MessageTarget;
  card?: Record<string, unknown>;
  text?: string;
  /** ISO date-time before which it is not sent. */
  notBefore?: string;
}

export interface Outbox {
  enqueue(message: OutboundMessage): Promise<void>;
}
