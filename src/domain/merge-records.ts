import { slugify } from './ids';
import { type DocumentDates, flagDoubtfulMatches, mergeIndicators } from './merge-indicators';
import { type Dataset, emptyDataset, type Indicator } from './model';

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
  const laterIsPartial = isPartial(later as Rec);
  const earlierIsPartial = isPartial(earlier as Rec);
  const [base, over] = laterIsPartial && !earlierIsPartial ? [later, earlier] : [earlier, later];
  const out: Rec = { ...(base as Rec) };
  const differences: string[] = [];
  for (const [key, value] of Object.entries(over as Rec)) {
    if ((key === 'flags' || unionFields.has(key)) && Array.isArray(value)) out[key] = union((out[key] as unknown[]) ?? [], value);
    else if (!isEmpty(value)) {
      const before = out[key];
      // Two full readings that disagree on a plain value: keep the later, and say so (never silently).
      if (!laterIsPartial && !earlierIsPartial && typeof value !== 'object' && !isEmpty(before) && typeof before !== 'object' && before !== value) {
        differences.push(`${key}: "${String(before)}" in one reading, "${String(value)}" in another`);
      }
      out[key] = value;
    }
  }
  if (differences.length > 0 && Array.isArray(out.flags)) {
    out.flags = [
      ...(out.flags as unknown[]),
      { code: 'readings-differ', severity: 'ambiguous', message: `Two sources disagree (the later is shown): ${differences.join('; ')}` },
    ];
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

/**
 * One indicator per id, its figures from every paper kept (see mergeIndicators); the same name in
 * another unit is kept apart under its own id, flagged. Alike names in different papers are flagged.
 */
function dedupeIndicators(items: Indicator[], dateOf: DocumentDates): Indicator[] {
  const byId = new Map<string, Indicator>();
  for (const item of items) {
    const seen = byId.get(item.id);
    const merged = seen ? mergeIndicators(seen, item, dateOf) : item;
    if (merged) {
      byId.set(item.id, merged);
      continue;
    }
    const flag = { code: 'same-name-other-unit', severity: 'ambiguous' as const, message: `"${item.name}" appears in ${seen!.unit} and in ${item.unit}: kept as two measures, not merged.`, source: item.source };
    byId.set(item.id, { ...seen!, flags: [...seen!.flags, flag] });
    const id = `${item.id}/${slugify(item.unit ?? 'other')}`;
    byId.set(id, { ...item, id, flags: [...item.flags, flag] });
  }
  return flagDoubtfulMatches([...byId.values()]);
}

/** One record per id (merged), one glossary entry per term and expansion. */
export function dedupeDataset(dataset: Dataset): Dataset {
  const dates = new Map(dataset.documents.map((d) => [d.id, d.date]));
  const glossary = new Map(dataset.glossary.map((g) => [`${g.term}\u0000${g.expansion}`, g]));
  return {
    ...emptyDataset(),
    documents: dedupe(dataset.documents),
    plans: dedupe(dataset.plans),
    actions: dedupe(dataset.actions),
    indicators: dedupeIndicators(dataset.indicators, (id) => dates.get(id)),
    recommendations: dedupe(dataset.recommendations),
    meetings: dedupe(dataset.meetings),
    people: dedupe(dataset.people),
    glossary: [...glossary.values()],
    flags: dataset.flags,
  };
}
