import { type Config, isLocalMode } from '../config';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Directory } from '../domain/directory';
import { parsePeopleFile } from '../import/people-file';
import { readSeedFiles } from '../import/seed-files';
import type { Logger } from '../logger';
import { isLoopbackHost, LOCAL_MODE_EXPOSED } from '../local-mode';
import { pendingHandler } from './pending-handler';
import { keepSeedSnapshot, restoreSeedSnapshot, seedSnapshotKey } from './seed-snapshot';
import { isEmptyStore } from '../services/empty-store';
import { openStores } from '../store/open-stores';
import type { Stores } from '../store/ports';
import { preloadTeamsPackages } from '../teams/preload';
import type { WiredTeams } from './wire-teams';

/** What tests may set that the environment may not. */
export interface StartOptions {
  /** Where Bot Framework's token signing keys are published (a test serves its own on loopback). */
  openIdMetadataUrl?: string;
}

export interface RunningBot {
  port: number;
  stores: Stores;
  stop(): Promise<void>;
}

/**
 * Reads PEOPLE_FILE; a missing or bad file stops start-up with what to fix. Its people are the
 * council's own: bound to the bot's tenant (BOT_TENANT_ID; none in local mode).
 */
export function loadDirectory(path: string | undefined, tenantId?: string): Directory {
  const bound = tenantId ? { tenantId } : {};
  if (!path) return { people: [], ...bound };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`PEOPLE_FILE ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const result = parsePeopleFile(text);
  if (!result.ok) throw new Error(`PEOPLE_FILE ${path} has errors: ${result.errors.join('; ')}`);
  return { people: result.people, ...bound };
}

/**
 * Seeds a new embedded data folder: from the snapshot kept the last time the same packs were seeded
 * by the same code (a copy of files, instead of creating the database and importing), or else in a
 * child process, keeping a snapshot of the result for the next new folder. `whileSeeding` runs
 * meanwhile (this thread is otherwise idle then).
 */
async function seedNewFolder(dataDir: string, config: Pick<Config, 'SEED_CACHE_DIR' | 'LOG_LEVEL'>, logger: Logger, whileSeeding: () => Promise<unknown>): Promise<void> {
  const cacheDir = config.SEED_CACHE_DIR === 'off' ? undefined : config.SEED_CACHE_DIR;
  const key = cacheDir ? seedSnapshotKey(readSeedFiles()) : '';
  if (cacheDir && restoreSeedSnapshot(cacheDir, key, dataDir)) {
    logger.info({ snapshot: key }, 'seeded the new data folder from the kept snapshot');
    return;
  }
  const { seedInChildProcess } = await import('./seed-process.js');
  const [{ seeded }] = await Promise.all([seedInChildProcess(dataDir, config.LOG_LEVEL, logger), whileSeeding()]);
  if (!seeded || !cacheDir) return;
  try {
    keepSeedSnapshot(cacheDir, key, dataDir);
  } catch (error) {
    // NOTE: not fatal: the next new folder is seeded again.
    logger.warn({ err: { message: error instanceof Error ? error.message : String(error) }, cacheDir }, 'could not keep a snapshot of the seeded data folder');
  }
}

/**
 * The store the settings name, open, migrated and (SEED_ON_START) seeded. A new embedded folder is
 * seeded (in a child process, see seed-process.ts) before the bot opens it: opening PGlite here first
 * would keep its start-up memory. A folder that holds a database is opened first, and seeded (folder
 * closed here) only if it turns out empty. PostgreSQL seeds here.
 */
async function openSeededStores(config: Config, logger: Logger, whileSeeding: () => Promise<unknown>): Promise<Stores> {
  const embeddedDir = config.DATABASE_URL ? undefined : config.DATA_DIR;
  const storeOptions = { databaseUrl: config.DATABASE_URL, dataDir: embeddedDir };
  const newFolder = embeddedDir !== undefined && !existsSync(join(embeddedDir, 'PG_VERSION'));
  if (config.SEED_ON_START && embeddedDir && newFolder) await seedNewFolder(embeddedDir, config, logger, whileSeeding);
  let stores = await openStores(storeOptions);
  if (!config.SEED_ON_START) return stores;
  if (!embeddedDir) await (await import('../services/seed-catalogue.js')).seedCatalogue(stores, () => readSeedFiles(), logger);
  if (embeddedDir && !newFolder && (await isEmptyStore(stores))) {
    await stores.close();
    const { seedInChildProcess } = await import('./seed-process.js');
    await seedInChildProcess(embeddedDir, config.LOG_LEVEL, logger);
    stores = await openStores(storeOptions);
  }
  return stores;
}

/** Milliseconds since the process started, for the start-up log. */
const sinceStart = () => Math.round(performance.now());

/**
 * Wires the bot together (the composition root): stores, HTTP server, cards, Teams app.
 * src/index.ts calls it with the environment; tests call it with their own settings.
 *
 * @remarks
 * The server listens as soon as the store is open; the Teams side (most of start-up's loading) is
 * loaded meanwhile and after. A message that arrives before it is ready waits for it (and a question
 * for the question index, built once listening), so nothing is refused or lost while starting.
 */
export async function startBot(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningBot> {
  const steps: Record<string, number> = { called: sinceStart() };
  const directory = loadDirectory(config.PEOPLE_FILE, config.BOT_TENANT_ID);
  // NOTE: the Teams side's packages (most of start-up's loading) load in steps (preload.ts) while a
  // child process seeds a new folder; else after listening, as opening the store needs this thread
  // for its round trips with the database thread (loading botbuilder meanwhile delayed listening).
  const opening = openSeededStores(config, logger, () => preloadTeamsPackages());
  // NOTE: restify (the server) loads once the database thread or seeding has started.
  const early = import('./server.js');
  const stores = await Promise.all([opening, early]).then(([open]) => open, async (error: unknown) => {
    await opening.then((open) => open.close(), () => undefined);
    throw error;
  });
  steps.store = sinceStart();
  const { createServer, listen } = await import('./server.js');
  const pending = pendingHandler();
  const server = createServer({ health: stores.health, logger, onMessage: pending.handler, maxBodyBytes: config.MAX_BODY_BYTES, healthCounts: isLocalMode(config) });
  let teams: WiredTeams;
  let port: number;
  try {
    port = await listen(server, config.PORT, config.HOST);
    steps.listening = sinceStart();
    logger.info(
      { port, host: config.HOST, store: stores.kind, auth: config.BOT_ID ? 'single-tenant' : 'local (unauthenticated)' },
      'bot listening on /api/messages',
    );
    await preloadTeamsPackages();
    const { wireTeams } = await import('./wire-teams.js');
    steps.teamsLoaded = sinceStart();
    teams = wireTeams(config, stores, directory, logger, options.openIdMetadataUrl);
    steps.teamsReady = sinceStart();
    pending.ready(teams.onMessage);
  } catch (error) {
    pending.failed(error);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stores.close();
    throw error;
  }
  // NOTE: the question index is built once listening, not before: every other turn is answered at
  // once, and a question asked meanwhile waits for the one build under way (the ask cache shares it).
  const warm = teams.warmUp().then(() => logger.info({ ms: sinceStart() - steps.teamsReady!, sinceStart: sinceStart() }, 'question index ready'), (error: unknown) => {
    // NOTE: not fatal: the first question tries again, and says so if the store is still away.
    logger.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'could not build the question index at start-up');
  });
  if (isLocalMode(config) && !isLoopbackHost(config.HOST)) logger.warn({ host: config.HOST, port }, LOCAL_MODE_EXPOSED);
  // The command-line tools reach the store through the bot while it owns the embedded folder.
  // NOTE: loaded once listening (it brings the command-line tools' services: packs, reports).
  const embeddedDir = config.DATABASE_URL ? undefined : config.DATA_DIR;
  const control = embeddedDir
    ? await (await import('../control/control-server.js')).startControlServer({ stores, logger, timeZone: config.TIME_ZONE, dataDir: embeddedDir })
    : undefined;
  logger.info({ msSinceProcessStart: steps }, 'start-up steps');
  return {
    port,
    stores,
    stop: async () => {
      await warm;
      await teams.stopLoops();
      await control?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stores.close();
    },
  };
}
