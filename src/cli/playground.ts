import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../logger';
import { startBot } from '../app/start-bot';
import { startPlayground } from './playground/start-playground';

/**
 * `npm run playground`: the bot in local mode (no BOT_ID, embedded store, bundled packs imported when
 * the store is empty) plus the Microsoft 365 Agents Playground as a Teams-like client, offline.
 * `npm run playground -- --port N` picks the Playground's port (default 56150); the bot's settings are
 * read as for npm start.
 */
async function main(argv: string[]): Promise<void> {
  const portArg = argv.indexOf('--port');
  const playgroundPort = portArg >= 0 ? Number(argv[portArg + 1]) : 56150;
  if (!Number.isInteger(playgroundPort) || playgroundPort < 0 || playgroundPort > 65535) {
    process.stderr.write('Usage: npm run playground [-- --port <Playground port, default 56150>]\n');
    process.exit(2);
  }
  let config;
  try {
    // NOTE: the Playground sends no Bot Framework token, so credentials are cleared, not just defaulted.
    config = loadConfig({ ...process.env, HOST: '127.0.0.1', SEED_ON_START: 'true', DATABASE_URL: '', BOT_ID: '', BOT_PASSWORD: '', BOT_TENANT_ID: '' });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}. See env.sample.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const bot = await startBot(config, logger);
  const endpoint = `http://127.0.0.1:${bot.port}/api/messages`;
  let playground;
  try {
    playground = await startPlayground({ botEndpoint: endpoint, port: playgroundPort, cwd: resolve(__dirname, '..', '..'), timeoutMs: 60_000 });
  } catch (error) {
    process.stderr.write(`Could not start the Agents Playground: ${(error as Error).message}\n`);
    await bot.stop();
    process.exit(1);
  }
  process.stdout.write(
    `\nThe bot answers on ${endpoint} (local mode, ${bot.stores.kind} store).\n` +
      `Open the Agents Playground at ${playground.url} and type "help". Ctrl+C stops both.\n\n`,
  );
  const stop = async () => {
    await playground.stop();
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

void main(process.argv.slice(2));
