import { describe, expect, it } from 'vitest';
import { buildPackText, documentIdOf } from '../../../src/import/packs/pack-text';
import { PACKS, seedPack, seedText } from './seed-packs';

describe('buildPackText', () => {
  it.each([
    ['000', 'Medway'],
    ['001', 'Medway'],
    ['002', 'Herefordshire'],
    ['003', 'Medway'],
    ['004', 'Medway'],
  ])('pack %s is from %s', (prefix, council) => {
    expect(seedPack(prefix).council).toBe(council);
  });

  it('gives 1-based lines: line 3 of 000 is its title', () => {
    expect(seedPack('000').lines[2]).toBe('# Cabinet – Supplementary agenda No.1');
  });

  it('gives each pack a stable id from its file name, so a corrected copy replaces the old one', () => {
    const ids = PACKS.map((p) => seedPack(p).documentId);
    for (const id of ids) expect(id).toMatch(/^pack:[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(5);
    expect(buildPackText(seedPack('004').fileName, `${seedText('004')}\nA correction.`).documentId).toBe(seedPack('004').documentId);
    expect(documentIdOf('/any/folder/004_7add0319b591a1f2.txt')).toBe('pack:004-7add0319b591a1f2');
    expect(documentIdOf('a.txt')).not.toBe(documentIdOf('b.txt'));
  });

  it.each([
    // [pack, line, printed page or undefined when not certain]
    ['000', 7, 1], // Date: 9 June 2020 on the front sheet
    ['000', 29, 3], // item 5 report header starts its first page
    ['000', 33, 3],
    ['000', 200, undefined], // somewhere in pages 3-21
    ['000', 384, 22], // "This page is intentionally left blank" closing item 5 (pages 3-22)
    ['000', 388, 23], // item 6 header
    ['000', 537, undefined], // a blank page inside item 6: its number is not known
    ['000', 1989, 99],
    ['000', 2624, 134],
    ['000', 2693, 160],
    ['002', 68, 5], // minutes of 15 July 2019, item 4 pages 5-10
    ['002', 195, 11],
    ['002', 518, 31],
    ['002', 1373, 67],
    ['002', 1000, undefined],
    ['003', 41, 3],
    ['003', 321, undefined], // the DIA of item 9: no header, merged into pages 3-28
    ['003', 411, 29],
    ['004', 43, 3],
    ['004', 81, 6],
    ['004', 85, 7],
    ['004', 112, 9],
    ['004', 1066, undefined],
    ['001', 3, undefined], // a report without a front sheet: no page numbers at all
    ['001', 100, undefined],
  ])('pack %s line %i is on page %s', (prefix, line, page) => {
    expect(seedPack(prefix).pageOfLine(line)).toBe(page);
  });

  it('never throws on odd text', () => {
    for (const text of ['', '\n\n', 'Date: 31 February 2020', '| 5. | x | (Pages 9 - 3) |']) {
      const pack = buildPackText('odd.txt', text);
      expect(pack.pageOfLine(1)).toBeUndefined();
    }
  });
});
