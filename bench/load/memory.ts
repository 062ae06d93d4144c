import { readFileSync } from 'node:fs';

/** Resident memory of some processes (Linux), sampled every 100 ms; the peak since the last reset. */
export class MemorySampler {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pids: number[]) {
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  private sample(): void {
    for (const pid of this.pids) {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        this.peak = Math.max(this.peak, kb / 1024);
      } catch {
        // the process has gone
      }
    }
  }

  reset(): void {
    this.peak = 0;
    this.sample();
  }

  peakMiB(): number {
    this.sample();
    return this.peak;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
