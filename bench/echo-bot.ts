/**
 * The bare-echo baseline of the benchmarks: the bot's own stack and nothing of the bot. restify, the
 * project's Teams adapter (src/teams/adapter.ts, local mode), and a teams-ai `Application` with
 * botbuilder's memory storage and one route that sends the message's text back, replying to the
 * activity's service URL as the bot does. No lock, gate, store, cards or routes of the bot's: what a
 * turn costs on this stack at all, so each of the bot's turn kinds can be put against it in one run.
 *
 * Run as a process of its own (`node --import tsx bench/echo-bot.ts`): it listens on PORT (0: any) and
 * tells its parent the port over IPC when forked, or prints it on stdout otherwise; GET /healthz answers
 * once it listens. (bench/ may use the Teams libraries directly: it is the baseline, not the bot.)
 */
import { MemoryStorage } from 'botbuilder';
import { Application } from '@microsoft/teams-ai';
import restify from 'restify';
import { readJsonBody } from '../src/app/read-json-body';
import { listen } from '../src/app/server';
import { createAdapter } from '../src/teams/adapter';
import { answerProfileRequests } from './profile-ipc';

export async function startEchoBot(port: number, host = '127.0.0.1'): Promise<{ port: number; close(): Promise<void> }> {
  const adapter = createAdapter({ BOT_ID: undefined, BOT_PASSWORD: undefined, BOT_TENANT_ID: undefined });
  // NOTE: the same Application options as the bot's (src/teams/app.ts), typing timer included.
  const app = new Application({ adapter, storage: new MemoryStorage(), startTypingTimer: true, removeRecipientMention: true });
  app.activity('message', async (context) => {
    await context.sendActivity(context.activity.text ?? '');
  });
  const server = restify.createServer({ name: 'bench-echo', handleUncaughtExceptions: false });
  server.post('/api/messages', async (req, res) => {
    const body = await readJsonBody(req, 262_144);
    if (!body.ok) {
      res.send(body.status, { error: body.error });
      return;
    }
    try {
      const invoke = await adapter.run('', body.value as Parameters<typeof adapter.run>[1], (context) => app.run(context).then(() => undefined));
      res.status(invoke?.status ?? 200);
      if (invoke?.body !== undefined) res.send(invoke.body);
      res.end();
    } catch {
      res.send(500, { error: 'internal error' });
    }
  });
  server.get('/healthz', async (_req, res) => {
    res.json(200, { status: 'ok' });
  });
  const bound = await listen(server, port, host);
  return { port: bound, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

if (require.main === module) {
  startEchoBot(Number(process.env.PORT ?? 0)).then(
    (bot) => {
      if (process.send) process.send({ port: bot.port });
      else process.stdout.write(`${bot.port}\n`);
      const stop = () => void bot.close().then(() => process.exit(0));
      process.on('message', (message) => {
        if (message === 'stop') stop();
        // NOTE: processor time for bench/turn-cpu.ts (TURN_CPU_BOT=bare).
        if (message === 'cpu') process.send?.({ cpu: { ...process.cpuUsage(), main: process.threadCpuUsage() } });
      });
      process.on('disconnect', stop);
      answerProfileRequests();
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      process.stderr.write(`echo bot failed to start: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
