import { describe, expect, it } from 'vitest';
import { mergeRecord } from '../../src/domain/merge-record';
import { dedupeDataset } from '../../src/domain/merge-records';
import { emptyDataset } from '../../src/domain/model';

const mention = { code: 'meeting-from-mention', severity: 'info' as const, message: 'known from a mention' };

describe('mergeRecord', () => {
  it('lets a later reading fill fields, keeping what it leaves empty', () => {
    expect(mergeRecord({ a: 1, b: 'x', flags: [] }, { a: 1, b: '', c: 3, flags: [] })).toEqual({ a: 1, b: 'x', c: 3, flags: [] });
  });

  it('flags two full readings that disagree on a value, instead of silently picking one', () => {
    const merged = mergeRecord({ time: '10:00', flags: [] as unknown[] }, { time: '10:15', flags: [] as unknown[] });
    expect(merged.time).toBe('10:15');
    expect(merged.flags).toEqual([
      expect.objectContaining({ code: 'readings-differ', severity: 'ambiguous', message: expect.stringContaining('time: "10:00" in one reading, "10:15" in another') }),
    ]);
  });

  it('never lets a passing mention overwrite a full front-sheet reading, whichever comes first', () => {
    type Reading = { id: string; venue: string; time?: string; source: { documentId: string }; flags: unknown[] };
    const full: Reading = { id: 'm', venue: 'Shire Hall', time: '10:15', source: { documentId: 'front' }, flags: [] };
    const partial: Reading = { id: 'm', venue: '', source: { documentId: 'mention' }, flags: [mention] };
    for (const merged of [mergeRecord(full, partial), mergeRecord(partial, full)]) {
      expect(merged).toMatchObject({ venue: 'Shire Hall', time: '10:15', source: { documentId: 'front' } });
      expect(merged.flags).toEqual([mention]);
    }
  });

  it("keeps every role a person was seen with in different packs", () => {
    const a = { id: 'p', roles: [{ title: 'Director of Children and Adults Services' }], flags: [] };
    const b = { id: 'p', roles: [{ title: 'Director of People' }, { title: 'Director of Children and Adults Services' }], flags: [] };
    expect(mergeRecord(a, b).roles).toEqual([{ title: 'Director of Children and Adults Services' }, { title: 'Director of People' }]);
  });
});

describe('dedupeDataset', () => {
  it('leaves one record per id and one glossary entry per term and expansion', () => {
    const source = { documentId: 'd' };
    const dataset = {
      ...emptyDataset(),
      people: [
        { id: 'p', name: 'A', roles: [{ title: 'x' }], source },
        { id: 'p', name: 'A', roles: [{ title: 'y' }], source },
      ],
      glossary: [
        { term: 'PLO', expansion: 'Public Law Outline', source },
        { term: 'PLO', expansion: 'Public Law Outline', source },
      ],
    };
    const out = dedupeDataset(dataset);
    expect(out.people).toHaveLength(1);
    expect(out.people[0]?.roles.map((r) => r.title)).toEqual(['x', 'y']);
    expect(out.glossary).toHaveLength(1);
  });
});
