import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { InputFile } from './parse-files';

/** The agenda packs the bot ships with: its default dataset. */
export const seedPacksDir = resolve(__dirname, '..', '..', 'seeds', 'packs');

/** Reads every pack (.txt, .md) in a folder, in name order. */
export function readSeedFiles(dir: string = seedPacksDir): InputFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort()
    .map((name) => ({ fileName: name, bytes: readFileSync(join(dir, name)) }));
}
