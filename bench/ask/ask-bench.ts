/**
 * The ask benchmark (issues 4 and 20), run by `npm run bench`: the real server (startBot, local mode,
 * on loopback, in a child process) and, in the same run, a bare-echo bot on the same stack
 * (bench/echo-bot.ts: restify, the Teams adapter, a teams-ai Application with memory storage). Every
 * turn kind is timed against the bare echo, at each level of concurrent conversations (16 and 64 unless
 * told): the bot's `ping` (echo), the eval's questions, officers' status updates and members' question
 * submissions; p50 and p99 turn time (request sent to reply received at a loopback connector). Then
 * the same with a catalogue 50 times the seeds.
 *
 * Each kind runs in a phase of its own (the bare echo and the bot's ping in the questions' exact
 * conversation shape): mixed in one queue, every turn would wait behind the others and all kinds
 * would show the same queueing time, whatever each costs. One more pass with one conversation at a
 * time shows each turn's own cost.
 *
 * Targets (issue 20): question p50 <= 1.3 x bare echo p50 at 16 and at 64 conversations; question p99
 * < 100 ms at 16; question p50 grows < 2 x at 50 x data.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStores } from '../../src/store/open-stores';
import { devQuestions } from '../../test/eval/questions';
import { runConversations, type Turn, type TurnKind, type TurnTiming } from '../load-ask';
import { openQuestionWindow } from '../load/setup';
import { benchPeople, updatableActions } from '../load/workloads';
import { writeSyntheticCatalogue } from '../synthetic-catalogue';
import { askBenchTable } from './ask-table';
import { submissionConversations, updateConversations } from './card-turns';
import { startReplyConnector } from './reply-connector';

export interface AskBenchOptions {
  /** Concurrent conversations, one run of every phase at each. */
  levels: number[];
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

/** Starts the real bot (bot-process.ts), or the bare echo (echo-bot.ts), in a child process on a free loopback port. */
async function startBotProcess(env: Record<string, string>, script = 'bot-process.ts'): Promise<{ port: number; stop(): Promise<void> }> {
  const child = fork(resolve(__dirname, script), [], {
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
  /** The measured passes' turns, by level of concurrent conversations. */
  timings: Map<number, TurnTiming[]>;
  /** One more pass with one conversation at a time: the turn's own cost, without queueing. */
  serial: TurnTiming[];
  prepareMs: number;
}

/** Card turns' conversations: this many at a time, each of this many turns. */
const CARD_CONVERSATIONS = 150;
const CARD_TURNS = 3;
/** Question windows opened per store: enough for every submission phase. */
const WINDOWS = 30;

/** The generated directory (officers, a chair, members) added to the sample people file. */
function peopleFile(dir: string): ReturnType<typeof benchPeople> & { path: string } {
  const people = benchPeople(4, 3000);
  const sample = readFileSync(resolve(__dirname, '..', '..', 'seeds', 'people.sample.csv'), 'utf8').trimEnd();
  const path = join(dir, 'people.csv');
  writeFileSync(path, `${sample}\n${people.csv.split('\n').slice(1).join('\n')}`);
  return { ...people, path };
}

async function measureStore(
  label: string,
  options: AskBenchOptions,
  connector: Awaited<ReturnType<typeof startReplyConnector>>,
  bare: { port: number },
  deadline: number,
  factor: number,
): Promise<StoreRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-bench-ask-'));
  try {
    const started = performance.now();
    // NOTE: both stores are written the same way, before the bot starts (not by SEED_ON_START in the
    // bot's process), so the two runs differ only in how much data they hold.
    const stores = await openStores({ dataDir: join(dataDir, 'data') });
    try {
      await writeSyntheticCatalogue(stores.catalogue, factor);
    } finally {
      await stores.close();
    }
    const people = peopleFile(dataDir);
    const bot = await startBotProcess({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: join(dataDir, 'data'),
      SEED_ON_START: 'false',
      LOG_LEVEL: 'silent',
      PEOPLE_FILE: people.path,
    });
    const prepareMs = performance.now() - started;
    try {
      const windowIds: string[] = [];
      for (let week = 3; week < 3 + WINDOWS; week += 1) windowIds.push(await openQuestionWindow(bot.port, connector.url, people.chair, week));
      const actions = await updatableActions();
      const versions = new Map<string, number>();
      const submitted = { count: 0 };
      const { questions, echoes } = benchConversations();
      const phase = (kind: TurnKind, conversations: Turn[][], pass: string, concurrency: number) =>
        runConversations({ port: kind === 'bare' ? bare.port : bot.port, connector, conversations, concurrency, label: `${label}-${pass}-${kind}`, deadline });
      const run = async (pass: string, concurrency: number) => [
        ...(await phase('bare', echoes.map((turns) => turns.map((): Turn => ({ kind: 'bare', text: 'ping' }))), pass, concurrency)),
        ...(await phase('echo', echoes, pass, concurrency)),
        ...(await phase('question', questions, pass, concurrency)),
        ...(await phase('update', updateConversations(`${label}-${pass}`, CARD_CONVERSATIONS, CARD_TURNS, people.officers, actions, versions), pass, concurrency)),
        ...(await phase('submission', submissionConversations(`${label}-${pass}`, CARD_CONVERSATIONS, CARD_TURNS, people.members, windowIds, submitted), pass, concurrency)),
      ];
      const progress = (note: string) => process.stderr.write(`ask bench (${label} data): ${note}\n`);
      progress(`started in ${(performance.now() - started).toFixed(0)} ms`);
      const timings = new Map<number, TurnTiming[]>();
      for (const level of options.levels) {
        progress(`${level} conversations: warm-up pass`);
        await run(`warm-up-${level}`, level);
        const measured: TurnTiming[] = [];
        for (let pass = 1; pass <= options.passes; pass += 1) {
          progress(`${level} conversations: measured pass ${pass} of ${options.passes}`);
          measured.push(...(await run(`${level}-${pass}`, level)));
        }
        timings.set(level, measured);
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
  const bare = await startBotProcess({ PORT: '0' }, '../echo-bot.ts');
  try {
    const seed = await measureStore('seed', options, connector, bare, deadline, 1);
    const big = await measureStore(`${options.factor}x`, options, connector, bare, deadline, options.factor);

    const questionTurns = benchConversations().questions.flat().length;
    for (const line of askBenchTable({ ...options, questionTurns, seed, big })) write(line);
    if (performance.now() > deadline) write(`(stopped early: the ${options.budgetMs / 1000} s budget ran out; figures cover the turns sent)`);
  } finally {
    await bare.stop();
    await connector.close();
  }
}
