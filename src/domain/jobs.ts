/** Runs of scheduled jobs and what they came to. */

export type JobOutcome = { ok: true; summary?: Record<string, unknown> } | { ok: false; error: string };

export interface JobRun {
  job: string;
  period: string;
  status: 'running' | 'done' | 'failed';
  attempts: number;
  startedAt: string;
  finishedAt?: string;
  summary?: Record<string, unknown>;
  lastError?: string;
}
