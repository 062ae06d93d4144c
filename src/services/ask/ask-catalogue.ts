import type { DirectoryPerson } from '../../domain/directory';
import { buildSpeller, type Speller } from '../../language/spelling';
import { buildCatalogueIndex, type CatalogueIndex } from '../../nlu/catalogue-index';
import { choiceTable } from '../../nlu/choice-table';
import type { CatalogueStore } from '../../store/ports';
import { buildPassageIndex, type LoadedDocument, type PassageIndex } from './passage-index';

/** A document with its pages, for citations ("pages 23-98, item 6") and passages. */
export type { LoadedDocument } from './passage-index';

/** Everything a question is answered from that changes only with an import, built once and shared by turns. */
export interface AskCatalogue {
  version: string;
  index: CatalogueIndex;
  passages: PassageIndex;
  documents: Map<string, LoadedDocument>;
  /** Puts a question's misspelt words right against the words the store and the language data hold. */
  speller: Speller;
}

/** Reads the whole catalogue and builds the question index and the passage index over it. */
export async function loadAskCatalogue(catalogue: CatalogueStore, directory: DirectoryPerson[], version: string): Promise<AskCatalogue> {
  const [plans, actions, indicators, meetings, recommendations, people, glossary, summaries] = await Promise.all([
    catalogue.listPlans(),
    catalogue.listActions(),
    catalogue.listIndicators(),
    catalogue.listMeetings(),
    catalogue.listRecommendations(),
    catalogue.listPeople(),
    catalogue.listGlossary(),
    catalogue.listDocuments(),
  ]);
  const documents = new Map<string, LoadedDocument>();
  for (const summary of summaries) documents.set(summary.id, { ...summary, pages: await catalogue.getDocumentPages(summary.id) });
  const index = buildCatalogueIndex({ plans, actions, indicators, meetings, recommendations, people, glossary, directory, documents: [...documents.values()] });
  // Built now rather than on the first question after an import.
  choiceTable(index);
  const passages = buildPassageIndex([...documents.values()], meetings, glossary, index.areas);
  const speller = buildSpeller([...index.entries.map((e) => e.label), ...passages.passages.map((p) => `${p.heading} ${p.text}`)]);
  return { version, index, passages, documents, speller };
}

/** How long a checked catalogue version is trusted before it is asked for again. */
export const VERSION_CHECK_MS = 1000;

/**
 * Keeps one {@link AskCatalogue} per catalogue version, built once and shared by every turn, and
 * rebuilt only after an import (once, however many turns arrive together). The version itself (one
 * small query) is checked at most once a second, so an import shows in answers within a second.
 */
export function createAskCache(
  catalogue: CatalogueStore,
  directory: DirectoryPerson[],
  options: { checkEveryMs?: number; now?: () => number } = {},
): { get(): Promise<AskCatalogue> } {
  const checkEvery = options.checkEveryMs ?? VERSION_CHECK_MS;
  const now = options.now ?? (() => performance.now());
  let current: Promise<AskCatalogue> | undefined;
  let currentVersion: string | undefined;
  let checkedAt = -Infinity;
  return {
    async get() {
      if (current && now() - checkedAt < checkEvery) return current;
      checkedAt = now();
      const version = await catalogue.version();
      if (!current || currentVersion !== version) {
        currentVersion = version;
        current = loadAskCatalogue(catalogue, directory, version);
        // A failed build must not be cached: the next turn tries again.
        current.catch(() => {
          if (currentVersion === version) {
            current = undefined;
            checkedAt = -Infinity;
          }
        });
      }
      return current;
    },
  };
}
