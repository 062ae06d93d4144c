import type { CatalogueStore } from '../ports';

const MAX_KEYS = 20_000;

/**
 * Plans and actions by id (what a card's verb names: an officer's update reads both) kept in memory
 * on the embedded store, so such a turn reads no table for them: two statements saved per update.
 *
 * @remarks
 * As with turn state (cached-state-store.ts), only the embedded store may do this: its one process
 * makes every import, through here. An import forgets everything kept, before and after it is
 * stored, and a read that began before an import ended keeps nothing. What is kept is copied in and
 * out, so no caller can change it.
 */
export function cachedCatalogue(store: CatalogueStore, maxKeys = MAX_KEYS): CatalogueStore {
  const kept = new Map<string, unknown>();
  /** Imports begun, and under way: a read keeps its answer only if neither moved meanwhile. */
  let imports = 0;
  let importing = 0;

  const cached = <T>(kind: string, read: (id: string) => Promise<T | undefined>) => async (id: string): Promise<T | undefined> => {
    const key = `${kind}:${id}`;
    if (kept.has(key)) return structuredClone(kept.get(key) as T | undefined);
    const before = imports;
    const found = await read(id);
    if (before === imports && importing === 0) {
      if (kept.size >= maxKeys) kept.delete(kept.keys().next().value!);
      kept.set(key, structuredClone(found));
    }
    return found;
  };

  return {
    ...store,
    getPlan: cached('plan', (id) => store.getPlan(id)),
    getAction: cached('action', (id) => store.getAction(id)),
    async replaceSources(sourceIds, dataset, records) {
      imports += 1;
      importing += 1;
      kept.clear();
      try {
        await store.replaceSources(sourceIds, dataset, records);
      } finally {
        importing -= 1;
        kept.clear();
      }
    },
  };
}
