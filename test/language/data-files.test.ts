import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFiles } from '../../src/language/data-files';
import { languageDataDir, readData } from '../../src/language/lexicon';
import { loadListWords } from '../../src/language/list-words';
import { loadPeriodWords } from '../../src/language/period-words';
import { loadQuestionWords } from '../../src/language/question-words';
import { loadRiskWords } from '../../src/language/risk-words';

const bundled = (file: string): unknown => JSON.parse(readFileSync(join(languageDataDir, file), 'utf8'));

/** A folder holding one data file with this content. */
function folderWith(file: string, content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'language-data-'));
  writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

/** The path of the first list of words or phrases in a file (depth first), e.g. ["cues", 0, "words"]. */
function firstWordList(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string')) return path;
    for (const [i, v] of value.entries()) {
      const found = firstWordList(v, [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = firstWordList(v, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The file's JSON with the first word of that list replaced. */
function withFirstWord(json: unknown, path: (string | number)[], word: unknown): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>;
  const list = path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], copy) as unknown[];
  list[0] = word;
  return copy;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every language data file', () => {
  const files = readdirSync(languageDataDir).filter((f) => f.endsWith('.json')).sort();

  it('has a schema, and every schema a file', () => {
    expect(files).toEqual(Object.keys(dataFiles).sort());
  });

  it.each(Object.entries(dataFiles))('%s loads through its schema', (file, schema) => {
    expect(() => readData(languageDataDir, file, schema)).not.toThrow();
  });

  it.each(Object.entries(dataFiles))('%s refuses a row in capitals or not a word, naming the file and the row', (file, schema) => {
    const json = bundled(file);
    const path = firstWordList(json);
    expect(path, `${file} holds no list of words`).toBeDefined();
    const row = escaped([...path!, 0].join('.'));
    const capitals = folderWith(file, withFirstWord(json, path!, 'Not Lower Case'));
    expect(() => readData(capitals, file, schema)).toThrow(new RegExp(`${escaped(file)}: ${row}: .*lower.case`));
    const number = folderWith(file, withFirstWord(json, path!, 42));
    expect(() => readData(number, file, schema)).toThrow(new RegExp(`${escaped(file)}: ${row}: Expected string, received number`));
  });

  it('refuses broken JSON, saying so', () => {
    expect(() => loadListWords(folderWith('lists.json', '{"plural": ['))).toThrow(/lists\.json: not valid JSON/);
  });
});

describe('the phrasing files', () => {
  it('refuse a response the bot does not know, naming the row', () => {
    const json = bundled('lists.json') as { responses: { rows: { response: string }[] } };
    json.responses.rows[1]!.response = 'turned-down';
    expect(() => loadListWords(folderWith('lists.json', json))).toThrow(/lists\.json: responses\.rows\.1\.response: Invalid enum value/);
  });

  it('refuse a thirteenth month and a phrase with two spaces', () => {
    const periods = bundled('periods.json') as { months: { rows: string[][] } };
    periods.months.rows.push(['smarch']);
    expect(() => loadPeriodWords(folderWith('periods.json', periods))).toThrow(/periods\.json: months\.rows: .*12/);
    const questions = bundled('questions.json') as { wanted: { date: string[] } };
    questions.wanted.date.push('what  date');
    expect(() => loadQuestionWords(folderWith('questions.json', questions))).toThrow(/questions\.json: wanted\.date\.7: write phrases in lower case/);
  });

  it("refuse an answer sentence that drops or invents a placeholder, naming the row", () => {
    const dropped = bundled('risks.json') as { colours: { noColourNamed: string } };
    dropped.colours.noColourNamed = 'The papers rate these risks by {ways}, not by colour.';
    expect(() => loadRiskWords(folderWith('risks.json', dropped))).toThrow(/risks\.json: colours\.noColourNamed: a sentence holding exactly \{ways\} and \{colour\}/);
    const invented = bundled('risks.json') as { colours: { highest: string } };
    invented.colours.highest = 'The {top} risks.';
    expect(() => loadRiskWords(folderWith('risks.json', invented))).toThrow(/risks\.json: colours\.highest: a sentence holding exactly no \{placeholder\}/);
  });

  it('take a new way of asking as one row', () => {
    const questions = bundled('questions.json') as { wanted: { reason: string[] } };
    questions.wanted.reason.push('on what grounds');
    expect(loadQuestionWords(folderWith('questions.json', questions)).wanted.reason).toContain('on what grounds');
  });
});
