import { type Config, isLocalMode } from '../config';
import { createCardRenderer } from '../cards/render';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Directory } from '../domain/directory';
import { parsePeopleFile } from '../import/people-file';
import { readSeedFiles } from '../import/seed-files';
import type { Logger } from '../logger';
import { isLoopbackHost, LOCAL_MODE_EXPOSED } from '../local-mode';
import { createServer, listen } from './server';
import { seedInChildProcess } from './seed-process';
import { keepSeedSnapshot, restoreSeedSnapshot, seedSnapshotKey } from './seed-snapshot';
import { isEmptyStore, seedCatalogue } from '../services/seed-catalogue';
import { openStores } from '../store/open-stores';
import type { Stores } from '../store/ports';
import { createAdapter } from '../teams/adapter';
import { createBot } from '../teams/app';
import { CommandCatalogue } from '../teams/commands';
import { messageEndpoint } from '../teams/message-endpoint';
import { startProactiveLoops } from './proactive-loops';
import { BOT_FRAMEWORK_OPENID_METADATA, botSigningKeys } from '../teams/signing-keys';

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
 * Wires the bot together (the composition root): stores, cards, Teams app, HTTP server.
 * src/index.ts calls it with the environment; tests call it with their own settings.
 */
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
 * child process, keeping a snapshot of the result for the next new folder.
 */
async function seedNewFolder(dataDir: string, config: Pick<Config, 'SEED_CACHE_DIR' | 'LOG_LEVEL'>, logger: Logger): Promise<void> {
  const cacheDir = config.SEED_CACHE_DIR === 'off' ? undefined : config.SEED_CACHE_DIR;
  const key = cacheDir ? seedSnapshotKey(readSeedFiles()) : '';
  if (cacheDir && restoreSeedSnapshot(cacheDir, key, dataDir)) {
    logger.info({ snapshot: key }, 'seeded the new data folder from the kept snapshot');
    return;
  }
  const { seeded } = await seedInChildProcess(dataDir, config.LOG_LEVEL, logger);
  if (!seeded || !cacheDir) return;
  try {
    keepSeedSnapshot(cacheDir, key, dataDir);
  } catch (error) {
    // NOTE: not fatal: the next new folder is seeded again.
    logger.warn({ err: { message: error instanceof Error ? error.message : String(error) }, cacheDir }, 'could not keep a snapshot of the seeded data folder');
  }
}

export async function startBot(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningBot> {
  const directory = loadDirectory(config.PEOPLE_FILE, config.BOT_TENANT_ID);
  const embeddedDir = config.DATABASE_URL ? undefined : config.DATA_DIR;
  const storeOptions = { databaseUrl: config.DATABASE_URL, dataDir: embeddedDir };
  // NOTE: the embedded store seeds in a child process (see seed-process.ts), before the bot opens a new
  // folder: opening PGlite here first would keep its start-up memory. A folder that holds a database
  // is opened first, and seeded (folder closed here) only if it turns out empty.
  const newFolder = embeddedDir !== undefined && !existsSync(join(embeddedDir, 'PG_VERSION'));
  if (config.SEED_ON_START && embeddedDir && newFolder) await seedNewFolder(embeddedDir, config, logger);
  let stores = await openStores(storeOptions);
  if (config.SEED_ON_START && !embeddedDir) await seedCatalogue(stores, () => readSeedFiles(), logger);
  if (config.SEED_ON_START && embeddedDir && !newFolder && (await isEmptyStore(stores))) {
    await stores.close();
    await seedInChildProcess(embeddedDir, config.LOG_LEVEL, logger);
    stores = await openStores(storeOptions);
  }
  const cards = createCardRenderer();
  const adapter = createAdapter(config, options.openIdMetadataUrl);
  const deps = {
    stores,
    cards,
    logger,
    commands: new CommandCatalogue(),
    directory,
    clock: () => new Date(),
    timeZone: config.TIME_ZONE,
    // NOTE: local mode trusts the machine (as the Playground and tests need); with credentials, file
    // links from Teams must be https to OneDrive or SharePoint.
    files: { allowLoopback: isLocalMode(config) },
  };
  const bot = createBot(deps, { adapter, botAppId: config.BOT_ID, allowedTenants: config.ALLOWED_TENANTS, maxConcurrentTurns: config.MAX_CONCURRENT_TURNS });
  const keys = botSigningKeys(options.openIdMetadataUrl ?? BOT_FRAMEWORK_OPENID_METADATA);
  const server = createServer({
    health: stores.health,
    logger,
    onMessage: messageEndpoint(adapter, bot, { botId: config.BOT_ID, keys, logger }),
    maxBodyBytes: config.MAX_BODY_BYTES,
    healthCounts: isLocalMode(config),
  });
  const port = await listen(server, config.PORT, config.HOST);
  // NOTE: the question index is built once listening, not before: every other turn is answered at
  // once, and a question asked meanwhile waits for the one build under way (the ask cache shares it).
  const warmFrom = performance.now();
  const warm = bot.warmUp().then(() => logger.info({ ms: Math.round(performance.now() - warmFrom) }, 'question index ready'), (error: unknown) => {
    // NOTE: not fatal: the first question tries again, and says so if the store is still away.
    logger.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'could not build the question index at start-up');
  });
  if (isLocalMode(config) && !isLoopbackHost(config.HOST)) logger.warn({ host: config.HOST, port }, LOCAL_MODE_EXPOSED);
  // The command-line tools reach the store through the bot while it owns the embedded folder.
  // NOTE: loaded once listening (it brings the command-line tools' services: packs, reports).
  const control = embeddedDir
    ? await (await import('../control/control-server.js')).startControlServer({ stores, logger, timeZone: config.TIME_ZONE, dataDir: embeddedDir })
    : undefined;
  const proactive = startProactiveLoops(deps, {
    adapter,
    botAppId: config.BOT_ID,
    outboxIntervalMs: config.OUTBOX_INTERVAL_MS,
    outboxMaxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    schedulerIntervalMs: config.SCHEDULER_INTERVAL_MS,
    questionRetentionDays: config.QUESTION_RETENTION_DAYS,
  });
  logger.info(
    { port, host: config.HOST, store: stores.kind, auth: config.BOT_ID ? 'single-tenant' : 'local (unauthenticated)' },
    'bot listening on /api/messages',
  );
  return {
    port,
    stores,
    stop: async () => {
      await warm;
      await proactive.stop();
      await control?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stores.close();
    },
  };
}
