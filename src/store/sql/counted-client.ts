import type { SqlCounts } from '../ports';
import type { SqlClient, SqlExecutor } from './sql-client';

/**
 * The client, counting what it sends (issue 20: a turn's cost on the embedded database is about
 * 0.5 ms a statement, whatever the statement). The benchmarks print the counts per turn
 * (bench/turn-cpu.ts); nothing else reads them.
 */
export function countedClient(client: SqlClient): SqlClient & { counts(): SqlCounts } {
  const counts: SqlCounts = { statements: 0, roundTrips: 0 };
  const one = () => {
    counts.statements += 1;
    counts.roundTrips += 1;
  };
  const counted = (on: SqlExecutor): SqlExecutor => ({
    query: (sql, params) => {
      one();
      return on.query(sql, params);
    },
  });
  return {
    kind: client.kind,
    ...counted(client),
    transaction: (fn) => {
      // NOTE: BEGIN, and COMMIT or ROLLBACK.
      one();
      one();
      return client.transaction((tx) => fn(counted(tx)));
    },
    exec: (sql) => {
      one();
      return client.exec(sql);
    },
    close: () => client.close(),
    counts: () => ({ ...counts }),
  };
}
