/**
 * The ask benchmark (issue 4), run by `npm run bench`: the real server (startBot, local mode, on
 * loopback, in a child process) answering the eval questions, and `ping` echo turns, from 16
 * concurrent conversations, in the same run; p50 and p99 turn time (request sent to reply received
 * at a loopback connector) for each, then the same with a catalogue 50 times the seeds.
 *
 * Echo and question turns run in alternating phases of the same shape (the same conversations and
 * turns, "ping" for each question): mixed in one queue, every turn would wait behind the others and
 * both kinds would show the same queueing time, whatever a question costs. One more pass with one
 * conversation at a time shows each turn's own cost.
 *
 * Targets: question p50 <= 1.5 x echo p50; question p99 < 100 ms; question p50 grows < 2 x at 50 x data.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStores } from '../../src/store/open-stores';
import { devQuestions } from '../../test/eval/questions';
import { runConversations, type Turn, type TurnTiming } from '../load-ask';
import { writeSyntheticCatalogue } from '../synthetic-catalogue';
import { askBenchTable } from './ask-table';
import { startReplyConnector } from './reply-connector';

export interface AskBenchOptions {
  concurrency: number;
  /** Measured passes over the question set (after one warm-up pass). */
  passes: number;
  /** How many times the seed data the scaling run holds. */
  factor: number;
  /** The whole benchmark stops starting conversations after this long. */
  budgetMs: number;
}

/** The eval's conversations as question turns, and the same conversations with "ping" for every turn. */
export function benchConversations(): { questions: Turn[][]; echoes: Turn[][] } {
  const byConversation = new Map<string, Turn[]>();
  for (const q of devQuestions) {
    const key = q.conversation ?? q.id;
    byConversation.set(key, [...(byConversation.get(key) ?? []), { kind: 'question', text: q.text }]);
  }
  const questions = [...byConversation.values()];
  const echoes = questions.map((turns) => turns.map((): Turn => ({ kind: 'echo', text: 'ping' })));
  return { questions, echoes };
}

/** Starts the real bot (bot-process.ts) in a child process on a free loopback port. */
async function startBotProcess(env: Record<string, string>): Promise<{ port: number; stop(): Promise<void> }> {
  const child = fork(resolve(__dirname, 'bot-process.ts'), [], {
    execArgv: ['--import', 'tsx', '--no-deprecation'],
    // NOTE: a clean environment, so a DATABASE_URL or BOT_ID of the shell cannot leak into the bench.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  const port = await Promise.race([
    once(child, 'message').then(([message]) => (message as { port: number }).port),
    exited.then(([code]) => Promise.reject(new Error(`the bench bot exited with ${String(code)} before listening`))),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the bench bot did not start within 120 s')), 120_000).unref()),
  ]);
  return {
    port,
    async stop() {
      child.send('stop');
      const timer = setTimeout(() => child.kill(), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface StoreRun {
  label: string;
  timings: TurnTiming[];
  /** One more pass with one conversation at a time: the turn's own cost, without queueing. */
  serial: TurnTiming[];
  prepareMs: number;
}

async function measureStore(
  label: string,
  options: AskBenchOptions,
  connector: Awaited<ReturnType<typeof startReplyConnector>>,
  deadline: number,
  factor: number,
): Promise<StoreRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-bench-ask-'));
  try {
    const started = performance.now();
    // NOTE: both stores are written the same way, before the bot starts (not by SEED_ON_START in the
    // bot's process), so the two runs differ only in how much data they hold.
    const stores = await openStores({ dataDir });
    try {
      await writeSyntheticCatalogue(stores.catalogue, factor);
    } finally {
      await stores.close();
    }
    const bot = await startBotProcess({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_ON_START: 'false',
      LOG_LEVEL: 'silent',
      PEOPLE_FILE: resolve(__dirname, '..', '..', 'seeds', 'people.sample.csv'),
    });
    const prepareMs = performance.now() - started;
    try {
      const { questions, echoes } = benchConversations();
      const phase = (conversations: Turn[][], pass: string, concurrency: number) =>
        runConversations({ port: bot.port, connector, conversations, concurrency, label: `${label}-${pass}`, deadline });
      const run = async (pass: string, concurrency = options.concurrency) => [
        ...(await phase(echoes, `${pass}-echo`, concurrency)),
        ...(await phase(questions, `${pass}-ask`, concurrency)),
      ];
      const progress = (note: string) => process.stderr.write(`ask bench (${label} data): ${note}\n`);
      progress(`started in ${(performance.now() - started).toFixed(0)} ms; warm-up pass`);
      await run('warm-up');
      const timings: TurnTiming[] = [];
      for (let pass = 1; pass <= options.passes; pass += 1) {
        progress(`measured pass ${pass} of ${options.passes}`);
        timings.push(...(await run(String(pass))));
      }
      progress('one pass with one conversation at a time');
      const serial = await run('serial', 1);
      return { label, timings, serial, prepareMs };
    } finally {
      await bot.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs the benchmark and prints its table. */
export async function runAskBench(options: AskBenchOptions, write: (line: string) => void): Promise<void> {
  const deadline = performance.now() + options.budgetMs;
  const connector = await startReplyConnector();
  try {
    const seed = await measureStore('seed', options, connector, deadline, 1);
    const big = await measureStore(`${options.factor}x`, options, connector, deadline, options.factor);

    const questionTurns = benchConversations().questions.flat().length;
    for (const line of askBenchTable({ ...options, questionTurns, seed, big })) write(line);
    if (performance.now() > deadline) write(`(stopped early: the ${options.budgetMs / 1000} s budget ran out; figures cover the turns sent)`);
  } finally {
    await connector.close();
  }
}
