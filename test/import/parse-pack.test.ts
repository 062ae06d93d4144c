import { describe, expect, it } from 'vitest';
import type { Flag } from '../../src/domain/model';
import { parsePack } from '../../src/import/packs/parse-pack';
import type { PackParser } from '../../src/import/packs/types';

const text = 'Agenda\n\nChildren and Young People Overview and Scrutiny Committee\n';
const flag: Flag = { code: 'council-unknown', severity: 'ambiguous', message: 'a.txt: the pack does not say which council it is from' };
const glossary: PackParser = (pack) => ({ glossary: [{ term: 'YOT', expansion: 'Youth Offending Team', source: { documentId: pack.documentId, lineStart: 1, lineEnd: 1 } }], flags: [flag] });
const broken: PackParser = () => {
  throw new Error('no table where one was expected');
};

describe('reading one pack with every reader', () => {
  it("keeps each reader's records and the problems it flagged", () => {
    const dataset = parsePack('a.txt', text, { glossary });
    expect(dataset.glossary.map((g) => g.term)).toEqual(['YOT']);
    expect(dataset.flags).toEqual([flag]);
  });

  it('stops the whole pack when a reader fails, naming the reader and the file once', () => {
    expect(() => parsePack('a.txt', text, { glossary, meetings: broken })).toThrow(
      new Error('The meetings reader failed on a.txt: no table where one was expected'),
    );
  });
});
