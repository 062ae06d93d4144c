import type { HealthStore } from '../ports';
import type { CatalogueCounts } from '../../domain/catalogue-records';
import type { SqlExecutor } from './sql-client';

/** Is the database there, and how much council data does it hold? For GET /healthz. */
export function sqlHealthStore(db: SqlExecutor): HealthStore {
  return {
    async ping() {
      await db.query('SELECT 1');
    },
    async counts(): Promise<CatalogueCounts> {
      const { rows } = await db.query<CatalogueCounts>(
        `SELECT (SELECT count(*) FROM plans)::int AS plans,
                (SELECT count(*) FROM actions)::int AS actions,
                (SELECT count(*) FROM indicators)::int AS indicators,
                (SELECT count(*) FROM meetings)::int AS meetings,
                (SELECT count(*) FROM recommendations)::int AS recommendations,
                (SELECT count(*) FROM documents)::int AS documents,
                (SELECT count(*) FROM risks)::int AS risks,
                (SELECT count(*) FROM reports)::int AS reports`,
      );
      return rows[0]!;
    },
  };
}
