import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageDataDir, lexicon, loadLexicon } from '../../src/language/lexicon';

/** A copy of the bundled data folder with one file replaced. */
function dataWith(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  cpSync(languageDataDir, dir, { recursive: true });
  writeFileSync(join(dir, file), content);
  return dir;
}

describe('the language data files', () => {
  it('load and hold every kind of row', () => {
    expect(lexicon.synonymGroups.length).toBeGreaterThan(50);
    expect(lexicon.cues.map((c) => c.tag)).toContain('lead');
    expect(lexicon.stopwords).toContain('the');
    expect(lexicon.places.places).toContain('kent');
  });

  it('give a phrase with two meanings the context that tells them apart', () => {
    const fte = lexicon.synonymGroups.filter((g) => g.phrases.includes('fte'));
    expect(fte).toHaveLength(2);
    for (const group of fte) expect(group.context?.length).toBeGreaterThan(0);
  });

  it('name the file and the row when a row is wrong', () => {
    const dir = dataWith('cues.json', JSON.stringify({ cues: [{ tag: 'lead', words: ['owner'] }, { tag: 'leed', words: ['x'] }] }));
    expect(() => loadLexicon(dir)).toThrow(/cues\.json: cues\.1\.tag/);
  });

  it('refuse a phrase in capitals, a one-word list and broken JSON, saying what to fix', () => {
    expect(() => loadLexicon(dataWith('synonyms.json', '{"groups":[["PLO","public law outline"]]}'))).toThrow(/lower case/);
    expect(() => loadLexicon(dataWith('synonyms.json', '{"groups":[["plo"]]}'))).toThrow(/synonyms\.json: groups\.0/);
    expect(() => loadLexicon(dataWith('places.json', '{"places": ['))).toThrow(/places\.json: not valid JSON/);
  });

  it('name the file and the row of a bad shorthand or grammar row', () => {
    expect(() => loadLexicon(dataWith('shorthand.json', '{"shorthand":[["yr","year"],["Tgt","target"]]}'))).toThrow(/shorthand\.json: shorthand\.1\.0/);
    expect(() => loadLexicon(dataWith('grammar.json', '{"compound":{"joiners":[],"openers":["what"],"attributes":["target"]},"answerTypes":{"person":["who"]}}'))).toThrow(
      /grammar\.json: compound\.joiners/,
    );
  });

  it('take a new synonym as one row', () => {
    const dir = dataWith('synonyms.json', JSON.stringify({ groups: [['sgo', 'special guardianship order']] }));
    expect(loadLexicon(dir).synonymGroups).toEqual([{ phrases: ['sgo', 'special guardianship order'] }]);
  });
});
