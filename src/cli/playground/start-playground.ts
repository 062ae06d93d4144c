import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** Port for the Playground (it picks another when this one is taken). */
  port: number;
  /** Where it writes devTools/m365agentsplayground.log. */
  cwd: string;
  /** How long to wait for it to listen. */
  timeoutMs?: number;
}

export interface RunningPlayground {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The Playground's command-line entry, from the devDependency; undefined when it is not installed. */
export function playgroundCli(): string | undefined {
  try {
    const cli = join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
    return existsSync(cli) ? cli : undefined;
  } catch {
    return undefined;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the Microsoft 365 Agents Playground offline: Teams channel, no telemetry, no browser. It
 * sends the bot unauthenticated activities (so the bot must run without BOT_ID) and mocks the Teams
 * connector the bot replies to. Resolves once it listens; rejects with its output if it cannot start.
 */
export function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const cli = playgroundCli();
  if (!cli) return Promise.reject(new Error('@microsoft/m365agentsplayground is not installed (npm install includes it as a devDependency)'));
  const args = [cli, '-e', options.botEndpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(options.port)];
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stopChild(child).then(() => reject(new Error(`${why}${output.trim() ? `:\n${output.trim().slice(-2000)}` : ''}`)));
    };
    const timer = setTimeout(() => fail(`the Playground did not start listening within ${options.timeoutMs ?? 20_000} ms`), options.timeoutMs ?? 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /Listening on (\d+)/.exec(output);
      if (!listening) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stdout!.resume(); // keep draining so it never blocks on a full pipe
      const port = Number(listening[1]);
      resolve({ url: `http://localhost:${port}`, port, stop: () => stopChild(child) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', (error) => fail(`the Playground could not be run (${error.message})`));
    child.once('exit', (code, signal) => fail(`the Playground exited (${signal ?? `code ${code}`})`));
  });
}
