import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanCell, normaliseOcr } from '../../../src/import/text/ocr';

const pack004 = readFileSync('seeds/packs/004_7add0319b591a1f2.txt', 'utf8').split('\n');
const pack003 = readFileSync('seeds/packs/003_dc6bdf29f61919ae.txt', 'utf8').split('\n');

describe('normaliseOcr', () => {
  it.each([
    // [input, expected text, number of repairs]
    ['RAG\tКеу', 'RAG Key', 1],
    ['В\tAction completed', 'B Action completed', 1],
    ['А\tLimited evidence of progress', 'A Limited evidence of progress', 1],
    ['rating СЗ', 'rating C3', 1],
    ['Disability\tх', 'Disability x', 1],
    ['Mеdway Council', 'Medway Council', 1],
    ['Русский\t332374', 'Русский 332374', 0],
    ['Русский Кеу', 'Русский Кеу', 0],
    ['Русский ОК1', 'Русский OK1', 1],
    ['Ελληνικά', 'Ελληνικά', 0],
    ['ΑΒ12', 'AB12', 1],
    ['plain text', 'plain text', 0],
    ['<b>Key</b> <u>word</u> <mark>&</mark> **bold**', 'Key word & bold', 0],
    ['(Pages<br>99 -<br>128)', '(Pages 99 - 128)', 0],
    ['CO<sup>2</sup> omissions', 'CO2 omissions', 0],
    ['<ul style="list-style-type: none"><li>one</li><li>two</li></ul>', 'one two', 0],
    ['  lots   of\t\tspace  ', 'lots of space', 0],
  ])('%j -> %j', (input, text, repairCount) => {
    const out = normaliseOcr(input);
    expect(out.text).toBe(text);
    expect(out.repairs).toHaveLength(repairCount);
  });

  it('keeps line breaks and repairs each line on its own', () => {
    const out = normaliseOcr('Русский Кеу\nRAG Кеу');
    expect(out.text).toBe('Русский Кеу\nRAG Key');
    expect(out.repairs).toEqual(["'Кеу' -> 'Key' (look-alike letters)"]);
  });

  it('repairs the real RAG key of the Medway improvement plan (004:1066-1069)', () => {
    const key = normaliseOcr(pack004.slice(1065, 1069).join('\n')).text.split('\n');
    expect(key[0]).toBe('RAG Key');
    expect(key[1]).toBe('B Action completed');
    expect(key[3]?.startsWith('A Limited evidence of progress')).toBe(true);
  });

  it('repairs the risk ratings "СЗ" of the risk register (004:230, 232) to C3', () => {
    for (const line of [230, 232]) {
      const out = normaliseOcr(pack004[line - 1] ?? '');
      expect(out.text.endsWith(' C3')).toBe(true);
      expect(out.repairs).toEqual(["'СЗ' -> 'C3' (look-alike letters)"]);
    }
  });

  it('leaves the language line of 004 (L38) untouched: it has genuinely Cyrillic words', () => {
    const out = normaliseOcr(pack004[37] ?? '');
    expect(out.text).toContain('Русский');
    expect(out.repairs).toEqual([]);
  });

  it('turns the Cyrillic tick marks of the DIA table (003:365-366) into x', () => {
    expect(normaliseOcr(pack003[364] ?? '').text).toBe('Sexual orientation x');
  });
});

describe('cleanCell', () => {
  it.each([
    ['  <b>Lead</b>  ', 'Lead'],
    ['(Pages<br>129 -<br>134)', '(Pages 129 - 134)'],
    ['**Priority 1**', 'Priority 1'],
    ['line one\nline two', 'line one line two'],
    ['<mark>æf</mark> ∔', 'æf ∔'],
    ['Кеу', 'Кеу'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(cleanCell(input)).toBe(expected);
  });
});
