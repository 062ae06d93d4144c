/**
 * `npm run bench:load`: load on the real server over loopback (autocannon), replies to a local capture
 * server (in a process of its own). At 16, 64 and 256 concurrent conversations (one connection each, turns in order within a
 * conversation as Teams sends them) it runs the mixed workload (members' questions, officers' status
 * updates, question submissions) and, in the same run, the bot's echo turn (`ping`) and a bare-echo
 * bot on the same stack (bench/echo-bot.ts, the baseline every row and turn kind is put against): once
 * as fast as the bot answers (saturation) and once at a stated pace per conversation. It reports turns
 * per second, p50 / p99, errors, resident memory, and checks that every update and question the bot
 * acknowledged is in the store exactly once. With LOAD_DATABASE_URL it runs two bot instances on
 * that PostgreSQL database, conversations spread across both. Bounded in time; stops by itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { type SpawnedBot, spawnBot } from '../../test/helpers/spawn-bot';
import { startEchoProcess } from './echo-process';
import { percentile } from '../percentile';
import { MemorySampler } from './memory';
import { openQuestionWindow, waitForQuestionIndex } from './setup';
import { keptByRun } from './verify';
import { benchPeople, mixedWorkload, pingWorkload, updatableActions, type Workload } from './workloads';

const LEVELS = (process.env.LOAD_LEVELS ?? '16,64,256').split(',').map(Number);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
/**
 * A mixed row run flat out and not reported before the first row, so the first reported row is not
 * charged with what a fresh process does once (compiling the hot code, filling caches); 0: none.
 */
const WARM_UP_SECONDS = Number(process.env.LOAD_WARM_UP_SECONDS ?? 5);
/** Turns per second each conversation sends in the paced rows (a busy person sends far fewer). */
const PACE = Number(process.env.LOAD_PACE ?? 1);
const DATABASE_URL = process.env.LOAD_DATABASE_URL;
/** Which workloads: the bare echo, the bot's echo turn and the mixed one (all unless told). */
const WORKLOADS = (process.env.LOAD_WORKLOADS ?? 'bare,echo,mixed').split(',').map((w) => w.trim());
/** Which rows: flat out ('max'), paced ('paced'), or both. */
const MODES = (process.env.LOAD_MODES ?? 'max,paced').split(',').map((m) => m.trim()).filter((m) => m === 'max' || m === 'paced');
/** Turns one connection may send in a row before autocannon starts it on a new conversation. */
const TURNS_PER_SEQUENCE = Math.max(1000, SECONDS * 200);
/** Question windows opened (meetings), each taking QUESTIONS_PER_MEETING before the next is used. */
const WINDOWS = 40;

interface Row {
  workload: string;
  pace: string;
  connections: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  rssMiB: number;
  /** The bare echo's p50 at the same level and pace, when it ran. */
  bare: number;
  /** The same figures per kind of turn (typed questions, card submissions). */
  kinds: { kind: string; turns: number; p50: number; p99: number }[];
}

/**
 * One row: `connections` conversations for SECONDS. Flat out (pace 0) it is one autocannon run. Paced,
 * the conversations are split into up to 16 autocannon runs started evenly over the first second:
 * autocannon paces each connection in one-second windows, so one run would send every conversation's
 * turn at the same instant each second, a burst no set of people typing would make.
 */
