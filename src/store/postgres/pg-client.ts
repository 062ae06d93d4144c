import pg from 'pg';
import { StoreUnavailableError } from '../../errors';
import type { SqlClient, SqlExecutor } from '../sql/sql-client';

// NOTE: bigint counts come back as strings by default; ours fit in a JS number.
pg.types.setTypeParser(20, (value) => Number(value));
// NOTE: dates stay ISO strings (yyyy-mm-dd), the same as PGlite gives us after ::text casts.
pg.types.setTypeParser(1082, (value) => value);

const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003']);

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  if (code && connectionCodes.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message);
}

function wrap(error: unknown): never {
  if (isConnectionError(error)) throw new StoreUnavailableError('PostgreSQL cannot be reached.', error);
  throw error;
}

/** PostgreSQL through a `pg` pool: what a council runs when one instance is not enough. */
export async function openPgClient(connectionString: string, poolSize = 10): Promise<SqlClient> {
  // NOTE: a hung server must not hang turns: statements time out, dead sockets are noticed.
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
    statement_timeout: 10_000,
    keepAlive: true,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);

  const query = async <T>(sql: string, params?: unknown[]) => {
    try {
      const result = await pool.query(sql, params as unknown[]);
      return { rows: result.rows as T[] };
    } catch (error) {
      return wrap(error);
    }
  };

  return {
    kind: 'postgres',
    query,
    transaction: async <T>(fn: (tx: SqlExecutor) => Promise<T>) => {
      const client = await pool.connect().catch(wrap);
      // NOTE: a checked-out client that loses its socket emits 'error'; unhandled, that would crash
      // the process. The failing query rejects anyway, which is where we handle it.
      const onError = () => undefined;
      client.on('error', onError);
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params as unknown[])).rows as R[] }),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (isConnectionError(error)) broken = error as Error;
        else await client.query('ROLLBACK').catch(() => undefined);
        return wrap(error);
      } finally {
        client.off('error', onError);
        // A client whose connection broke is destroyed rather than returned to the pool.
        client.release(broken);
      }
    },
    exec: async (sql: string) => {
      await query(sql);
    },
    close: () => pool.end(),
  };
}
