import { ConfigError, loadConfig, loadEnvFile } from './config';
import { createLogger } from './logger';
import { startBot } from './app/start-bot';

/** `npm start`: read the settings, start the bot, stop cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    loadEnvFile();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}. See env.sample.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  try {
    const running = await startBot(config, logger);
    const stop = async (signal: string) => {
      logger.info({ signal }, 'stopping');
      await running.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.fatal({ err: { message } }, 'could not start');
    process.stderr.write(`Could not start: ${message}\n`);
    process.exit(1);
  }
}

void main();
