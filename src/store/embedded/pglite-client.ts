import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { StoreUnavailableError } from '../../errors';
import type { SqlClient, SqlExecutor } from '../sql/sql-client';

/**
 * The embedded database: PostgreSQL compiled to WebAssembly (PGlite), kept in a folder.
 *
 * @remarks
 * One process owns the folder. Councils that run more than one instance use PostgreSQL instead.
 * `dataDir` undefined keeps the database in memory (tests).
 */
export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  let closed = false;

  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    if (closed) throw new StoreUnavailableError('The embedded database is closed.');
    return run();
  };

  return {
    kind: 'embedded',
    query: <T>(sql: string, params?: unknown[]) =>
      guard(async () => ({ rows: (await db.query<T>(sql, params as unknown[])).rows })),
    transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) =>
      guard(() =>
        db.transaction(async (tx) =>
          fn({ query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await tx.query<R>(sql, params as unknown[])).rows }) }),
        ),
      ),
    exec: (sql: string) => guard(async () => void (await db.exec(sql))),
    close: async () => {
      if (closed) return;
      closed = true;
      await db.close();
    },
  };
}
