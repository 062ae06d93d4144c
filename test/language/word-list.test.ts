import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sortedListHas } from '../../src/language/word-list';

describe('sortedListHas', () => {
  const words = ['a', 'ab', 'abbey', 'board', 'boards', 'cabinet', 'zoo'];
  const json = JSON.stringify(words);

  it('finds every word of the list, first and last included', () => {
    for (const word of words) expect(sortedListHas(json, word)).toBe(true);
  });

  it('finds no word between, before or after them, nor a part of one', () => {
    for (const word of ['', 'aa', 'abb', 'b', 'boar', 'boardz', 'cab', 'zoos', 'zz', '0', 'board"']) {
      expect(sortedListHas(json, word)).toBe(false);
    }
  });

  it('agrees with a whole-text search over the real English list', () => {
    const text = readFileSync(require.resolve('an-array-of-english-words/index.json'), 'utf8');
    const all: string[] = JSON.parse(text);
    const probes = all.filter((_, i) => i % 997 === 0);
    const misses = probes.flatMap((w) => [`${w}q`, `q${w}`, w.slice(0, -1)]);
    for (const word of [...probes, ...misses]) expect(sortedListHas(text, word)).toBe(text.includes(`"${word}"`));
  });
});
