/**
 * `npm run bench`: start-up first (bench/start-up.ts: first start, restart and idle memory, at the seed
 * data and at BENCH_SCALE times it), then how long importing every bundled agenda pack takes (the target: under 3 s),
 * then understanding plus answering in process (bench/ask/understand-bench.ts), then the ask benchmark
 * (bench/ask/ask-bench.ts): every turn kind against a bare-echo bot over HTTP, at 16 and 64 conversations
 * (BENCH_CONCURRENCY=16,64). BENCH_PARTS=start, import,
 * understand or ask (comma-separated) runs only those.
 *
 * Measures, with the process already warm: reading all packs into one dataset (parse), and the whole
 * import (parse, check, store in one transaction) into the embedded database, and into PostgreSQL
 * when BENCH_DATABASE_URL is set (a scratch database: the bench writes the seed data into it). Prints the median and the worst of several runs.
 */
import { performance } from 'node:perf_hooks';
import { readSeedFiles } from '../src/import/seed-files';
import { parseFiles } from '../src/import/parse-files';
import { importFiles } from '../src/services/import-files';
import { openStores } from '../src/store/open-stores';
import { runAskBench } from './ask/ask-bench';
import { runStartUpBench } from './start-up';
import { runUnderstandBench } from './ask/understand-bench';
import { percentile } from './percentile';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PARTS = (process.env.BENCH_PARTS ?? 'start,import,understand,ask').split(',').map((p) => p.trim());

async function time(label: string, run: () => Promise<unknown>): Promise<void> {
  await run(); // warm-up: module loading and JIT are not the import's cost
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  const median = percentile(samples, 50);
  const worst = Math.max(...samples);
  process.stdout.write(`${label.padEnd(48)} median ${median.toFixed(0).padStart(6)} ms   worst ${worst.toFixed(0).padStart(6)} ms   (${RUNS} runs)\n`);
}

async function main(): Promise<void> {
  if (PARTS.includes('start')) await runStartUpBench(Number(process.env.BENCH_SCALE ?? 50), (line) => process.stdout.write(`${line}\n`));
  if (PARTS.includes('import')) await importBench();
  if (PARTS.includes('understand')) await runUnderstandBench(Number(process.env.BENCH_SCALE ?? 50), (line) => process.stdout.write(`${line}\n`));
  if (PARTS.includes('ask')) {
    await runAskBench(
      {
        levels: (process.env.BENCH_CONCURRENCY ?? '16,64').split(',').map(Number),
        passes: Number(process.env.BENCH_ASK_PASSES ?? 3),
        factor: Number(process.env.BENCH_SCALE ?? 50),
        budgetMs: Number(process.env.BENCH_ASK_BUDGET_S ?? 600) * 1000,
      },
      (line) => process.stdout.write(`${line}\n`),
    );
  }
}

async function importBench(): Promise<void> {
  const files = readSeedFiles();
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  process.stdout.write(`Bundled packs: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB\n`);

  await time('parse all packs', async () => {
    const outcome = await parseFiles(files);
    if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  });

  const embedded = await openStores({});
  await time('import all packs into the embedded store', async () => {
    const outcome = await importFiles(embedded.catalogue, files);
    if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  });
  await embedded.close();

  const startCold = performance.now();
  const cold = await openStores({});
  const opened = performance.now();
  await importFiles(cold.catalogue, files);
  const done = performance.now();
  await cold.close();
  process.stdout.write(
    `${'first start: open embedded store + import'.padEnd(48)} open ${(opened - startCold).toFixed(0)} ms + import ${(done - opened).toFixed(0)} ms\n`,
  );

  if (process.env.BENCH_DATABASE_URL) {
    const server = await openStores({ databaseUrl: process.env.BENCH_DATABASE_URL });
    await time('import all packs into PostgreSQL', async () => {
      const outcome = await importFiles(server.catalogue, files);
      if (!outcome.ok) throw new Error(outcome.errors.join('; '));
    });
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});
