import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface SpawnedBot {
  port: number;
  process: ChildProcess;
  /** Peak resident memory of the bot process so far, in MiB (Linux VmHWM). */
  peakRssMiB(): number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The node flags `npm start` runs the compiled bot with (package.json's start script). */
function startFlags(root: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  // NOTE: expands ${NAME:-default} as the shell running the script does.
  const expand = (part: string) => part.replace(/\$\{(\w+):-([^}]*)\}/g, (_all, name: string, fallback: string) => process.env[name] || fallback);
  return (scripts.start ?? '').split(/\s+/).filter((part) => part.startsWith('--')).map(expand);
}

/** Starts the real bot as its own process, and waits for /healthz. */
export async function spawnBot(env: Record<string, string>, root = join(__dirname, '..', '..'), options: { compiled?: boolean; readyWithinMs?: number } = {}): Promise<SpawnedBot> {
  const port = await freePort();
  // BOT_NODE_ARGS: extra node flags for the bot only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a load run.
  const extra = (process.env.BOT_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // compiled: what `npm start` runs (dist, built by `npm run build`); otherwise the sources through tsx.
  const entry = options.compiled ? [...startFlags(root), 'dist/index.js'] : ['--import', 'tsx', 'src/index.ts'];
  const child = spawn(process.execPath, [...extra, ...entry], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const deadline = Date.now() + (options.readyWithinMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bot exited (${child.exitCode}): ${stderr.slice(-500)}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`bot did not become healthy: ${stderr.slice(-500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    process: child,
    peakRssMiB() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        return kb / 1024;
      } catch {
        return NaN;
      }
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill(signal);
      await exited;
    },
  };
}
