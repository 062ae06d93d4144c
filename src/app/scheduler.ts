import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { JobStore } from '../store/ports';
import type { ScheduledJob } from '../services/scheduler/scheduled-job';
import { localNow } from '../services/scheduler/local-time';

export interface SchedulerOptions {
  jobs: ScheduledJob[];
  store: JobStore;
  clock: () => Date;
  timeZone: string;
  logger: Logger;
  /** How often the jobs are looked at (SCHEDULER_INTERVAL_MS). */
  intervalMs: number;
  owner?: string;
  /** How long a run may take before another instance may take it over (a crash). */
  leaseMs?: number;
}

export interface JobRound {
  job: string;
  period: string;
  outcome: 'ran' | 'failed' | 'skipped';
  summary?: Record<string, unknown>;
}

/**
 * Runs each job once per period across every instance sharing the database: the instance whose
 * claim of (job, period) lands runs it; the others, and this one after a restart, skip it. A run
 * that failed is tried again on the next round; one whose instance died is taken over after its
 * lease. What jobs send goes through the outbox, whose keys make a repeated run harmless.
 */
export class Scheduler {
  readonly owner: string;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopping = false;

  constructor(private readonly options: SchedulerOptions) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  async runOnce(): Promise<JobRound[]> {
    const { store, clock, timeZone, logger } = this.options;
    const rounds: JobRound[] = [];
    for (const job of this.options.jobs) {
      const now = clock();
      const base = { now, local: localNow(now, timeZone) };
      const period = job.periodFor(base);
      if (!period) continue;
      const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 600_000));
      if (!(await store.claim(job.name, period, this.owner, now.toISOString(), leaseUntil.toISOString()))) {
        rounds.push({ job: job.name, period, outcome: 'skipped' });
        continue;
      }
      try {
        const summary = await job.run({ ...base, period });
        await store.finish(job.name, period, this.owner, { ok: true, summary }, clock().toISOString());
        rounds.push({ job: job.name, period, outcome: 'ran', summary });
        // A run that did nothing (the feed, most minutes) is logged at debug, to keep info readable.
        const didSomething = Object.values(summary).some((v) => typeof v === 'number' && v > 0);
        logger[didSomething ? 'info' : 'debug']({ job: job.name, period, ...summary }, 'scheduled job ran');
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await store.finish(job.name, period, this.owner, { ok: false, error: message }, clock().toISOString()).catch(() => undefined);
        rounds.push({ job: job.name, period, outcome: 'failed' });
        logger.error({ err: error, job: job.name, period }, 'scheduled job failed; it will be tried again');
      }
      if (job.keepRunsMs) await store.prune(job.name, new Date(now.getTime() - job.keepRunsMs).toISOString());
    }
    return rounds;
  }

  start(): void {
    this.stopping = false;
    const loop = async () => {
      if (this.stopping) return;
      try {
        await (this.running = this.runOnce());
      } catch (error) {
        this.options.logger.error({ err: error }, 'scheduler round failed; will try again');
      }
      this.running = undefined;
      if (!this.stopping) this.timer = setTimeout(loop, this.options.intervalMs);
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }
}
