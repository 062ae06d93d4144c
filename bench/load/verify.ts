import { openStores } from '../../src/store/open-stores';

export interface Kept {
  updates: number;
  distinctUpdates: number;
  questions: number;
  distinctQuestions: number;
}

/**
 * What the store holds of the load run's writes, read after the bots have stopped: updates and
 * questions written by the run (their text starts "Load run" / "Load question"), and how many of each
 * are distinct (the same one twice would be a duplicate).
 */
export async function keptByRun(options: { dataDir?: string; databaseUrl?: string }): Promise<Kept> {
  const stores = await openStores(options);
  try {
    const { rows: u } = await stores.sql.query<{ n: number; d: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT commentary)::int AS d FROM action_updates WHERE commentary LIKE 'Load run %'`,
    );
    const { rows: q } = await stores.sql.query<{ n: number; d: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT doc->>'text')::int AS d FROM questions WHERE doc->>'text' LIKE 'Load question %'`,
    );
    return { updates: u[0]!.n, distinctUpdates: u[0]!.d, questions: q[0]!.n, distinctQuestions: q[0]!.d };
  } finally {
    await stores.close();
  }
}
