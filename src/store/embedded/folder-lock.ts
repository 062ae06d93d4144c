import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreUnavailableError } from '../../errors';
import { isProcessAlive } from '../../process-alive';

/**
 * Claims the data folder for this process (a lock file holding our pid). Two processes writing one
 * PGlite folder lose each other's writes, so a second one (another bot, or `npm run import` while the
 * bot runs) is refused with what to do instead. A lock left by a process that died is taken over.
 * Returns the release.
 */
export function lockFolder(dataDir: string): () => void {
  const path = join(dataDir, '.council-bot.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (holder && holder !== process.pid && isProcessAlive(holder)) {
        throw new StoreUnavailableError(
          `The embedded database in ${dataDir} is in use by process ${holder}. Stop that process first, or run several instances on PostgreSQL (DATABASE_URL).`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new StoreUnavailableError(`Could not lock the embedded database in ${dataDir}.`);
}
