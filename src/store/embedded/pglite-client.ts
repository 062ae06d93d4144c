import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
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
// NOTE: PGlite's default shared_buffers (128 MB) is ten times a council's whole database and stays
// resident for the life of the process; 16 MB holds the seed data with room to spare, and the kernel's
// page cache keeps the rest of the data folder warm.
const memorySettings = ['-c', 'shared_buffers=16MB'];

export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const releaseLock = dataDir ? lockFolder(dataDir) : () => undefined;
  let db: PGlite;
  try {
    db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), startParams: [...PGlite.defaultStartParams, ...memorySettings] });
  } catch (error) {
    releaseLock();
    throw error;
  }
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
      try {
        await db.close();
      } finally {
        releaseLock();
      }
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the data folder for this process (a lock file holding our pid). Two processes writing one
 * PGlite folder lose each other's writes, so a second one (another bot, or `npm run import` while the
 * bot runs) is refused with what to do instead. A lock left by a process that died is taken over.
 */
function lockFolder(dataDir: string): () => void {
  const path = join(dataDir, '.council-bot.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new StoreUnavailableError(
          `The embedded database in ${dataDir} is in use by process ${holder}. Stop that process first, or run several instances on PostgreSQL (DATABASE_URL).`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new StoreUnavailableError(`Could not lock the embedded database in ${dataDir}.`);
}
