import { loadavg } from 'node:os';
import type { Turn } from '../load-ask';
import { percentile } from '../percentile';
import type { StoreRun } from './ask-bench';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-').padStart(8);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

const times = (run: StoreRun, kind: Turn['kind'], serial = false) =>
  (serial ? run.serial : run.timings).filter((t) => t.kind === kind && !t.failed).map((t) => t.ms);

/** How the question turns were answered: answer kinds stamped on the reply cards, and how often. */
function replyMix(run: StoreRun): string {
  const counts = new Map<string, number>();
  for (const t of run.timings.filter((x) => x.kind === 'question')) counts.set(t.replyKind, (counts.get(t.replyKind) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
}

/** The ask benchmark's printed table: p50 and p99 per store and turn kind, and the three targets. */
export function askBenchTable(r: { concurrency: number; passes: number; factor: number; questionTurns: number; seed: StoreRun; big: StoreRun }): string[] {
  const name = (run: StoreRun) => (run === r.seed ? 'seed packs (1x)' : `synthetic (${r.factor}x)`);
  const out = [
    '',
    `Ask benchmark: real server over HTTP on loopback, ${r.concurrency} concurrent conversations; ${r.passes} measured passes`,
    `(after a warm-up) of ${r.questionTurns} question turns, each pass after the same conversations sending "ping" (echo).`,
    '',
    `${'store'.padEnd(22)}${'turn'.padEnd(10)}${'count'.padStart(7)}${'failed'.padStart(8)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`,
  ];
  for (const run of [r.seed, r.big]) {
    for (const kind of ['echo', 'question'] as const) {
      const all = run.timings.filter((t) => t.kind === kind);
      const ok = times(run, kind);
      out.push(
        `${name(run).padEnd(22)}${kind.padEnd(10)}${String(all.length).padStart(7)}${String(all.length - ok.length).padStart(8)}${ms(percentile(ok, 50))} ${ms(percentile(ok, 99))}`,
      );
    }
  }
  for (const run of [r.seed, r.big]) {
    const serial = (kind: Turn['kind']) => ms(percentile(times(run, kind, true), 50)).trim();
    out.push(`${name(run)}, one conversation at a time: echo p50 ${serial('echo')} ms, question p50 ${serial('question')} ms`);
  }
  const ratio = percentile(times(r.seed, 'question'), 50) / percentile(times(r.seed, 'echo'), 50);
  const p99 = percentile(times(r.seed, 'question'), 99);
  const growth = percentile(times(r.big, 'question'), 50) / percentile(times(r.seed, 'question'), 50);
  out.push(
    '',
    `question p50 / echo p50 (1x):        ${ratio.toFixed(2)}x   target <= 1.5x   ${verdict(ratio <= 1.5)}`,
    `question p99 (1x, ${r.concurrency} concurrent):     ${p99.toFixed(1)} ms   target < 100 ms   ${verdict(p99 < 100)}`,
    `question p50 growth (${r.factor}x / 1x):    ${growth.toFixed(2)}x   target < 2x      ${verdict(growth < 2)}`,
    `replies to questions (1x): ${replyMix(r.seed)}`,
    `replies to questions (${r.factor}x): ${replyMix(r.big)}`,
    `start-up with data: 1x ${r.seed.prepareMs.toFixed(0)} ms, ${r.factor}x ${r.big.prepareMs.toFixed(0)} ms`,
    // NOTE: other work on the machine shows up in every figure; the load average says how much there was.
    `machine load average at the end (1 / 5 min): ${loadavg()[0]!.toFixed(1)} / ${loadavg()[1]!.toFixed(1)}`,
  );
  return out;
}
