import type { Logger } from '../logger';
import type { InputFile, ParseOutcome } from '../import/parse-files';
import type { Stores } from '../store/ports';
import { isEmptyStore } from './empty-store';
import { importFiles } from './import-files';

export { isEmptyStore } from './empty-store';

/**
 * On first start, with an empty store, imports the bundled agenda packs so the bot has something to
 * answer from. A store that holds anything is left alone.
 *
 * `parsed`: the same files, already being read (see seed-process.ts).
 *
 * @returns whether it imported, and the totals.
 */
export async function seedCatalogue(
  stores: Pick<Stores, 'catalogue' | 'health'>,
  loadSeedFiles: () => InputFile[],
  logger: Logger,
  parsed?: Promise<ParseOutcome>,
): Promise<{ seeded: boolean }> {
  if (!(await isEmptyStore(stores))) return { seeded: false };
  const files = loadSeedFiles();
  if (files.length === 0) return { seeded: false };
  const outcome = await importFiles(stores.catalogue, files, parsed);
  if (!outcome.ok) {
    // NOTE: the bot still starts (an empty store says so to users); the log says what to fix.
    logger.error({ errors: outcome.errors }, 'the bundled seed data could not be imported');
    return { seeded: false };
  }
  logger.info({ files: files.length, totals: outcome.report.totals }, 'imported the bundled agenda packs');
  return { seeded: true };
}
