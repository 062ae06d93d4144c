/**
 * The one percentile both benchmarks report (the ask benchmark and the load benchmark), so their
 * p50 and p99 mean the same thing.
 */

/** The p-th percentile of some durations by nearest rank: the smallest value with at least p% of them at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
