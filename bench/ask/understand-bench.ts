/**
 * Understanding plus answering in process, no HTTP (the language issue's target: p50 <= 2 ms and
 * p99 <= 10 ms at the seed data, and less than twice that at 50 times it). Every question of the
 * development and blind sets and their robustness variants is asked once, as a member's message
 * (answerMessage: split, spell, understand, answer), over a catalogue freshly loaded so no question
 * is answered from a remembered understanding. The catalogue's own build is timed apart.
 */
import { performance } from 'node:perf_hooks';
import { type AskCatalogue, loadAskCatalogue } from '../../src/services/ask/ask-catalogue';
import { answerMessage } from '../../src/services/ask/answer-compound';
import { openStores } from '../../src/store/open-stores';
import type { Stores } from '../../src/store/ports';
import { importFiles } from '../../src/services/import-files';
import { readSeedFiles } from '../../src/import/seed-files';
import { blindQuestions } from '../../test/eval/blind/questions';
import { devQuestions } from '../../test/eval/questions';
import { variantsOf } from '../../test/eval/robustness';
import { lexiconFromStore } from '../../test/eval/lexicon';
import { percentile } from '../percentile';
import { writeSyntheticCatalogue } from '../synthetic-catalogue';

export interface UnderstandRun {
  label: string;
  buildMs: number;
  questions: number;
  p50: number;
  p99: number;
  max: number;
}

const now = new Date('2020-01-02T10:00:00Z');

/** Every question text once: both sets and every robustness variant. */
async function questionTexts(stores: Stores): Promise<string[]> {
  const lexicon = await lexiconFromStore(stores.catalogue);
  const texts = [...devQuestions, ...blindQuestions].flatMap((q) => [q.text, ...variantsOf(q, lexicon).map((v) => v.text)]);
  return [...new Set(texts)];
}

async function timeAll(stores: Stores, label: string, texts: string[]): Promise<UnderstandRun> {
  const version = await stores.catalogue.version();
  // A warm-up catalogue: module loading and JIT are not a question's cost.
  const warm = await loadAskCatalogue(stores.catalogue, [], version);
  for (const text of texts.slice(0, 50)) await answerMessage(warm, stores, { text, now, timeZone: 'Europe/London' });
  const start = performance.now();
  const catalogue: AskCatalogue = await loadAskCatalogue(stores.catalogue, [], `${version}-bench`);
  const buildMs = performance.now() - start;
  const samples: number[] = [];
  for (const text of texts) {
    const t = performance.now();
    await answerMessage(catalogue, stores, { text, now, timeZone: 'Europe/London' });
    samples.push(performance.now() - t);
  }
  return { label, buildMs, questions: texts.length, p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples) };
}

/** Runs at the seed data and at `factor` times it, and prints one line each and the targets. */
export async function runUnderstandBench(factor: number, write: (line: string) => void): Promise<UnderstandRun[]> {
  const runs: UnderstandRun[] = [];
  const seed = await openStores({});
  try {
    const imported = await importFiles(seed.catalogue, readSeedFiles());
    if (!imported.ok) throw new Error(imported.errors.join('; '));
    const texts = await questionTexts(seed);
    runs.push(await timeAll(seed, 'seed data', texts));
    const big = await openStores({});
    try {
      await writeSyntheticCatalogue(big.catalogue, factor);
      runs.push(await timeAll(big, `${factor}x the seed data`, texts));
    } finally {
      await big.close();
    }
  } finally {
    await seed.close();
  }
  write('Understanding + answering in process (no HTTP), each message once over a fresh catalogue:');
  for (const r of runs) {
    write(
      `  ${r.label.padEnd(24)} ${String(r.questions).padStart(5)} messages   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms   max ${r.max.toFixed(1).padStart(6)} ms   (catalogue built in ${r.buildMs.toFixed(0)} ms)`,
    );
  }
  const [small, large] = runs as [UnderstandRun, UnderstandRun];
  write(`  target at the seed data: p50 <= 2 ms and p99 <= 10 ms: ${small.p50 <= 2 && small.p99 <= 10 ? 'met' : 'not met'}`);
  write(`  target at ${factor}x: under twice the seed figures: ${large.p50 < 2 * small.p50 && large.p99 < 2 * small.p99 ? 'met' : 'not met'} (p50 x${(large.p50 / small.p50).toFixed(2)}, p99 x${(large.p99 / small.p99).toFixed(2)})`);
  return runs;
}
