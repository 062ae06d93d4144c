/**
 * `npx tsx bench/turn-cpu.ts`: processor time per turn, by turn kind, one turn at a time (issue 20).
 * Wall-clock figures on a shared machine move with everyone else's load; the bot's own processor time
 * (its process, the embedded database's thread included) per turn does not, so per-turn cuts are
 * decided on this. Seed data (BENCH_SCALE for more), TURN_CPU_TURNS turns of each kind after a
 * warm-up; BOT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the bot as well.
 * TURN_CPU_BOT=bare measures the bare echo (bench/echo-bot.ts) instead, for ping and ping-new only:
 * the denominator of the bench's ratios, in processor time. The bot's main thread's share is shown beside it. TURN_CPU_CONCURRENCY=16 sends ping and
 * question turns from 16 conversations at once (ping-new, question-new and submissions: that many at
 * a time). question-new asks each question in a new conversation, the shape of the ask bench's turns.
 * Each kind's line ends with the statements (and round trips) the bot's stores sent the database per
 * turn, the proactive loops' polls included (a few a minute). update sends officers' status updates.
 * TURN_CPU_PROFILE=<folder> writes a CPU profile of each kind's measured turns there (<kind>.cpuprofile),
 * the bot's main thread only, without start-up or warm-up; with BENCH_PROFILE=heap as well, an allocation
 * profile instead (<kind>.heapprofile: what the measured turns allocated, sampled).
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { openStores } from '../src/store/open-stores';
import type { SqlCounts } from '../src/store/ports';
import { devQuestions } from '../test/eval/questions';
import { submissionConversations, updateConversations } from './ask/card-turns';
import { startReplyConnector } from './ask/reply-connector';
import { runConversations, type Turn } from './load-ask';
import { openQuestionWindow } from './load/setup';
import { benchPeople, updatableActions } from './load/workloads';
import { writeSyntheticCatalogue } from './synthetic-catalogue';

const TURNS = Number(process.env.TURN_CPU_TURNS ?? 200);
const BARE = process.env.TURN_CPU_BOT === 'bare';
/** Conversations at once (1 unless told): ping and question turns are dealt out to this many. */
const AT_ONCE = Number(process.env.TURN_CPU_CONCURRENCY ?? 1);
const dealt = (turns: Turn[]): Turn[][] => Array.from({ length: AT_ONCE }, (_, c) => turns.filter((_, i) => i % AT_ONCE === c));
const PROFILE = process.env.TURN_CPU_PROFILE;
const KINDS = (process.env.TURN_CPU_KINDS ?? (BARE ? 'ping,ping-new' : 'ping,ping-new,question,question-new,update,submission')).split(',');

