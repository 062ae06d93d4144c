import { type Config, isLocalMode } from '../config';
import { createCardRenderer } from '../cards/render';
import type { Directory } from '../domain/directory';
import type { Logger } from '../logger';
import type { SnapshotStore, Stores } from '../store/ports';
import type { AskSnapshotOptions } from '../services/ask/ask-catalogue';
import { codeKey } from './seed-snapshot';
import { createAdapter } from '../teams/adapter';
import { createBot } from '../teams/app';
import { CommandCatalogue } from '../teams/commands';
import { messageEndpoint } from '../teams/message-endpoint';
import { BOT_FRAMEWORK_OPENID_METADATA, botSigningKeys } from '../teams/signing-keys';
import { startProactiveLoops } from './proactive-loops';
import type { MessageHandler } from './server';

export interface WiredTeams {
  /** POST /api/messages. */
  onMessage: MessageHandler;
  /** Builds the question index (the first question would otherwise). */
  warmUp(): Promise<void>;
  /** Stops the scheduler and the outbox sender (the current round finishes). */
  stopLoops(): Promise<void>;
}

/** The question index kept between runs, keyed by the code too; a failure to keep it is only logged. */
function askSnapshots(store: SnapshotStore, logger: Logger): AskSnapshotOptions {
  return {
    store,
    codeKey: codeKey(),
    onError: (error, doing) => logger.warn({ err: { message: error instanceof Error ? error.message : String(error) }, doing }, 'question index snapshot'),
  };
}

/**
 * The Teams side of the bot over open stores: cards, adapter, the teams-ai app and its routes, the
 * message endpoint and the proactive loops. Loaded by start-up once the store is opening (its modules
 * are most of a start-up's loading), so that the server can listen first.
 */
export function wireTeams(config: Config, stores: Stores, directory: Directory, logger: Logger, openIdMetadataUrl?: string): WiredTeams {
  const adapter = createAdapter(config, openIdMetadataUrl);
  const deps = {
    stores,
    cards: createCardRenderer(),
    logger,
    commands: new CommandCatalogue(),
    directory,
    clock: () => new Date(),
    timeZone: config.TIME_ZONE,
    // NOTE: local mode trusts the machine (as the Playground and tests need); with credentials, file
    // links from Teams must be https to OneDrive or SharePoint.
    files: { allowLoopback: isLocalMode(config) },
    ...(stores.snapshots ? { askSnapshots: askSnapshots(stores.snapshots, logger) } : {}),
  };
  const bot = createBot(deps, { adapter, botAppId: config.BOT_ID, allowedTenants: config.ALLOWED_TENANTS, maxConcurrentTurns: config.MAX_CONCURRENT_TURNS });
  const keys = botSigningKeys(openIdMetadataUrl ?? BOT_FRAMEWORK_OPENID_METADATA);
  const proactive = startProactiveLoops(deps, {
    adapter,
    botAppId: config.BOT_ID,
    outboxIntervalMs: config.OUTBOX_INTERVAL_MS,
    outboxMaxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    schedulerIntervalMs: config.SCHEDULER_INTERVAL_MS,
    questionRetentionDays: config.QUESTION_RETENTION_DAYS,
  });
  return {
    onMessage: messageEndpoint(adapter, bot, { botId: config.BOT_ID, keys, logger }),
    warmUp: () => bot.warmUp(),
    stopLoops: () => proactive.stop(),
  };
}
