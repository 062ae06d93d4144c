import { type Dataset, emptyDataset } from './model';

type Rec = Record<string, unknown>;

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Flags that mark a record as a partial reading (a passing mention), weaker than a full one. */
const partialReadings = new Set(['meeting-from-mention', 'plan-from-rows']);

const isPartial = (record: Rec) =>
  Array.isArray(record.flags) && (record.flags as { code?: string }[]).some((f) => f.code && partialReadings.has(f.code));

/** Lists whose entries from both readings are kept (a person's roles seen in several packs). */
const unionFields = new Set(['roles', 'aliases']);

function union(a: unknown[], b: unknown[]): unknown[] {
  const seen = new Set(a.map((x) => JSON.stringify(x)));
  return [...a, ...b.filter((x) => !seen.has(JSON.stringify(x)))];
}

/**
 * Two readings of the same record (e.g. a meeting on its own front sheet and mentioned in another
 * pack): the fuller reading wins each field it has, a partial one (a mention) only fills gaps;
 * flags, roles and aliases from both are kept.
 */
export function mergeRecord<T extends object>(earlier: T, later: T): T {
  const [base, over] = isPartial(later as Rec) && !isPartial(earlier as Rec) ? [later, earlier] : [earlier, later];
  const out: Rec = { ...(base as Rec) };
  for (const [key, value] of Object.entries(over as Rec)) {
    if ((key === 'flags' || unionFields.has(key)) && Array.isArray(value)) out[key] = union((out[key] as unknown[]) ?? [], value);
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
