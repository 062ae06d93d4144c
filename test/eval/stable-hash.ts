/**
 * FNV-1a over a string's UTF-16 units, as an unsigned 32-bit number: the same question id always
 * picks the same filler, word and typo, on every machine and run, so robustness figures compare.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A number in [0, n) drawn from a hash and a salt, so one hash feeds several independent choices. */
export const pick = (hash: number, salt: string, n: number): number => stableHash(`${hash}:${salt}`) % n;
