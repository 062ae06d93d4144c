import { extname, join } from 'node:path';
import { fork } from 'node:child_process';
import { parseFiles } from '../import/parse-files';
import { readSeedFiles } from '../import/seed-files';
import { createLogger, type Logger } from '../logger';
import { seedCatalogue } from '../services/seed-catalogue';
import { openStores } from '../store/open-stores';
import type { Stores } from '../store/ports';
import type { DirectoryPerson } from '../domain/directory';
import { codeKey } from './seed-snapshot';

interface SeedJob {
  seedWorker: true;
  dataDir: string;
  logLevel: string;
}

/** Sent to the child once it has started: the directory the bot answers with (PEOPLE_FILE), of any size. */
interface SeedPeople {
  directory: DirectoryPerson[];
}

/**
 * First start on the embedded store: imports the bundled packs in a child process that opens the data
 * folder, seeds it if empty, and closes it, before the bot opens it. The embedded database's
 * WebAssembly memory grows for a large import and is never given back while the process lives (nor,
 * in practice, when a worker thread ends); a child process takes it with it, so the bot does not carry
 * several hundred MB it used once. (PostgreSQL seeds in the bot.)
 *
 * Once it has imported, the child also builds the question index over the new data and keeps it in
 * the folder (ask-index/), as the bot keeps one it built: the bot then reads it back, as on a restart,
 * rather than read the whole catalogue through the database thread and build it, which left about
 * 30 MB more resident after a first start (the database thread's memory and heap grown by the read,
 * the bot's heap grown by the build, text memos and the English word list filled by it).
 *
 * @returns whether it imported.
 */
export async function seedInChildProcess(dataDir: string, logLevel: string, logger: Logger, directory: DirectoryPerson[] = []): Promise<{ seeded: boolean }> {
  const job: SeedJob = { seedWorker: true, dataDir, logLevel };
  // NOTE: this same file, compiled (.js, npm start) or the source run by tsx (.ts: tests, dev).
  const source = extname(__filename) === '.ts';
  const loader = source && !process.execArgv.some((arg) => arg.includes('tsx')) ? ['--import', 'tsx'] : [];
  const child = fork(join(__dirname, `seed-process${extname(__filename)}`), [], {
    execArgv: [...process.execArgv, ...loader],
    env: { ...process.env, COUNCIL_BOT_SEED_JOB: JSON.stringify(job) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.send({ directory } satisfies SeedPeople);
  return new Promise((resolve, reject) => {
    let result: { seeded: boolean } | undefined;
    child.once('message', (message: { seeded: boolean }) => (result = message));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(`seeding the bundled packs stopped (exit ${code})`));
    });
  }).then(
    (outcome) => outcome as { seeded: boolean },
    (error: unknown) => {
      logger.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'could not seed the bundled packs');
      throw error;
    },
  );
}

/**
 * Builds the question index over the seeded store and keeps it, under the key the bot reads it by
 * (same catalogue version, directory and code). Not fatal: the bot builds it if it is not kept.
 */
async function keepQuestionIndex(stores: Stores, directory: DirectoryPerson[], logger: Logger): Promise<void> {
  if (!stores.snapshots) return;
  const { createAskCache } = await import('../services/ask/ask-catalogue.js');
  const onError = (error: unknown, doing: string) => logger.warn({ err: { message: error instanceof Error ? error.message : String(error) }, doing }, 'question index snapshot');
  const cache = createAskCache(stores.catalogue, directory, { questions: stores.questions, snapshots: { store: stores.snapshots, codeKey: codeKey(), onError } });
  try {
    await cache.get();
    await cache.kept();
  } catch (error) {
    onError(error, 'build');
  }
}

async function runJob(job: SeedJob): Promise<void> {
  // NOTE: the packs are read on this thread while the database thread creates the new database
  // (PGlite's initdb, the longest step of a first start): the two overlap on two cores.
  const opening = openStores({ dataDir: job.dataDir });
  const files = readSeedFiles();
  const parsed = new Promise<void>((resolve) => setImmediate(resolve)).then(() => parseFiles(files));
  parsed.catch(() => undefined);
  const people = new Promise<SeedPeople>((resolve) => process.once('message', (message: SeedPeople) => resolve(message)));
  const stores = await opening;
  try {
    const logger = createLogger(job.logLevel);
    const outcome = await seedCatalogue(stores, () => files, logger, parsed);
    if (outcome.seeded) await keepQuestionIndex(stores, (await people).directory, logger);
    await new Promise<void>((resolve) => process.send!(outcome, () => resolve()));
  } finally {
    await stores.close();
  }
}

const job = process.send && process.env.COUNCIL_BOT_SEED_JOB ? (JSON.parse(process.env.COUNCIL_BOT_SEED_JOB) as Partial<SeedJob>) : undefined;
if (job?.seedWorker) {
  runJob(job as SeedJob).then(
    () => process.disconnect?.(),
    (error: unknown) => {
      process.stderr.write(`seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
