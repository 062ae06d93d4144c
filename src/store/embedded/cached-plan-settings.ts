import type { PlanScheduleStore, PlanSettingsStore } from '../ports';
import type { PlanSettings } from '../../domain/plan-settings';
import { Remembered } from './remembered';

const MAX_KEYS = 5_000;

/**
 * Each plan's settings kept in memory on the embedded store, so an officer's update (which checks
 * who may change the plan's actions) reads no table for them: one statement saved per update.
 *
 * @remarks
 * As with turn state (cached-state-store.ts), only the embedded store may do this: its one process
 * makes every write, through here. The schedule's writes (cadence, feed channel) share the table and
 * may create a plan's row, so they forget the plan too. A write forgets the plan before and after,
 * then keeps what the database gave back; settings are copied in and out.
 */
export function cachedPlanSettings(
  settings: PlanSettingsStore,
  schedules: PlanScheduleStore,
  maxKeys = MAX_KEYS,
): { planSettings: PlanSettingsStore; planSchedules: PlanScheduleStore } {
  const kept = new Remembered<PlanSettings>(maxKeys);
  const written = <T>(planId: string, write: () => Promise<T>): Promise<T> => kept.around(planId, write);
  return {
    planSettings: {
      async get(planId) {
        const known = kept.get(planId);
        if (known !== undefined) return known ? structuredClone(known) : undefined;
        const mark = kept.mark();
        const read = await settings.get(planId);
        kept.settle(planId, read ? structuredClone(read) : null, mark);
        return read;
      },
      list: () => settings.list(),
      update: (planId, patch, by) => written(planId, () => settings.update(planId, patch, by)),
    },
    planSchedules: {
      ...schedules,
      setCadence: (planId, cadence, by) => written(planId, () => schedules.setCadence(planId, cadence, by)),
      setFeed: (planId, feed, by) => written(planId, () => schedules.setFeed(planId, feed, by)),
    },
  };
}
