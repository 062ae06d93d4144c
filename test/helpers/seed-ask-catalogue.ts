import { afterAll, beforeAll } from 'vitest';
import type { DirectoryPerson } from '../../src/domain/directory';
import { readSeedFiles } from '../../src/import/seed-files';
import { type AskCatalogue, loadAskCatalogue } from '../../src/services/ask/ask-catalogue';
import { answerQuestion } from '../../src/services/ask/answer-question';
import type { Answer } from '../../src/services/ask/answer-types';
import { importFiles } from '../../src/services/import-files';
import { openStores } from '../../src/store/open-stores';
import type { Stores } from '../../src/store/ports';

/** An in-memory store holding the five seed packs (the import failing fails the test). */
export async function openSeedStores(): Promise<Awaited<ReturnType<typeof openStores>>> {
  const stores = await openStores({});
  const imported = await importFiles(stores.catalogue, readSeedFiles());
  if (!imported.ok) throw new Error(imported.errors.join('\n'));
  return stores;
}

/** An in-memory store holding the five seed packs, and the question catalogue built over it. */
export async function openSeedAskCatalogue(directory: DirectoryPerson[] = []): Promise<{ stores: Stores; catalogue: AskCatalogue }> {
  const stores = await openSeedStores();
  return { stores, catalogue: await loadAskCatalogue(stores.catalogue, directory, await stores.catalogue.version()) };
}

/** The seed catalogue, opened before a test file's tests and closed after them. */
export function useSeedAskCatalogue(directory: DirectoryPerson[] = []): { stores: Stores; catalogue: AskCatalogue } {
  let opened: { stores: Stores; catalogue: AskCatalogue } | undefined;
  beforeAll(async () => {
    opened = await openSeedAskCatalogue(directory);
  });
  afterAll(async () => {
    await opened?.stores.close();
  });
  const get = () => {
    if (!opened) throw new Error('the seed catalogue is opened in beforeAll: use it inside a test');
    return opened;
  };
  return {
    get stores() {
      return get().stores;
    },
    get catalogue() {
      return get().catalogue;
    },
  };
}

/** The day the seed-pack answer tests ask on, unless a test says otherwise. */
export const seedAskDay = new Date('2020-01-02T10:00:00Z');

/** Asks the seed catalogue a question through the real answering path, on `now`, in Europe/London. */
export function seedAsker(seed: { stores: Stores; catalogue: AskCatalogue }, now: Date = seedAskDay): (text: string) => Promise<Answer> {
  return (text) => answerQuestion(seed.catalogue, seed.stores, { text, now, timeZone: 'Europe/London' });
}
