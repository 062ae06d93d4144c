import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotStore } from '../ports';

/** Keys are hashes: nothing that could name another path. */
const safeKey = (key: string) => {
  if (!/^[0-9a-f]{8,64}$/.test(key)) throw new Error(`not a snapshot key: ${key}`);
  return key;
};

/**
 * Snapshots as files in a folder of the data folder (`ask-index/<key>.v8`): written aside, then
 * renamed, so a half-written file is never read; writing one drops the others.
 */
export function snapshotFiles(dir: string): SnapshotStore {
  return {
    async read(key) {
      try {
        return await readFile(join(dir, `${safeKey(key)}.v8`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async write(key, bytes) {
      const name = `${safeKey(key)}.v8`;
      await mkdir(dir, { recursive: true });
      const partial = join(dir, `${name}.partial-${process.pid}`);
      await writeFile(partial, bytes);
      await rename(partial, join(dir, name));
      for (const other of await readdir(dir)) if (other !== name && !other.includes('.partial-')) await rm(join(dir, other), { force: true });
    },
  };
}
