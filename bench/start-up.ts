/**
 * Start-up benchmark (issue 20): the compiled bot (dist/, as `npm start` runs it, with its flags) in a
 * process of its own, timed from spawn to:
 * - listening: the 'bot listening' log line (it then holds messages, and /healthz says 'starting');
 * - ready: the 'bot ready' log line (store open, seeded, Teams side loaded; /healthz says 'ok');
 * - first answer: the reply to a question sent the moment it listens (so also: a message arriving
 *   during start-up is answered, not lost);
 * - index ready: the 'question index ready' log line;
 * and its idle resident memory (VmRSS, every thread) a few seconds after the index is ready. Beside
 * each time, the processor time used to reach it (every thread, and the seed child once it has
 * exited): on a shared machine it moves far less with others' load than wall time does.
 *
 * Runs: a first start with nothing kept (a fresh clone: new data folder, empty seed cache), a first
 * start on a new data folder with the seed snapshot kept, a restart on that folder; then a folder
 * holding `factor` times the seed data: its first start and a restart.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStores } from '../src/store/open-stores';
import { runConversations } from './load-ask';
import { startReplyConnector } from './ask/reply-connector';
import { writeSyntheticCatalogue } from './synthetic-catalogue';

const ROOT = resolve(__dirname, '..');
/** A question the seed data answers; the 50x copies hold it too. */
const QUESTION = 'what is the vacancy rate for social workers?';
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 5000);

export interface StartRun {
  label: string;
  listenMs: number;
  /** Processor time to listening (every thread, and the seed child): what load on the machine moves least. */
  listenCpuMs: number;
  readyMs: number;
  readyCpuMs: number;
  indexCpuMs: number;
  answerMs: number;
  answerKind: string;
  indexMs: number;
  rssMiB: number;
}

/** The start command of package.json, with the heap limit its environment sets. */
function startArgs(heapMb: number): string[] {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return script
    .replace(/\$\{MAX_HEAP_MB:-\d+\}/, String(heapMb))
    .split(/\s+/)
    .slice(1);
}

/** Processor time the process has used, its threads and its waited-for children (the seed child) included, in ms. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime, stime, cutime, cstime: fields 14-17 of stat(5), in clock ticks (100 a second on Linux).
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) * 10;
  } catch {
    return NaN;
  }
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Starts the compiled bot once, measures it, and stops it (SIGTERM, as a platform would). */
async function startOnce(label: string, env: Record<string, string>, connector: Awaited<ReturnType<typeof startReplyConnector>>, heapMb: number): Promise<StartRun> {
  const started = performance.now();
  const child = spawn(process.execPath, startArgs(heapMb), {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const seen = new Map<string, { at: number; cpu: number; line: Record<string, unknown> }>();
  const waiters = new Map<string, (at: number) => void>();
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const at = performance.now() - started;
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const text of lines) {
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        continue;
      }
      const msg = String(line.msg ?? '');
      if (!seen.has(msg)) seen.set(msg, { at, cpu: cpuMs(child.pid!), line });
      waiters.get(msg)?.(at);
    }
  });
  const logged = (msg: string) =>
    new Promise<number>((resolve, reject) => {
      const already = seen.get(msg);
      if (already) return resolve(already.at);
      waiters.set(msg, resolve);
      void exited.then(([code]) => reject(new Error(`${label}: the bot exited (${String(code)}) before '${msg}'`)));
    });
  try {
    const listenMs = await logged('bot listening on /api/messages');
    const port = Number(seen.get('bot listening on /api/messages')!.line.port);
    const [turn] = await runConversations({ port, connector, conversations: [[{ kind: 'question', text: QUESTION }]], concurrency: 1, label: `start-${label}`, timeoutMs: 120_000 });
    if (!turn || turn.failed) throw new Error(`${label}: the question asked during start-up failed: ${turn?.failed}`);
    const answerMs = performance.now() - started;
    const readyMs = await logged('bot ready');
    const indexMs = await logged('question index ready');
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const rss = rssMiB(child.pid!);
    const listenCpuMs = seen.get('bot listening on /api/messages')!.cpu;
    const readyCpuMs = seen.get('bot ready')!.cpu;
    const indexCpuMs = seen.get('question index ready')!.cpu;
    return { label, listenMs, listenCpuMs, readyMs, readyCpuMs, answerMs, answerKind: turn.replyKind, indexMs, indexCpuMs, rssMiB: rss };
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
}

/** A data folder holding `factor` times the seed data, written as the ask benchmark writes it. */
async function syntheticFolder(dataDir: string, factor: number): Promise<void> {
  const stores = await openStores({ dataDir });
  try {
    await writeSyntheticCatalogue(stores.catalogue, factor);
  } finally {
    await stores.close();
  }
}

const row = (r: StartRun) =>
  `${r.label.padEnd(44)} listening ${fmt(r.listenMs)} (cpu ${fmt(r.listenCpuMs)})   ready ${fmt(r.readyMs)} (cpu ${fmt(r.readyCpuMs)})   first answer ${fmt(r.answerMs)} (${r.answerKind})   index ready ${fmt(r.indexMs)} (cpu ${fmt(r.indexCpuMs)})   idle RSS ${r.rssMiB.toFixed(0).padStart(4)} MiB`;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2).padStart(6)} s`;

export async function runStartUpBench(factor: number, print: (line: string) => void): Promise<StartRun[]> {
  // NOTE: what `npm start` runs: the sources compiled into dist/ (its prestart).
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const scratch = mkdtempSync(join(tmpdir(), 'cb-bench-start-'));
  const connector = await startReplyConnector();
  const runs: StartRun[] = [];
  const record = (run: StartRun) => {
    runs.push(run);
    print(row(run));
  };
  try {
    print(`Start-up (compiled bot, npm start's flags; from spawn)   load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
    const cache = join(scratch, 'seed-cache');
    const seed = { SEED_CACHE_DIR: cache, SEED_ON_START: 'true' };
    record(await startOnce('seed: first start, nothing kept (fresh clone)', { ...seed, DATA_DIR: join(scratch, 'a') }, connector, 256));
    record(await startOnce('seed: first start, new folder, seed kept', { ...seed, DATA_DIR: join(scratch, 'b') }, connector, 256));
    record(await startOnce('seed: restart', { ...seed, DATA_DIR: join(scratch, 'b') }, connector, 256));
    if (factor > 1) {
      const big = join(scratch, 'big');
      const writing = performance.now();
      await syntheticFolder(big, factor);
      print(`(${factor}x folder written in ${fmt(performance.now() - writing)})`);
      const env = { DATA_DIR: big, SEED_ON_START: 'false', SEED_CACHE_DIR: 'off' };
      // NOTE: README: raise MAX_HEAP_MB for a catalogue many times the seed data.
      const heap = Number(process.env.BENCH_BIG_HEAP_MB ?? 1024);
      record(await startOnce(`${factor}x: first start on the folder`, env, connector, heap));
      record(await startOnce(`${factor}x: restart`, env, connector, heap));
    }
    print(`load average after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
    return runs;
  } finally {
    await connector.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
