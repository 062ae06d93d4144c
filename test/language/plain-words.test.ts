import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/language/lexicon';
import { loadPlainWords, plainWordMap, plainWords } from '../../src/language/plain-words';
import { nameTerms } from '../../src/nlu/text';

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

describe('phrases that would read as another word', () => {
  it('refuses a phrase of several words that reads as one once its small words go', () => {
    expect(() => loadPlainWords(folderWith({ groups: [['highlight', 'point out']] }))).toThrow(/reads as one word/);
  });

  it('holds no phrase synonyms.json already groups (one place says what a word means)', () => {
    const synonyms = new Set(lexicon.synonymGroups.flatMap((g) => g.phrases.map((p) => nameTerms(p).join(' '))));
    expect([...plainWords.keys()].filter((k) => synonyms.has(k))).toEqual([]);
  });

  it('puts a word in two groups only where it means both ("check": assess, verify)', () => {
    const groupsOf = new Map<string, number>();
    for (const group of loadPlainWords().groups) for (const key of new Set(group.map((p) => nameTerms(p).join(' ')))) groupsOf.set(key, (groupsOf.get(key) ?? 0) + 1);
    expect([...groupsOf].filter(([, n]) => n > 1).map(([k]) => k).sort()).toEqual(['check', 'flag', 'handl', 'suggest']);
  });
});
