import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlainWords, plainWordMap, plainWords } from '../../src/language/plain-words';

const folderWith = (json: unknown) => {
  const dir = mkdtempSync(join(tmpdir(), 'plain-words-'));
  writeFileSync(join(dir, 'plain-words.json'), JSON.stringify(json));
  return dir;
};

describe('plain words and the papers\' words (plain-words.json)', () => {
  it('reads each phrase as the papers are read, and gives the other phrases of its group, both ways', () => {
    const map = plainWordMap({ groups: [['additional', 'extra'], ['implement', 'put in place']] });
    expect(map.get('extra')).toEqual([['additional']]);
    expect(map.get('additional')).toEqual([['extra']]);
    expect(map.get('put plac')).toEqual([['implement']]);
  });

  it('gives a phrase in two groups the words of both', () => {
    const map = plainWordMap({ groups: [['assess', 'check'], ['verify', 'check']] });
    expect(map.get('check')).toEqual([['assess'], ['verify']]);
  });

  it('holds the bundled groups', () => {
    expect(plainWords.get('kit')).toContainEqual(['equipment']);
    expect(plainWords.get('worri')).toContainEqual(['concern']);
  });

  it('refuses a group of one phrase, with the file named', () => {
    expect(() => loadPlainWords(folderWith({ groups: [['extra']] }))).toThrow(/plain-words\.json/);
  });
});

describe('a phrase that would never be found', () => {
  it('is refused at load, saying what to fix', () => {
    expect(() => loadPlainWords(folderWith({ groups: [['excessive', 'too much']] }))).toThrow(/stopwords only/);
  });
});
