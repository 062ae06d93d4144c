/** Two readings of one record merged: the fuller reading wins each field, a mention only fills gaps. */

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
