/**
 * Understanding plus answering in process, no HTTP (the language issue's target: p50 <= 2 ms and
 * p99 <= 10 ms at the seed data, and less than twice that at 50 times it), as a member's message
 * (answerMessage: split, spell, understand, answer), each message asked once so none is answered from
 * a remembered understanding. Two runs over a freshly loaded catalogue (its build timed apart):
 * - first questions: the questions of both eval sets, straight after the catalogue is built (the
 *   papers' passages are read as questions first touch them);
 * - steady state: the same questions' robustness variants, once the catalogue has served those first
 *   questions, as after a morning's use.
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

/** The questions of both sets, and (apart) their robustness variants, each text once. */
async function questionTexts(stores: Stores): Promise<{ firsts: string[]; later: string[] }> {
  const lexicon = await lexiconFromStore(stores.catalogue);
  const questions = [...devQuestions, ...blindQuestions];
  const firsts = [...new Set(questions.map((q) => q.text))];
  const later = [...new Set(questions.flatMap((q) => variantsOf(q, lexicon).map((v) => v.text)))].filter((t) => !firsts.includes(t));
  return { firsts, later };
}

async function timeAll(stores: Stores, label: string, firsts: string[], later: string[]): Promise<UnderstandRun[]> {
  const version = await stores.catalogue.version();
  // A warm-up catalogue: module loading and JIT are not a question's cost.
  const warm = await loadAskCatalogue(stores.catalogue, [], version);
  for (const text of firsts.slice(0, 50)) await answerMessage(warm, stores, { text, now, timeZone: 'Europe/London' });
  const start = performance.now();
  const catalogue: AskCatalogue = await loadAskCatalogue(stores.catalogue, [], `${version}-bench`);
  const buildMs = performance.now() - start;
  const run = async (name: string, texts: string[]): Promise<UnderstandRun> => {
    const samples: number[] = [];
    for (const text of texts) {
      const t = performance.now();
      await answerMessage(catalogue, stores, { text, now, timeZone: 'Europe/London' });
      samples.push(performance.now() - t);
    }
    return { label: `${label}, ${name}`, buildMs, questions: texts.length, p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples) };
  };
  return [await run('first questions', firsts), await run('steady state', later)];
}

/** Runs at the seed data and at `factor` times it, and prints one line each and the targets. */
export async function runUnderstandBench(factor: number, write: (line: string) => void): Promise<UnderstandRun[]> {
  const runs: UnderstandRun[] = [];
  const seed = await openStores({});
  try {
    const imported = await importFiles(seed.catalogue, readSeedFiles());
    if (!imported.ok) throw new Error(imported.errors.join('; '));
    const { firsts, later } = await questionTexts(seed);
    runs.push(...(await timeAll(seed, 'seed data', firsts, later)));
    const big = await openStores({});
    try {
      await writeSyntheticCatalogue(big.catalogue, factor);
      runs.push(...(await timeAll(big, `${factor}x`, firsts, later)));
    } finally {
      await big.close();
    }
  } finally {
    await seed.close();
  }
  write('Understanding + answering in process (no HTTP), each message once:');
  for (const r of runs) {
    write(
      `  ${r.label.padEnd(30)} ${String(r.questions).padStart(5)} messages   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   max ${r.max.toFixed(1).padStart(7)} ms   (catalogue built in ${r.buildMs.toFixed(0)} ms)`,
    );
  }
  const [, small, , large] = runs as [UnderstandRun, UnderstandRun, UnderstandRun, UnderstandRun];
  write(`  target, steady state at the seed data: p50 <= 2 ms and p99 <= 10 ms: ${small.p50 <= 2 && small.p99 <= 10 ? 'met' : 'not met'}`);
  const within = large.p50 < 2 * small.p50 && large.p99 < 2 * small.p99;
  write(`  target, steady state at ${factor}x: under twice the seed figures: ${within ? 'met' : 'not met'} (p50 x${(large.p50 / small.p50).toFixed(2)}, p99 x${(large.p99 / small.p99).toFixed(2)})`);
  return runs;
}
