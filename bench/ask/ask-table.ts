import { loadavg } from 'node:os';
import type { TurnKind, TurnTiming } from '../load-ask';
import { percentile } from '../percentile';
import type { StoreRun } from './ask-bench';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-').padStart(8);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const KINDS: TurnKind[] = ['bare', 'echo', 'question', 'update', 'submission'];
const NAMES: Record<TurnKind, string> = { bare: 'bare echo', echo: 'ping', question: 'question', update: 'update', submission: 'submission' };

const okTimes = (timings: TurnTiming[], kind: TurnKind) => timings.filter((t) => t.kind === kind && !t.failed).map((t) => t.ms);
const p50 = (timings: TurnTiming[], kind: TurnKind) => percentile(okTimes(timings, kind), 50);

/** How the question turns were answered: answer kinds stamped on the reply cards, and how often. */
function replyMix(run: StoreRun): string {
  const counts = new Map<string, number>();
  for (const t of [...run.timings.values()].flat().filter((x) => x.kind === 'question')) counts.set(t.replyKind, (counts.get(t.replyKind) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
}

/** The first failure of each kind, so a failing phase says why. */
function failures(run: StoreRun): string[] {
  const all = [...[...run.timings.values()].flat(), ...run.serial].filter((t) => t.failed);
  return KINDS.flatMap((kind) => {
    const mine = all.filter((t) => t.kind === kind);
    return mine.length ? [`  ${run.label}: ${mine.length} ${NAMES[kind]} turns failed, first: ${mine[0]!.failed}`] : [];
  });
}

/** The ask benchmark's printed table: p50 and p99 per store, level and turn kind, each against the bare echo, and the targets. */
export function askBenchTable(r: { levels: number[]; passes: number; factor: number; questionTurns: number; seed: StoreRun; big: StoreRun }): string[] {
  const name = (run: StoreRun) => (run === r.seed ? 'seed packs (1x)' : `synthetic (${r.factor}x)`);
  const out = [
    '',
    `Ask benchmark: real server over HTTP on loopback, at ${r.levels.join(' and ')} concurrent conversations; ${r.passes} measured passes (after a warm-up)`,
    `of ${r.questionTurns} question turns, each pass after the bare-echo bot (bench/echo-bot.ts) and the bot's "ping" in the same conversations,`,
    'then officers\' status updates and members\' question submissions. "x bare" is the p50 over the bare echo\'s p50 at the same level.',
    '',
    `${'store'.padEnd(20)}${'conv'.padStart(5)}  ${'turn'.padEnd(11)}${'count'.padStart(7)}${'failed'.padStart(8)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'x bare'.padStart(8)}`,
  ];
  for (const run of [r.seed, r.big]) {
    for (const [level, timings] of run.timings) {
      const bare = p50(timings, 'bare');
      for (const kind of KINDS) {
        const all = timings.filter((t) => t.kind === kind);
        const ok = okTimes(timings, kind);
        const ratio = percentile(ok, 50) / bare;
        out.push(
          `${name(run).padEnd(20)}${String(level).padStart(5)}  ${NAMES[kind].padEnd(11)}${String(all.length).padStart(7)}${String(all.length - ok.length).padStart(8)}${ms(percentile(ok, 50))} ${ms(percentile(ok, 99))}${(Number.isFinite(ratio) ? ratio.toFixed(2) : '-').padStart(8)}`,
        );
      }
    }
  }
  for (const run of [r.seed, r.big]) {
    out.push(`${name(run)}, one conversation at a time, p50 ms: ${KINDS.map((kind) => `${NAMES[kind]} ${ms(p50(run.serial, kind)).trim()}`).join(', ')}`);
  }
  out.push('');
  for (const level of r.levels) {
    const timings = r.seed.timings.get(level) ?? [];
    const ratio = p50(timings, 'question') / p50(timings, 'bare');
    out.push(`question p50 / bare echo p50 (1x, ${String(level).padStart(2)} conversations): ${ratio.toFixed(2)}x   target <= 1.3x   ${verdict(ratio <= 1.3)}`);
  }
  const first = r.seed.timings.get(r.levels[0]!) ?? [];
  const p99 = percentile(okTimes(first, 'question'), 99);
  const growth = p50(r.big.timings.get(r.levels[0]!) ?? [], 'question') / p50(first, 'question');
  out.push(
    `question p99 (1x, ${r.levels[0]} conversations):          ${p99.toFixed(1)} ms   target < 100 ms   ${verdict(p99 < 100)}`,
    `question p50 growth (${r.factor}x / 1x, ${r.levels[0]} conversations):  ${growth.toFixed(2)}x   target < 2x      ${verdict(growth < 2)}`,
    `replies to questions (1x): ${replyMix(r.seed)}`,
    `replies to questions (${r.factor}x): ${replyMix(r.big)}`,
    ...failures(r.seed),
    ...failures(r.big),
    `start-up with data: 1x ${r.seed.prepareMs.toFixed(0)} ms, ${r.factor}x ${r.big.prepareMs.toFixed(0)} ms`,
    // NOTE: other work on the machine shows up in every figure; the load average says how much there was.
    `machine load average at the end (1 / 5 min): ${loadavg()[0]!.toFixed(1)} / ${loadavg()[1]!.toFixed(1)}`,
  );
  return out;
}
