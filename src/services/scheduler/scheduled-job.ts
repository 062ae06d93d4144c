/** What a job is told when it runs: the instant, the council's local date and time, and its period. */
export interface JobContext {
  now: Date;
  period: string;
  local: { date: string; time: string; weekday: number };
}

export interface ScheduledJob {
  name: string;
  /**
   * The period a run now would be for ("2026-11-20", "2026-W47"), or undefined when the job has
   * nothing to do now. Each (job, period) runs once across every instance.
   */
  periodFor(context: Omit<JobContext, 'period'>): string | undefined;
  run(context: JobContext): Promise<Record<string, unknown>>;
  /** Finished runs older than this are forgotten (for jobs with a period every minute). */
  keepRunsMs?: number;
}
