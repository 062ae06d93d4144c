/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null) as `structuredClone`
 * makes it, without its serialise-and-read round trip through V8's serialiser: ~5 µs for a small
 * turn-state document, the larger part of reading and writing turn state (bench/tmp measurements in
 * the commit). Anything else found in it (a Date, a Map, a class's object, a function) is handed to
 * `structuredClone` itself, so it is copied, or refused, as before; so is a value nested deeper than
 * any document the bot keeps (a cycle among them). Unlike `structuredClone`, one object reached twice
 * is copied twice, and an array's own fields besides its items are left out, as its JSON would have
 * them. Pure.
 */
export function deepCopy<T>(value: T): T {
  try {
    return copy(value, 0) as T;
  } catch (error) {
    if (error === tooDeep) return structuredClone(value);
    throw error;
  }
}

const MAX_DEPTH = 64;
const tooDeep = new Error('nested too deep for a plain copy');

function copy(value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return value;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean' || type === 'bigint') return value;
  if (type !== 'object') return structuredClone(value);
  if (depth > MAX_DEPTH) throw tooDeep;
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Array.prototype) {
    const list = value as unknown[];
    const out: unknown[] = new Array(list.length);
    for (let i = 0; i < list.length; i += 1) if (i in list) out[i] = copy(list[i], depth + 1);
    return out;
  }
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value as object)) {
    const v = copy((value as Record<string, unknown>)[key], depth + 1);
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}
