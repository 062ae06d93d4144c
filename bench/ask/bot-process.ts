/**
 * The bot under benchmark, in a process of its own (so the load generator does not share its event
 * loop): the real startBot with the settings in its environment. Tells the parent its port, stops
 * on "stop", and never outlives the parent.
 */
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startBot } from '../../src/app/start-bot';
import { answerProfileRequests } from '../profile-ipc';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const bot = await startBot(config, createLogger(config.LOG_LEVEL));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await bot.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'stop') void stop();
    // NOTE: the whole process's processor time (the embedded database's thread included), for
    // bench/turn-cpu.ts's per-turn figures; and what the stores sent the database meanwhile.
    if (message === 'cpu') process.send?.({ cpu: { ...process.cpuUsage(), main: process.threadCpuUsage(), sql: bot.stores.counts() } });
  });
  process.on('disconnect', () => void stop());
  answerProfileRequests();
  process.send?.({ port: bot.port });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench bot failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
