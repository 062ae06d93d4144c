import type { ActionUpdateLog, CatalogueStore, PlanSettingsStore, RecordedValueLog } from '../store/ports';

/** The stores officers' updates use (a subset of `Stores`, so tests can pass only these). */
export interface UpdateStores {
  catalogue: CatalogueStore;
  actionUpdates: ActionUpdateLog;
  recordedValues: RecordedValueLog;
  planSettings: PlanSettingsStore;
}
