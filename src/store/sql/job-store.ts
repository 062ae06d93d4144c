import type { JobStore } from '../ports';
import type { JobRun } from '../../domain/jobs';
import type { SqlExecutor } from './sql-client';

interface Row {
  job: string;
  period: string;
  status: JobRun['status'];
  attempts: number;
  started_at: Date | string;
  finished_at: Date | string | null;
  summary: Record<string, unknown> | null;
  last_error: string | null;
}

const toRun = (row: Row): JobRun => ({
  job: row.job,
  period: row.period,
  status: row.status,
  attempts: Number(row.attempts),
  startedAt: new Date(row.started_at).toISOString(),
  ...(row.finished_at !== null ? { finishedAt: new Date(row.finished_at).toISOString() } : {}),
  ...(row.summary !== null ? { summary: row.summary } : {}),
  ...(row.last_error !== null ? { lastError: row.last_error } : {}),
});

/** Job runs keyed by (job, period): the insert that wins decides which instance runs the period. */
export function sqlJobStore(db: SqlExecutor): JobStore {
  return {
    async claim(job, period, owner, now, leaseUntil) {
      // A failed run, or one whose runner's lease ran out (it crashed), may be taken again; a done
      // run or a live one may not. The row lock of ON CONFLICT makes racing claimers queue here.
      const { rows } = await db.query(
        `INSERT INTO job_runs (job, period, status, owner, lease_until, started_at)
         VALUES ($1, $2, 'running', $3, $5::timestamptz, $4::timestamptz)
         ON CONFLICT (job, period) DO UPDATE SET status = 'running', owner = EXCLUDED.owner,
           lease_until = EXCLUDED.lease_until, started_at = EXCLUDED.started_at,
           attempts = job_runs.attempts + 1, finished_at = NULL
         WHERE job_runs.status = 'failed' OR (job_runs.status = 'running' AND job_runs.lease_until < $4::timestamptz)
         RETURNING job`,
        [job, period, owner, now, leaseUntil],
      );
      return rows.length > 0;
    },

    async finish(job, period, owner, outcome, at) {
      await db.query(
        `UPDATE job_runs SET status = $4, finished_at = $5::timestamptz, summary = $6::jsonb, last_error = $7
         WHERE job = $1 AND period = $2 AND owner = $3`,
        [
          job,
          period,
          owner,
          outcome.ok ? 'done' : 'failed',
          at,
          outcome.ok && outcome.summary ? JSON.stringify(outcome.summary) : null,
          outcome.ok ? null : outcome.error.slice(0, 1000),
        ],
      );
    },

    async recent(limit) {
      const { rows } = await db.query<Row>(
        `SELECT job, period, status, attempts, started_at, finished_at, summary, last_error
         FROM job_runs ORDER BY started_at DESC, job LIMIT $1`,
        [limit],
      );
      return rows.map(toRun);
    },

    async prune(job, before) {
      await db.query(`DELETE FROM job_runs WHERE job = $1 AND status = 'done' AND started_at < $2::timestamptz`, [job, before]);
    },

    async getState(job) {
      const { rows } = await db.query<{ doc: Record<string, unknown> }>('SELECT doc FROM job_state WHERE job = $1', [job]);
      return rows[0]?.doc;
    },

    async setState(job, doc) {
      await db.query(
        `INSERT INTO job_state (job, doc) VALUES ($1, $2::jsonb)
         ON CONFLICT (job) DO UPDATE SET doc = EXCLUDED.doc, updated_at = now()`,
        [job, JSON.stringify(doc)],
      );
    },
  };
}
