/**
 * The one seam between the stores and a database driver. The embedded (PGlite) and PostgreSQL (pg)
 * adapters each implement it; every store is written once, in SQL both understand.
 */
export interface SqlExecutor {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface SqlClient extends SqlExecutor {
  readonly kind: 'embedded' | 'postgres';
  /** Runs `fn` in one transaction: all of it is kept, or none. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
