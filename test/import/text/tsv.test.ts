import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PackText } from '../../../src/import/packs/types';
import { isHeaderRow, readTsvRows } from '../../../src/import/text/tsv';

function packOf(lines: string[]): PackText {
  return { documentId: 'test', fileName: 'test.txt', lines, pageOfLine: () => undefined };
}

const pack004 = packOf(readFileSync('seeds/packs/004_7add0319b591a1f2.txt', 'utf8').split('\n'));

describe('readTsvRows', () => {
  const pack = packOf(['title', 'a\t<b>b</b>\t', 'no tab here', ' x \t y<br>z ', 'last\tone']);

  it('returns the tab-separated lines in range with their 1-based numbers and cleaned cells', () => {
    expect(readTsvRows(pack, 1, 5)).toEqual([
      { line: 2, cells: ['a', 'b', ''] },
      { line: 4, cells: ['x', 'y z'] },
      { line: 5, cells: ['last', 'one'] },
    ]);
  });

  it.each([
    [2, 2, [2]],
    [3, 4, [4]],
    [-5, 3, [2]],
    [4, 99, [4, 5]],
    [5, 1, []],
  ])('range %i..%i gives lines %j', (from, to, lines) => {
    expect(readTsvRows(pack, from, to).map((r) => r.line)).toEqual(lines);
  });

  it('reads the RAG key of the real Medway plan (004:1066-1069) without repairing letters', () => {
    const rows = readTsvRows(pack004, 1066, 1069);
    expect(rows.map((r) => r.line)).toEqual([1066, 1067, 1068, 1069]);
    expect(rows[1]?.cells).toEqual(['В', 'Action completed']);
  });
});

describe('isHeaderRow', () => {
  it.each([
    [['Ref', 'Action', 'Lead', 'By When'], ['action', 'lead', 'by when'], true],
    [['ef O', 'ACTION', 'Lead Officer', 'ByWhen'], ['Action', 'Lead', 'By When'], true],
    [['<b>Action</b>', 'Owner', 'By  when'], ['action', 'owner', 'bywhen'], true],
    [['1.1', 'Do something', 'DCS', 'January 2020'], ['action', 'lead', 'by when'], false],
    [['Action', 'Lead'], ['action', 'lead', 'by when'], false],
    [['Action'], [], false],
  ])('%j with %j -> %s', (cells, words, expected) => {
    expect(isHeaderRow(cells, words)).toBe(expected);
  });

  it('finds the repeated plan headers of 004 by content, whatever the garbage first cell', () => {
    const headers = readTsvRows(pack004, 1070, 1215).filter((r) => isHeaderRow(r.cells, ['action', 'lead', 'by when']));
    expect(headers.map((r) => r.line)).toEqual([
      1079, 1085, 1092, 1099, 1106, 1113, 1119, 1127, 1133, 1139, 1146, 1157, 1160, 1170, 1179, 1183, 1192, 1200, 1206,
    ]);
  });
});
