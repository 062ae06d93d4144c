import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** Starts the bare-echo bot (bench/echo-bot.ts) as a process of its own; its port and a stop. */
export async function startEchoProcess(): Promise<{ port: number; stop(): Promise<void> }> {
  // NOTE: the node flags the bot runs with (package.json's start script), so neither heap is favoured.
  const flags = ['--max-semi-space-size=4', `--max-old-space-size=${process.env.MAX_HEAP_MB || 256}`, '--liftoff-only'];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', join(__dirname, '..', 'echo-bot.ts')], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return {
    port: Number(line.toString().trim()),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
