import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openStores } from '../../src/store/open-stores';
import type { Stores } from '../../src/store/ports';
import type { SqlClient } from '../../src/store/sql/sql-client';

/**
 * One in-memory embedded database per test file (starting PGlite takes a second or two), emptied
 * before each test so tests never see each other's rows.
 */
export function useSharedStores(): () => Stores & { sql: SqlClient } {
  let stores: (Stores & { sql: SqlClient }) | undefined;
  beforeAll(async () => {
    stores = await openStores({});
  });
  afterAll(async () => {
    await stores?.close();
  });
  beforeEach(async () => {
    const { rows } = await stores!.sql.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`,
    );
    if (rows.length > 0) await stores!.sql.exec(`TRUNCATE ${rows.map((r) => r.tablename).join(', ')} CASCADE`);
  });
  return () => stores!;
}
