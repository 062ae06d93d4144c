import { afterAll, beforeAll, beforeEach } from 'vitest';
import { readSeedFiles } from '../../../src/import/seed-files';
import { importFiles } from '../../../src/services/import-files';
import { openStores } from '../../../src/store/open-stores';
import type { Stores } from '../../../src/store/ports';
import type { SqlClient } from '../../../src/store/sql/sql-client';

/** What a test changes; the imported packs are kept between tests (importing takes a second or two). */
export const mutableTables = ['outbox', 'job_runs', 'job_state', 'action_updates', 'recorded_values', 'plan_settings', 'conversations', 'bot_state'];

/** Imports the five bundled agenda packs into `stores`, and fails loudly if that does not work. */
export async function importSeeds(stores: Stores): Promise<void> {
  const outcome = await importFiles(stores.catalogue, readSeedFiles());
  if (!outcome.ok) throw new Error(`seed import failed: ${outcome.errors.join('; ')}`);
}

/** One in-memory database per test file holding the bundled packs; what tests change is emptied before each. */
export function useSeededStores(): () => Stores & { sql: SqlClient } {
  let stores: (Stores & { sql: SqlClient }) | undefined;
  beforeAll(async () => {
    stores = await openStores({});
    await importSeeds(stores);
  });
  afterAll(async () => {
    await stores?.close();
  });
  beforeEach(async () => {
    await stores!.sql.exec(`TRUNCATE ${mutableTables.join(', ')}`);
  });
  return () => stores!;
}
