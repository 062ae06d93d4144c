import { createHash, type Hash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { InputFile } from '../import/parse-files';
import { languageDataDir } from '../language/lexicon';

/** The embedded store's lock file (store/embedded/folder-lock.ts): never part of a snapshot. */
const LOCK_FILE = '.council-bot.lock';

/** Every file of the app's own code under `dir` (the importer, the migrations, the domain), in name order. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return codeFiles(path);
      return /\.(ts|js|json)$/.test(entry.name) ? [path] : [];
    });
}

function hashCode(hash: Hash, codeDir: string): void {
  for (const path of codeFiles(codeDir)) hash.update(`${relative(codeDir, path)}\0`).update(readFileSync(path));
}

/**
 * A hash of the app's own code (src, or dist when compiled) and its language data: what a built
 * question index kept between runs depends on besides the data.
 */
export function codeKey(codeDir: string = join(__dirname, '..')): string {
  const hash = createHash('sha256');
  hashCode(hash, codeDir);
  hashCode(hash, languageDataDir);
  return hash.digest('hex').slice(0, 24);
}

/** The version of PGlite installed, whose build decides the data folder's format. */
function pgliteVersion(): string {
  let dir = dirname(require.resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
}

/**
 * What a seeded data folder depends on: the packs (names and bytes), the app's own code (src, or
 * dist when compiled: the importer, the migrations and everything they use) and PGlite's version.
 * A folder seeded under one key is what seeding would write again under the same key.
 */
export function seedSnapshotKey(files: InputFile[], codeDir: string = join(__dirname, '..')): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.fileName}\0`).update(file.bytes);
  hashCode(hash, codeDir);
  hash.update(`pglite ${pgliteVersion()}`);
  return hash.digest('hex').slice(0, 24);
}

/**
 * Fills a new data folder from the kept snapshot for `key`, if there is one; returns whether it did.
 * (The snapshot is a cleanly closed data folder, so the copy opens as the seeded folder would.)
 */
export function restoreSeedSnapshot(cacheDir: string, key: string, dataDir: string): boolean {
  const snapshot = join(cacheDir, key);
  if (!existsSync(join(snapshot, 'PG_VERSION'))) return false;
  cpSync(snapshot, dataDir, { recursive: true });
  return true;
}

/**
 * Keeps a copy of a freshly seeded, closed data folder under `key` (written aside, then renamed, so a
 * half-written copy is never taken for one), and drops snapshots of other keys.
 */
export function keepSeedSnapshot(cacheDir: string, key: string, dataDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  const target = join(cacheDir, key);
  const partial = join(cacheDir, `${key}.partial-${process.pid}`);
  try {
    cpSync(dataDir, partial, { recursive: true, filter: (source) => basename(source) !== LOCK_FILE });
    // NOTE: another process seeding at the same time may have kept the same snapshot first.
    if (!existsSync(target)) renameSync(partial, target);
  } catch (error) {
    if (!existsSync(join(target, 'PG_VERSION'))) throw error;
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  for (const name of readdirSync(cacheDir)) {
    if (name !== key && !name.includes('.partial-')) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}
