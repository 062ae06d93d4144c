import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../src/domain/deep-copy';

describe('deepCopy', () => {
  it('copies plain data as structuredClone does, sharing nothing with it', () => {
    const doc = { ask: { subject: { kind: 'indicator', id: 'x' }, list: { filter: { status: ['red', 'amber'] }, page: 2 } }, n: 1.5, none: null, gone: undefined, big: 10n, flag: false, sparse: [1, , 3] };
    const copy = deepCopy(doc);
    expect(copy).toEqual(structuredClone(doc));
    expect(Object.keys(copy)).toEqual(Object.keys(doc));
    expect(1 in copy.sparse).toBe(false);
    expect(copy.ask).not.toBe(doc.ask);
    expect(copy.ask.list.filter.status).not.toBe(doc.ask.list.filter.status);
  });

  it('keeps a "__proto__" field a field, and gives an object without a prototype an ordinary one, as structuredClone does', () => {
    const doc = JSON.parse('{"__proto__": {"a": 1}, "b": 2}') as Record<string, unknown>;
    const copy = deepCopy(doc);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(deepCopy(Object.assign(Object.create(null), { a: 1 })))).toBe(Object.prototype);
  });

  it('hands anything but plain data to structuredClone: dates and maps copied, functions refused, cycles kept', () => {
    const at = new Date('2026-11-20T09:00:00Z');
    const copy = deepCopy({ at, map: new Map([['a', 1]]) });
    expect(copy.at).toBeInstanceOf(Date);
    expect(copy.at).not.toBe(at);
    expect(copy.at.getTime()).toBe(at.getTime());
    expect(copy.map.get('a')).toBe(1);
    expect(() => deepCopy({ f: () => 1 })).toThrow();
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const again = deepCopy(cyclic);
    expect(again.self).toBe(again);
  });
});
