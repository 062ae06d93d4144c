import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackText } from '../../../src/import/packs/pack-text';
import type { PackText } from '../../../src/import/packs/types';

const dir = join(__dirname, '..', '..', '..', 'seeds', 'packs');
const cache = new Map<string, PackText>();

/** The seed pack whose file name starts with `prefix` ("000" ... "004"), as the parsers see it. */
export function seedPack(prefix: string): PackText {
  const known = cache.get(prefix);
  if (known) return known;
  const file = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed pack ${prefix}`);
  const pack = buildPackText(file, readFileSync(join(dir, file), 'utf8'));
  cache.set(prefix, pack);
  return pack;
}

/** The raw text of a seed pack. */
export function seedText(prefix: string): string {
  const file = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`)) ?? '';
  return readFileSync(join(dir, file), 'utf8');
}

export const PACKS = ['000', '001', '002', '003', '004'] as const;
