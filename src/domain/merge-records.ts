import { type Dataset, emptyDataset } from './model';

type Rec = Record<string, unknown>;

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Two readings of the same record (e.g. a meeting on its own front sheet and mentioned in another
 * pack): fields the later one leaves empty keep the earlier value; flags from both are kept.
 */
export function mergeRecord<T extends object>(earlier: T, later: T): T {
  const out: Rec = { ...(earlier as Rec) };
  for (const [key, value] of Object.entries(later as Rec)) {
    if (key === 'flags' && Array.isArray(value)) out.flags = [...((out.flags as unknown[]) ?? []), ...value];
    else if (!isEmpty(value)) out[key] = value;
  }
  return out as T;
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(item.id);
    byId.set(item.id, seen ? mergeRecord(seen, item) : item);
  }
  return [...byId.values()];
}

/** One record per id (merged), one glossary entry per term and expansion. */
export function dedupeDataset(dataset: Dataset): Dataset {
  const glossary = new Map(dataset.glossary.map((g) => [`${g.term}\u0000${g.expansion}`, g]));
  return {
    ...emptyDataset(),
    documents: dedupe(dataset.documents),
    plans: dedupe(dataset.plans),
    actions: dedupe(dataset.actions),
    indicators: dedupe(dataset.indicators),
    recommendations: dedupe(dataset.recommendations),
    meetings: dedupe(dataset.meetings),
    people: dedupe(dataset.people),
    glossary: [...glossary.values()],
    flags: dataset.flags,
  };
}
