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
  /** Opening the store waits for it (a test holds start-up there to see what it answers meanwhile). */
  storeOpening?: Promise<void>;
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
async function seedNewFolder(dataDir: string, config: Pick<Config, 'SEED_CACHE_DIR' | 'LOG_LEVEL'>, logger: Logger, directory: Directory, whileSeeding: () => Promise<unknown>): Promise<void> {
  const cacheDir = config.SEED_CACHE_DIR === 'off' ? undefined : config.SEED_CACHE_DIR;
  const key = cacheDir ? seedSnapshotKey(readSeedFiles()) : '';
  if (cacheDir && restoreSeedSnapshot(cacheDir, key, dataDir)) {
    logger.info({ snapshot: key }, 'seeded the new data folder from the kept snapshot');
    return;
  }
  const { seedInChildProcess } = await import('./seed-process.js');
  const [{ seeded }] = await Promise.all([seedInChildProcess(dataDir, config.LOG_LEVEL, logger, directory.people), whileSeeding()]);
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
 * closed here) only if it turns out empty. PostgreSQL seeds here. `doing` is told each step.
 */
async function openSeededStores(config: Config, logger: Logger, directory: Directory, doing: (step: string) => void, whileSeeding: () => Promise<unknown>): Promise<Stores> {
  const embeddedDir = config.DATABASE_URL ? undefined : config.DATA_DIR;
  const storeOptions = { databaseUrl: config.DATABASE_URL, dataDir: embeddedDir };
  const newFolder = embeddedDir !== undefined && !existsSync(join(embeddedDir, 'PG_VERSION'));
  if (config.SEED_ON_START && embeddedDir && newFolder) {
    doing(SEEDING);
    await seedNewFolder(embeddedDir, config, logger, directory, whileSeeding);
    doing(OPENING);
  }
  let stores = await openStores(storeOptions);
  if (!config.SEED_ON_START) return stores;
  if (!embeddedDir) {
    doing(SEEDING);
    await (await import('../services/seed-catalogue.js')).seedCatalogue(stores, () => readSeedFiles(), logger);
  }
  if (embeddedDir && !newFolder && (await isEmptyStore(stores))) {
    doing(SEEDING);
    await stores.close();
    const { seedInChildProcess } = await import('./seed-process.js');
    await seedInChildProcess(embeddedDir, config.LOG_LEVEL, logger, directory.people);
    stores = await openStores(storeOptions);
  }
  return stores;
}

const OPENING = 'opening the store';
const SEEDING = 'seeding the bundled packs';

/**
 * How long a message waiting for start-up waits before its request is answered 202 and its turn
 * left to run once ready: within the ~15 s Teams' connector waits, with room for the network.
 */
const ACKNOWLEDGE_AFTER_MS = 10_000;

/** Milliseconds since the process started, for the start-up log. */
const sinceStart = () => Math.round(performance.now());

/**
 * Wires the bot together (the composition root): stores, HTTP server, cards, Teams app.
 * src/index.ts calls it with the environment; tests call it with their own settings.
 *
 * @remarks
 * The server listens first, while the store opens (or a new folder is seeded) and the Teams side
 * loads: /healthz answers 503 "starting" until both are ready, and a message that arrives meanwhile
 * waits for them (pending-handler.ts), so nothing is refused, lost or answered from a store not yet
 * seeded. A question then waits for the question index, built once ready.
 */
export async function startBot(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningBot> {
  const steps: Record<string, number> = { called: sinceStart() };
  const directory = loadDirectory(config.PEOPLE_FILE, config.BOT_TENANT_ID);
  let doing: string | undefined = OPENING;
  // NOTE: the Teams side's packages (most of start-up's loading) load in steps (preload.ts) while a
  // child process seeds a new folder; else after the store is open, as opening it needs this thread
  // for its round trips with the database thread (loading botbuilder meanwhile delayed it).
  const opening = (options.storeOpening ?? Promise.resolve()).then(() =>
    openSeededStores(config, logger, directory, (step) => (doing = step), () => preloadTeamsPackages()),
  );
  // NOTE: handled below, once listening; a failure meanwhile must not be an unheard rejection.
  opening.catch(() => undefined);
  // NOTE: restify (the server) loads once the database thread or seeding has started.
  const { createServer, listen } = await import('./server.js');
  const pending = pendingHandler({ acknowledgeAfterMs: ACKNOWLEDGE_AFTER_MS, logger });
  let health: Stores['health'] | undefined;
  const server = createServer({
    health: { ping: () => health!.ping(), counts: () => health!.counts() },
    starting: () => doing,
    logger,
    onMessage: pending.handler,
    maxBodyBytes: config.MAX_BODY_BYTES,
    healthCounts: isLocalMode(config),
  });
  let stores: Stores | undefined;
  let teams: WiredTeams;
  let port: number;
  try {
    port = await listen(server, config.PORT, config.HOST);
    steps.listening = sinceStart();
    logger.info(
      { port, host: config.HOST, store: config.DATABASE_URL ? 'postgres' : 'embedded', auth: config.BOT_ID ? 'single-tenant' : 'local (unauthenticated)' },
      'bot listening on /api/messages',
    );
    stores = await opening;
    steps.store = sinceStart();
    doing = 'loading the Teams side';
    await preloadTeamsPackages();
    const { wireTeams } = await import('./wire-teams.js');
    steps.teamsLoaded = sinceStart();
    teams = wireTeams(config, stores, directory, logger, options.openIdMetadataUrl);
    health = stores.health;
    pending.ready(teams.onMessage);
    doing = undefined;
    steps.teamsReady = sinceStart();
    logger.info({ msSinceProcessStart: steps.teamsReady }, 'bot ready');
  } catch (error) {
    pending.failed(error);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await (stores ?? (await opening.catch(() => undefined)))?.close();
    throw error;
  }
  const open = stores;
  // NOTE: the question index is built once ready, not before: every other turn is answered at
  // once, and a question asked meanwhile waits for the one build under way (the ask cache shares it).
  const warm = teams.warmUp().then(() => logger.info({ ms: sinceStart() - steps.teamsReady!, sinceStart: sinceStart() }, 'question index ready'), (error: unknown) => {
    // NOTE: not fatal: the first question tries again, and says so if the store is still away.
    logger.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'could not build the question index at start-up');
  });
  if (isLocalMode(config) && !isLoopbackHost(config.HOST)) logger.warn({ host: config.HOST, port }, LOCAL_MODE_EXPOSED);
  // The command-line tools reach the store through the bot while it owns the embedded folder.
  // NOTE: loaded once ready (it brings the command-line tools' services: packs, reports).
  const embeddedDir = config.DATABASE_URL ? undefined : config.DATA_DIR;
  const control = embeddedDir
    ? await (await import('../control/control-server.js')).startControlServer({ stores: open, logger, timeZone: config.TIME_ZONE, dataDir: embeddedDir })
    : undefined;
  logger.info({ msSinceProcessStart: steps }, 'start-up steps');
  return {
    port,
    stores: open,
    stop: async () => {
      await warm;
      await teams.stopLoops();
      await control?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await open.close();
    },
  };
}
