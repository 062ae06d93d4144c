import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPackText } from '../../../src/import/packs/pack-text';
import { parseProseFigures } from '../../../src/import/packs/prose-figures/parse-prose-figures';

const read = (file: string) => parseProseFigures(buildPackText(file, readFileSync(`seeds/packs/${file}`, 'utf8'))).indicators ?? [];

describe('figures a report states in prose (2023 Lead Member report, 003)', () => {
  const found = read('003_dc6bdf29f61919ae.txt');

  it('reads the three figures stated as where a measure stands now, each with its sentence and line', () => {
    expect(found.map((i) => [i.name, i.values[0]?.raw, i.unit, i.source.lineStart])).toEqual([
      ['Percentage of children having permanence in a long-term foster placement', '70%', '%', 168],
      ['Number of young people in the leaving care service', '181', 'count', 171],
      ['Percentage of young people who are in Education Training and Employment', '57%', '%', 171],
    ]);
    expect(found.every((i) => i.area === 'Medway' && i.context?.includes(i.values[0]!.raw))).toBe(true);
  });

  it('keeps the earlier figure the sentence gives, with its period, as the previous one', () => {
    const eet = found.find((i) => i.name.includes('Education Training and Employment'))!;
    expect(eet.comparators).toEqual([expect.objectContaining({ kind: 'previous', value: 37, period: 'April 2021', periodEnd: '2021-04-30' })]);
    const permanence = found[0]!;
    expect(permanence.comparators[0]).toMatchObject({ kind: 'previous', value: 39, period: '2021/2022' });
  });

  it('reads nothing from the other packs, whose figures are in tables or other sentences', () => {
    const others = readdirSync('seeds/packs').filter((f) => f.endsWith('.txt') && !f.startsWith('003'));
    expect(others.flatMap(read)).toEqual([]);
  });
});
