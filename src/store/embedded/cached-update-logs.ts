import type { ActionUpdateLog, RecordedValueLog } from '../ports';
import type { ActionUpdate, RecordedValue } from '../../domain/updates';
import { Remembered } from './remembered';

const MAX_KEYS = 50_000;

/**
 * Officers' updates as members' answers read them (the latest per action), kept in memory on the
 * embedded store so an answer reads no table for them. As with turn state (cached-state-store.ts),
 * only the embedded store may do this: its one process makes every write, through here. An append
 * keeps the update it stored as the action's latest; history and feeds read the table.
 */
export function cachedActionUpdateLog(log: ActionUpdateLog): ActionUpdateLog {
  const latest = new Remembered<ActionUpdate>(MAX_KEYS);
  return {
    async latest(actionIds) {
      const missing = latest.missing(actionIds);
      let fresh = new Map<string, ActionUpdate>();
      if (missing.length > 0) {
        const mark = latest.mark();
        const read = await log.latest(missing);
        fresh = read;
        for (const id of missing) latest.settle(id, read.get(id) ?? null, mark);
      }
      const asked = new Set(missing);
      const found = new Map<string, ActionUpdate>();
      for (const id of actionIds) {
        // NOTE: what this read found for the ids it read (an append meanwhile may have kept newer).
        const update = asked.has(id) ? fresh.get(id) : latest.get(id);
        if (update) found.set(id, structuredClone(update));
      }
      return found;
    },
    history: (actionId) => log.history(actionId),
    listSince: (since, planId) => log.listSince(since, planId),
    async append(update, expectedVersion) {
      latest.forget(update.actionId);
      const mark = latest.mark();
      let result: Awaited<ReturnType<ActionUpdateLog['append']>>;
      try {
        result = await log.append(update, expectedVersion);
      } catch (error) {
        latest.forget(update.actionId);
        throw error;
      }
      // NOTE: what was appended (or, on a conflict, the newer update found) is the action's latest,
      // unless another append began since: kept, so the turn's answer and the next card read no table.
      if (result.kind === 'duplicate') latest.forget(update.actionId);
      else latest.settle(update.actionId, structuredClone(result.kind === 'ok' ? result.update : result.latest), mark);
      return result;
    },
  };
}

/** Indicator values recorded in Teams, kept in memory per indicator on the embedded store (as above). */
export function cachedRecordedValueLog(log: RecordedValueLog): RecordedValueLog {
  const values = new Remembered<RecordedValue[]>(MAX_KEYS);
  return {
    async listFor(indicatorIds) {
      const missing = values.missing(indicatorIds);
      let read: RecordedValue[] = [];
      if (missing.length > 0) {
        const mark = values.mark();
        read = await log.listFor(missing);
        const byIndicator = new Map<string, RecordedValue[]>(missing.map((id) => [id, []]));
        for (const v of read) byIndicator.get(v.indicatorId)?.push(v);
        for (const [id, list] of byIndicator) values.settle(id, list, mark);
      }
      const wanted = new Set(indicatorIds);
      const fresh = new Set(missing);
      // NOTE: the database's order (oldest first) across indicators, as listFor promises.
      const all = [...read, ...[...wanted].filter((id) => !fresh.has(id)).flatMap((id) => values.get(id) ?? [])];
      return structuredClone(all.sort(byRecordedOrder));
    },
    record: (value) => values.around(value.indicatorId, () => log.record(value)),
  };
}

/** The table's order: by time recorded, then id. */
function byRecordedOrder(a: RecordedValue, b: RecordedValue): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
