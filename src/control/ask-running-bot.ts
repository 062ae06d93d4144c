import { readControlFile } from './control-file';
import { isProcessAlive } from '../process-alive';

export type RunningAnswer = { via: 'bot'; body: Record<string, unknown> } | { via: 'none' };

/**
 * For the command-line tools on the embedded store: when a bot owns `dataDir` (its control file names a
 * live process), sends it the command over its loopback control channel and returns its answer; else
 * `none`, and the tool opens the store itself. Throws with what to do when the bot does not answer.
 */
export async function askRunningBot(dataDir: string | undefined, path: string, body: unknown): Promise<RunningAnswer> {
  if (!dataDir) return { via: 'none' };
  const control = readControlFile(dataDir);
  if (!control || control.pid === process.pid || !isProcessAlive(control.pid)) return { via: 'none' };
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${control.port}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${control.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(300_000),
    });
  } catch (error) {
    throw new Error(`the bot (process ${control.pid}) owns ${dataDir} but did not answer on its control channel (${(error as Error).message}); try again, or stop the bot and run this again`);
  }
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new Error(`the running bot refused the request (HTTP ${response.status}: ${String(answer.error ?? '')})`);
  return { via: 'bot', body: answer };
}
