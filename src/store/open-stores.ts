import { batchedConversationStore } from './embedded/batched-conversations';
import { cachedCatalogue } from './embedded/cached-catalogue';
import { cachedPlanSettings } from './embedded/cached-plan-settings';
import { cachedQuestionStore } from './embedded/cached-question-store';
import { cachedStateStore } from './embedded/cached-state-store';
import { writeLane } from './embedded/write-lane';
import { cachedActionUpdateLog, cachedRecordedValueLog } from './embedded/cached-update-logs';
import { join } from 'node:path';
import { openPgliteClient } from './embedded/pglite-client';
import { snapshotFiles } from './embedded/snapshot-files';
import type { Stores } from './ports';
import { sqlCatalogueStore } from './sql/catalogue-store';
import { countedClient } from './sql/counted-client';
import { putStateAndConversations } from './sql/joint-writes';
import { sqlConversationStore } from './sql/conversation-store';
import { sqlHealthStore } from './sql/health-store';
import { migrate } from './sql/migrate';
import type { SqlClient } from './sql/sql-client';
import { sqlStateStore } from './sql/state-store';
import { sqlActionUpdateStore } from './sql/action-update-store';
import { sqlPlanSettingsStore } from './sql/plan-settings-store';
import { sqlRecordedValueStore } from './sql/recorded-value-store';
import { sqlJobStore } from './sql/job-store';
import { sqlOutboxStore } from './sql/outbox-store';
import { sqlPlanScheduleStore } from './sql/plan-schedule-store';
import { sqlQuestionStore } from './sql/question-store';

export interface StoreOptions {
  /** PostgreSQL connection string; when absent the embedded database is used. */
  databaseUrl?: string;
  /** Folder for the embedded database; absent = in memory (tests). */
  dataDir?: string;
}

/** Opens the database the settings name, brings its schema up to date, and returns the stores. */
export async function openStores(options: StoreOptions): Promise<Stores & { sql: SqlClient }> {
  // NOTE: pg is loaded only when a DATABASE_URL asks for it (about 0.1 s of start-up otherwise).
  const sql = options.databaseUrl
    ? await (await import('./postgres/pg-client.js')).openPgClient(options.databaseUrl)
    : await openPgliteClient(options.dataDir);
  try {
    await migrate(sql);
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw error;
  }
  const stores = storesOver(sql);
  // NOTE: only an embedded database in a folder is owned by this one process (its lock file); an
  // in-memory one is also emptied by tests behind the stores' backs.
  if (!options.dataDir || options.databaseUrl) return stores;
  // NOTE: turn state and conversation references are written behind the turns in shared batches, both
  // kinds in one statement when both are queued (a new conversation's first turn writes one of each).
  const lane = writeLane({
    state: (rows) => stores.state.putAll(rows),
    conversations: (records) => stores.conversations.upsertAll(records),
    both: (rows, records) => putStateAndConversations(stores.sql, rows, records),
  });
  const state = cachedStateStore(stores.state, undefined, await stores.state.storedKeys(), lane);
  const conversations = batchedConversationStore(stores.conversations, lane);
  return {
    ...stores,
    ...cachedPlanSettings(stores.planSettings, stores.planSchedules),
    catalogue: cachedCatalogue(stores.catalogue),
    state,
    conversations,
    actionUpdates: cachedActionUpdateLog(stores.actionUpdates),
    recordedValues: cachedRecordedValueLog(stores.recordedValues),
    questions: cachedQuestionStore(stores.questions),
    // NOTE: in the folder itself, as the catalogue version it is keyed by belongs to this database.
    snapshots: snapshotFiles(join(options.dataDir, 'ask-index')),
    // NOTE: writes queued for the next batch (a turn's reference, stored beside it) are written
    // before the database closes, not refused by it.
    close: async () => {
      await Promise.all([state.settled(), conversations.settled()]);
      await stores.close();
    },
  };
}

/** The stores over an open, migrated database. */
export function storesOver(database: SqlClient): Stores & { sql: SqlClient } {
  const sql = countedClient(database);
  return {
    kind: sql.kind,
    sql,
    catalogue: sqlCatalogueStore(sql),
    state: sqlStateStore(sql),
    conversations: sqlConversationStore(sql),
    health: sqlHealthStore(sql),
    actionUpdates: sqlActionUpdateStore(sql),
    recordedValues: sqlRecordedValueStore(sql),
    planSettings: sqlPlanSettingsStore(sql),
    outbox: sqlOutboxStore(sql),
    jobs: sqlJobStore(sql),
    planSchedules: sqlPlanScheduleStore(sql),
    questions: sqlQuestionStore(sql),
    counts: () => sql.counts(),
    close: () => sql.close(),
  };
}