async function run(bots: { port: number }[], workload: Workload, connections: number, pace: number, memory: MemorySampler, seconds = SECONDS): Promise<Row> {
  let nextConversation = 0;
  const turn = {
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
      context.conversation ??= nextConversation++;
      context.turn = ((context.turn as number | undefined) ?? 0) + 1;
      const activity = workload.next(context.conversation as number, context.turn as number);
      context.kind = kindOf(activity);
      request.body = JSON.stringify(activity);
      return request;
    },
  };
  memory.reset();
  const groups = pace > 0 ? Math.min(connections, 16) : 1;
  const times: number[] = [];
  const byKind: Record<string, number[]> = {};
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: groups }, async (_, g) => {
      await new Promise((resolve) => setTimeout(resolve, (g * 1000) / groups));
      const instance = autocannon({
        url: bots.map((bot) => `http://127.0.0.1:${bot.port}`),
        connections: Math.floor(connections / groups) + (g < connections % groups ? 1 : 0),
        duration: seconds,
        ...(pace > 0 ? { connectionRate: pace } : {}),
        // NOTE: autocannon clears a connection's context each time it comes to the end of its list of
        // requests. With a one-request list every turn would start a new conversation, which no Teams
        // chat does; a list longer than a row can send keeps one conversation per connection.
        requests: Array.from({ length: TURNS_PER_SEQUENCE }, () => turn),
      });
      instance.on('response', (client: unknown, _status: number, _bytes: number, responseTime: number) => {
        times.push(responseTime);
        // NOTE: autocannon moves the connection's context on to its next request after this event, so it
        // still names the turn just answered.
        const kind = (client as { requestIterator?: { context?: { kind?: string } } }).requestIterator?.context?.kind ?? 'other';
        (byKind[kind] ??= []).push(responseTime);
      });
      return instance;
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    workload: workload.name,
    pace: pace > 0 ? `${pace}/s` : 'max',
    connections,
    turnsPerSecond: times.length / elapsed,
    bare: NaN,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    rssMiB: memory.peakMiB(),
    kinds: Object.entries(byKind).map(([kind, list]) => ({ kind, turns: list.length, p50: percentile(list, 50), p99: percentile(list, 99) })),
  };
}

const ratio = (p50: number, bare: number) => (Number.isFinite(bare) && bare > 0 ? `${(p50 / bare).toFixed(2)}x` : '-').padStart(8);

/** The bare echo's turn: the bot's ping, sent to bench/echo-bot.ts. */
function bareWorkload(serviceUrl: string, run: string, asker: Parameters<typeof pingWorkload>[2]): Workload {
  return { ...pingWorkload(serviceUrl, `bare-${run}`, asker), name: 'bare' };
}

/** What a turn is, for the per-kind figures: a card's verb, or a typed message. */
function kindOf(activity: Record<string, unknown>): string {
  const verb = (activity.value as { verb?: string } | undefined)?.verb;
  return verb ?? (activity.text === 'ping' ? 'echo' : 'question');
}

