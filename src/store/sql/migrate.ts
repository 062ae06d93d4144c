import { migrations as all, type Migration } from '../migrations';
import type { SqlClient } from './sql-client';

// NOTE: any constant works; it keeps two instances starting together from migrating at once.
const MIGRATION_LOCK = 72_410_001;

/**
 * Applies the migrations the database has not seen, each in its own transaction, under an advisory
 * lock so several bot instances on one PostgreSQL can start at the same time.
 *
 * @returns the versions applied now.
 */
export async function migrate(db: SqlClient, migrations: Migration[] = all): Promise<number[]> {
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      // NOTE: created under the lock: two instances creating it at once collide in pg_type.
      await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (seen.rows.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** Splits a script on semicolons at line ends; our migrations keep to that shape (no functions). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((statement) => statement.trim().replace(/;$/, ''))
    .filter((statement) => statement.length > 0);
}
