import type { Stores } from '../store/ports';

/**
 * Whether the store holds nothing yet: the one test of "first start" (seeding, and start-up's choice
 * to seed). A file of its own, so start-up asks it without loading the importer.
 */
export async function isEmptyStore(stores: Pick<Stores, 'health'>): Promise<boolean> {
  return Object.values(await stores.health.counts()).every((n) => n === 0);
}