/** Starts capture-process.ts; its URL, its counts, and a stop. */
async function startCapture(): Promise<{ url: string; counts(): Promise<{ replies: number; updates: number; questions: number }>; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'capture-process.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  const url = `http://127.0.0.1:${Number(line.toString().trim())}/`;
  return {
    url,
    counts: async () => (await (await fetch(url)).json()) as { replies: number; updates: number; questions: number },
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

async function main(): Promise<void> {
  const connector = await startCapture();
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-load-'));
  const people = benchPeople(2, 3000);
  const peopleFile = join(dataDir, 'people.csv');
  writeFileSync(peopleFile, people.csv);
  const env: Record<string, string> = { DATA_DIR: join(dataDir, 'data'), SEED_ON_START: 'true', PEOPLE_FILE: peopleFile };
  if (DATABASE_URL) env.DATABASE_URL = DATABASE_URL;
  // NOTE: the bot as `npm start` runs it (compiled into dist by the bench:load script).
  const bare = WORKLOADS.includes('bare') ? await startEchoProcess() : undefined;
  const bots: SpawnedBot[] = [await spawnBot(env, undefined, { compiled: true })];
  if (DATABASE_URL) bots.push(await spawnBot(env, undefined, { compiled: true }));
  const memory = new MemorySampler(bots.map((bot) => bot.process.pid!));
  const rows: Row[] = [];
  const runId = Date.now().toString(36);
  let kept;
  try {
    // A council's meetings gather tens to a couple of hundred questions each: submissions fill one
    // meeting's window, then the next, rather than piling thousands into one.
    const windowIds: string[] = [];
    for (let week = 3; week < 3 + WINDOWS; week += 1) windowIds.push(await openQuestionWindow(bots[0]!.port, connector.url, people.chair, week));
    for (const bot of bots) await waitForQuestionIndex(bot.port, connector.url);
    const actions = await updatableActions();
    const versions = new Map<string, number>();
    const submitted = { count: 0 };
    let memberOffset = 0;
    if (WARM_UP_SECONDS > 0) {
      const warm = await run(bots, mixedWorkload({ serviceUrl: connector.url, run: `${runId}-warm`, windowIds, submitted, people, actions, memberOffset, versions }), LEVELS[0]!, 0, memory, WARM_UP_SECONDS);
      process.stdout.write(`warm-up (not reported): ${WARM_UP_SECONDS} s flat out at ${LEVELS[0]}, ${warm.errors} errors, ${warm.non2xx} non-2xx\n`);
      memberOffset += 500;
    }
    // NOTE: the paced rows first, every level, then flat out: a saturated bot has a backlog (queued
    // notices to send, more data) that would be charged to the rows after it.
    for (const pace of MODES.map((mode) => (mode === 'max' ? 0 : PACE)).sort((a, b) => b - a)) {
      for (const connections of LEVELS) {
        const run_ = `${runId}-${connections}-${pace}`;
        const before = rows.length;
        if (bare) rows.push({ ...(await run([bare], bareWorkload(connector.url, run_, people.members[0]!), connections, pace, memory)), rssMiB: NaN });
        if (WORKLOADS.includes('echo')) rows.push(await run(bots, pingWorkload(connector.url, run_, people.members[0]!), connections, pace, memory));
        if (WORKLOADS.includes('mixed')) {
          rows.push(await run(bots, mixedWorkload({ serviceUrl: connector.url, run: run_, windowIds, submitted, people, actions, memberOffset, versions }), connections, pace, memory));
        }
        const baseline = rows.slice(before).find((row) => row.workload === 'bare')?.p50 ?? NaN;
        for (const row of rows.slice(before)) row.bare = baseline;
        memberOffset += 500;
      }
    }
  } finally {
    const peaks = bots.map((bot) => bot.peakRssMiB());
    for (const bot of bots) await bot.stop();
    await bare?.stop();
    memory.stop();
    const counts = await connector.counts();
    kept = await keptByRun(DATABASE_URL ? { databaseUrl: DATABASE_URL } : { dataDir: env.DATA_DIR });
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
    const out = process.stdout;
    out.write(`\nLoad on ${DATABASE_URL ? 'PostgreSQL, two bot instances' : 'the embedded store, one bot'}, ${SECONDS} s per row, replies captured on loopback\n`);
    out.write('workload  pace  conns   turns/s   p50 ms   p99 ms   errors  non-2xx   RSS MiB   x bare\n');
    for (const r of rows) {
      out.write(
        `${r.workload.padEnd(8)} ${r.pace.padStart(5)} ${String(r.connections).padStart(6)} ${r.turnsPerSecond.toFixed(0).padStart(9)} ${r.p50.toFixed(0).padStart(8)} ${r.p99.toFixed(0).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)} ${(Number.isFinite(r.rssMiB) ? r.rssMiB.toFixed(0) : '-').padStart(9)} ${ratio(r.p50, r.bare)}\n`,
      );
    }
    out.write('(bare: bench/echo-bot.ts, the stack alone; its RSS is not the bot\'s. x bare: p50 over the bare echo\'s p50 at the same level and pace)\n');
    out.write('\nmixed rows by kind of turn: turns, p50 / p99 ms, p50 x bare\n');
    for (const r of rows.filter((row) => row.workload === 'mixed')) {
      const kinds = r.kinds.map((k) => `${k.kind} ${k.turns}, ${k.p50.toFixed(0)} / ${k.p99.toFixed(0)}, ${ratio(k.p50, r.bare).trim()}`).join('; ');
      out.write(`${r.pace.padStart(5)} ${String(r.connections).padStart(4)}: ${kinds}\n`);
    }
    out.write(`peak resident memory, start-up included: ${peaks.map((p) => `${p.toFixed(0)} MiB`).join(', ')}\n`);
    const { updates, questions } = counts;
    out.write(`updates acknowledged ${updates}, kept ${kept.updates} (${kept.distinctUpdates} distinct)\n`);
    out.write(`questions acknowledged ${questions}, kept ${kept.questions} (${kept.distinctQuestions} distinct)\n`);
    const lost = kept.updates < updates || kept.questions < questions || kept.distinctUpdates !== kept.updates || kept.distinctQuestions !== kept.questions;
    if (lost) {
      out.write('FAIL: an acknowledged write is missing, or one is stored twice\n');
      process.exitCode = 1;
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`load bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});
