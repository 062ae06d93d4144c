import { mkdirSync } from 'node:fs';
import { StoreUnavailableError } from '../../errors';
import type { SqlClient, SqlExecutor } from '../sql/sql-client';
import { lockFolder } from './folder-lock';
import { EMBEDDED_SETTINGS } from './pglite-protocol';
import { openPgliteThreadClient } from './pglite-thread-client';

/**
 * The embedded database: PostgreSQL compiled to WebAssembly (PGlite), kept in a folder.
 *
 * @remarks
 * One process owns the folder (a lock file), and the database runs on its own thread
 * (pglite-thread-client.ts) so its statements do not hold up other turns. `dataDir` undefined keeps
 * the database in memory on this thread: tests, where start-up time matters more.
 */
export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  if (!dataDir) return openInThread();
  mkdirSync(dataDir, { recursive: true });
  const release = lockFolder(dataDir);
  try {
    return await openPgliteThreadClient(dataDir, { release });
  } catch (error) {
    release();
    throw error;
  }
}

async function openInThread(): Promise<SqlClient> {
  // NOTE: loaded here, not at start-up: a bot on a folder or on PostgreSQL never runs PGlite on this thread.
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS] });
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