interface Cpu {
  user: number;
  system: number;
  /** The main thread's own (process.threadCpuUsage): the rest is the database's thread and the runtime's. */
  main?: { user: number; system: number };
  /** What the bot's stores sent the database (none from the bare echo). */
  sql?: SqlCounts;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cb-turn-cpu-'));
  const connector = await startReplyConnector();
  try {
    const stores = await openStores({ dataDir: join(dir, 'data') });
    await writeSyntheticCatalogue(stores.catalogue, Number(process.env.BENCH_SCALE ?? 1));
    await stores.close();
    const people = benchPeople(4, 3000);
    const sample = readFileSync(resolve(__dirname, '..', 'seeds', 'people.sample.csv'), 'utf8').trimEnd();
    writeFileSync(join(dir, 'people.csv'), `${sample}\n${people.csv.split('\n').slice(1).join('\n')}`);
    const child = fork(BARE ? resolve(__dirname, 'echo-bot.ts') : resolve(__dirname, 'ask', 'bot-process.ts'), [], {
      execArgv: ['--import', 'tsx', '--no-deprecation', ...(process.env.BOT_NODE_ARGS ?? '').split(' ').filter(Boolean)],
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), SEED_ON_START: 'false', LOG_LEVEL: process.env.TURN_CPU_LOG ?? 'silent', PEOPLE_FILE: join(dir, 'people.csv'), ...(process.env.BENCH_PROFILE ? { BENCH_PROFILE: process.env.BENCH_PROFILE } : {}) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = once(child, 'exit');
    const [{ port }] = (await once(child, 'message')) as [{ port: number }];
    const cpu = async (): Promise<Cpu> => {
      child.send('cpu');
      for (;;) {
        const [message] = (await once(child, 'message')) as [{ cpu?: Cpu }];
        if (message.cpu) return message.cpu;
      }
    };
    const profiled = async (file: string): Promise<void> => {
      mkdirSync(dirname(file), { recursive: true });
      child.send({ profile: 'stop', file });
      for (;;) {
        const [message] = (await once(child, 'message')) as [{ profiled?: string }];
        if (message.profiled) return;
      }
    };
    // NOTE: one question first, so the question index (built once listening) is not counted in a turn.
    if (!BARE) await runConversations({ port, connector, conversations: [[{ kind: 'question', text: devQuestions[0]!.text }]], concurrency: 1, label: 'index' });
    const windowIds = BARE ? [] : [await openQuestionWindow(port, connector.url, people.chair, 3)];
    const submitted = { count: 0 };
    const actions = BARE ? [] : await updatableActions();
    const versions = new Map<string, number>();
    const turnsOf = (kind: string, run: string): Turn[][] => {
      if (kind === 'ping') return dealt(Array.from({ length: TURNS }, (): Turn => ({ kind: 'echo', text: 'ping' })));
      if (kind === 'ping-new') return Array.from({ length: TURNS }, (): Turn[] => [{ kind: 'echo', text: 'ping' }]);
      // NOTE: each question in a conversation of its own, as nearly all of the ask bench's are.
      if (kind === 'question-new') return Array.from({ length: TURNS }, (_, i): Turn[] => [{ kind: 'question', text: devQuestions[i % devQuestions.length]!.text }]);
      if (kind === 'question') return dealt(Array.from({ length: TURNS }, (_, i): Turn => ({ kind: 'question', text: devQuestions[i % devQuestions.length]!.text })));
      // NOTE: an officer's chat about an action of its own; a new conversation each, as submissions are.
      if (kind === 'update') return updateConversations(run, TURNS, 1, people.officers, actions.slice(0, TURNS), versions);
      return submissionConversations(run, TURNS, 1, people.members, windowIds, submitted);
    };
    for (const kind of KINDS) {
      await runConversations({ port, connector, conversations: turnsOf(kind, `warm-${kind}`), concurrency: AT_ONCE, label: `warm-${kind}` });
      if (PROFILE) child.send({ profile: 'start' });
      const before = await cpu();
      const timings = await runConversations({ port, connector, conversations: turnsOf(kind, `run-${kind}`), concurrency: AT_ONCE, label: `run-${kind}` });
      const after = await cpu();
      if (PROFILE) await profiled(join(PROFILE, `${kind}.cpuprofile`));
      const failed = timings.filter((t) => t.failed).length;
      const ms = (after.user + after.system - before.user - before.system) / 1000 / timings.length;
      const mainMs = after.main && before.main ? (after.main.user + after.main.system - before.main.user - before.main.system) / 1000 / timings.length : NaN;
      const perTurn = (n: number) => (n / timings.length).toFixed(2);
      const sql = after.sql && before.sql ? `   ${perTurn(after.sql.statements - before.sql.statements)} statements (${perTurn(after.sql.roundTrips - before.sql.roundTrips)} round trips)` : '';
      const wall = timings.map((t) => t.ms).sort((a, b) => a - b)[Math.floor(timings.length / 2)] ?? 0;
      process.stdout.write(`${kind.padEnd(12)} ${ms.toFixed(2).padStart(6)} ms CPU per turn (main thread ${mainMs.toFixed(2)})   p50 ${wall.toFixed(1).padStart(6)} ms   (${timings.length} turns${failed ? `, ${failed} failed` : ''})${sql}\n`);
    }
    child.send('stop');
    await exited;
  } finally {
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`turn-cpu failed: ${(error as Error).message}\n`);
  process.exit(1);
});
