/**
 * `npm run bench:load`: load on the real server over loopback, with replies to a local capture server.
 * At 16, 64 and 256 concurrent conversations (one autocannon connection each, turns in order within a
 * conversation as Teams sends them), it runs the mixed workload (questions, officers' updates, question
 * submissions) and, in the same run, an echo turn (`ping`) on the same stack; it reports turns per
 * second, p50 / p99, errors and the bot's peak resident memory. Bounded in time; stops by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startCaptureConnector } from '../../test/helpers/capture-connector';
import { mixedWorkload, pingWorkload, type Workload } from './workloads';
import { spawnBot } from '../../test/helpers/spawn-bot';

const LEVELS = (process.env.LOAD_LEVELS ?? '16,64,256').split(',').map(Number);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);

interface Row {
  workload: string;
  connections: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function run(port: number, workload: Workload, connections: number): Promise<Row> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
          context.conversation ??= `bench-${workload.name}-${connections}-${Math.random().toString(36).slice(2)}`;
          context.turn = ((context.turn as number | undefined) ?? 0) + 1;
          request.body = JSON.stringify(workload.next(String(context.conversation), context.turn as number));
          return request;
        },
      },
    ],
  } as autocannon.Options);
  return {
    workload: workload.name,
    connections,
    turnsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function main(): Promise<void> {
  const connector = await startCaptureConnector();
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-load-'));
  const env: Record<string, string> = { DATA_DIR: dataDir, SEED_ON_START: 'true', PEOPLE_FILE: join(__dirname, 'people.csv') };
  if (process.env.LOAD_DATABASE_URL) env.DATABASE_URL = process.env.LOAD_DATABASE_URL;
  const bot = await spawnBot(env);
  const rows: Row[] = [];
  try {
    for (const connections of LEVELS) {
      rows.push(await run(bot.port, pingWorkload(connector.url), connections));
      rows.push(await run(bot.port, await mixedWorkload(connector.url, bot.port), connections));
    }
  } finally {
    const peak = bot.peakRssMiB();
    await bot.stop();
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.stdout.write(`\nLoad on ${process.env.LOAD_DATABASE_URL ? 'PostgreSQL' : 'the embedded store'}, ${SECONDS} s per row, replies captured on loopback\n`);
    process.stdout.write('workload   conns   turns/s     p50 ms   p99 ms   errors   non-2xx\n');
    for (const r of rows) {
      process.stdout.write(
        `${r.workload.padEnd(9)} ${String(r.connections).padStart(6)} ${r.turnsPerSecond.toFixed(0).padStart(9)} ${r.p50.toFixed(0).padStart(10)} ${r.p99.toFixed(0).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(9)}\n`,
      );
    }
    process.stdout.write(`peak resident memory of the bot: ${peak.toFixed(0)} MiB (${connector.requests.length} replies captured)\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`load bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});
