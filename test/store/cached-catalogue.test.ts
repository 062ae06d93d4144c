import { describe, expect, it } from 'vitest';
import { cachedCatalogue } from '../../src/store/embedded/cached-catalogue';
import { cachedPlanSettings } from '../../src/store/embedded/cached-plan-settings';
import { openStores } from '../../src/store/open-stores';
import { importFiles } from '../../src/services/import-files';
import { readSeedFiles } from '../../src/import/seed-files';

/** Real stores (in-memory embedded), counting the reads that reach the database. */
async function counted() {
  const stores = await openStores({});
  const reads = { plan: 0, action: 0, settings: 0 };
  const catalogue = cachedCatalogue({
    ...stores.catalogue,
    getPlan: (id) => ((reads.plan += 1), stores.catalogue.getPlan(id)),
    getAction: (id) => ((reads.action += 1), stores.catalogue.getAction(id)),
  });
  const cached = cachedPlanSettings({ ...stores.planSettings, get: (id) => ((reads.settings += 1), stores.planSettings.get(id)) }, stores.planSchedules);
  return { stores, reads, catalogue, ...cached };
}

describe('plans, actions and plan settings kept in memory on the embedded store', () => {
  it('reads a plan and an action by id once, hands out copies, and reads again after an import', async () => {
    const { stores, reads, catalogue } = await counted();
    try {
      const files = readSeedFiles();
      expect((await importFiles(catalogue, files)).ok).toBe(true);
      const [action] = await stores.catalogue.listActions();
      expect(await catalogue.getAction(action!.id)).toEqual(action);
      const copy = (await catalogue.getAction(action!.id))!;
      copy.ref = 'changed by a caller';
      expect((await catalogue.getAction(action!.id))?.ref).toBe(action!.ref);
      expect(await catalogue.getAction('no-such-action')).toBeUndefined();
      expect(await catalogue.getAction('no-such-action')).toBeUndefined();
      expect(await catalogue.getPlan(action!.planId)).toEqual(await stores.catalogue.getPlan(action!.planId));
      await catalogue.getPlan(action!.planId);
      expect(reads).toMatchObject({ action: 2, plan: 1 });
      expect((await importFiles(catalogue, files)).ok).toBe(true);
      await catalogue.getAction(action!.id);
      await catalogue.getPlan(action!.planId);
      expect(reads).toMatchObject({ action: 3, plan: 2 });
    } finally {
      await stores.close();
    }
  });

  it('reads a plan\'s settings once, and again after its settings or its schedule are written', async () => {
    const { stores, reads, planSettings, planSchedules } = await counted();
    const by = { name: 'Sam Officer' };
    try {
      expect(await planSettings.get('p1')).toBeUndefined();
      expect(await planSettings.get('p1')).toBeUndefined();
      expect(reads.settings).toBe(1);
      await planSchedules.setCadence('p1', { kind: 'monthly', day: 1, remindWorkingDays: 2, since: '2026-11-01' }, by);
      expect(await planSettings.get('p1')).toEqual(await stores.planSettings.get('p1'));
      expect(reads.settings).toBe(2);
      await planSettings.update('p1', { tolerancePercent: 5 }, by);
      const settings = (await planSettings.get('p1'))!;
      expect(settings.tolerancePercent).toBe(5);
      settings.administrators.push('changed by a caller');
      expect((await planSettings.get('p1'))?.administrators).toEqual([]);
      expect(reads.settings).toBe(3);
    } finally {
      await stores.close();
    }
  });
});
