import { dedupeDataset } from '../../src/domain/merge-records';
import { parseFiles } from '../../src/import/parse-files';
import { readSeedFiles } from '../../src/import/seed-files';
import { buildCatalogueIndex, type CatalogueIndex } from '../../src/nlu/catalogue-index';

let built: Promise<CatalogueIndex> | undefined;

/** The question index over the five bundled packs, parsed once per test file (no database needed). */
export function seedIndex(): Promise<CatalogueIndex> {
  built ??= (async () => {
    const parsed = await parseFiles(readSeedFiles());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const d = dedupeDataset(parsed.dataset);
    return buildCatalogueIndex({ ...d, directory: [] });
  })();
  return built;
}

/** The council's date the tests ask on (after every dated action in the seed packs). */
export const today = new Date('2026-11-20T12:00:00');
