import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dedupeDataset } from '../../src/domain/merge-records';
import { flagDoubtfulMatches, mergeIndicators } from '../../src/domain/merge-indicators';
import { type Indicator, mergeDatasets } from '../../src/domain/model';
import { supersededFigures } from '../../src/domain/import-report';
import { parsePack } from '../../src/import/packs/parse-pack';

const yot = readFileSync('seeds/packs/001_4cc41449b754ee5d.txt', 'utf8');
const cabinet = readFileSync('seeds/packs/000_ad444b67b5fc2cda.txt', 'utf8');
// The same committee report a year on: the real text, its date and the YJB's contribution changed.
const yearOn = yot.replace('**23 JULY 2020**', '**22 JULY 2021**').replace('YJB\t£304,366', 'YJB\t£310,000');
const yjb = (list: Indicator[]) => list.find((i) => i.name === 'Delegated Funds from Partner Agencies: YJB')!;

describe('one indicator across papers', () => {
  it('keeps one reading of a table two papers print alike, citing the newer', () => {
    const both = dedupeDataset(mergeDatasets(parsePack('000_ad444b67b5fc2cda.txt', cabinet), parsePack('001_4cc41449b754ee5d.txt', yot)));
    expect(yjb(both.indicators).values).toHaveLength(1);
    expect(yjb(both.indicators).values[0]?.source?.documentId).toBe('pack:001-4cc41449b754ee5d');
  });

  it('keeps the figures of an older and a newer paper, each with its source, and the report names the superseded one', () => {
    const both = dedupeDataset(mergeDatasets(parsePack('001_4cc41449b754ee5d.txt', yot), parsePack('001b.txt', yearOn)));
    const dates = both.documents.map((d) => d.date);
    expect(dates).toEqual(['2020-07-23', '2021-07-22']);
    const values = yjb(both.indicators).values;
    expect(values.map((v) => [v.raw, v.source?.documentId])).toEqual([
      ['£304,366', 'pack:001-4cc41449b754ee5d'],
      ['£310,000', 'pack:001b'],
    ]);
    const superseded = supersededFigures(both);
    expect(superseded).toEqual([
      'Delegated Funds from Partner Agencies: YJB (Medway): £310,000 (2021-07-22, pack:001b) supersedes £304,366 (2020-07-23, pack:001-4cc41449b754ee5d)',
    ]);
    // The total is printed alike in both, so it is one figure; in the newer paper it no longer adds up, and says so.
    const total = both.indicators.find((i) => i.name === 'Delegated Funds from Partner Agencies: Total')!;
    expect(total.values).toHaveLength(1);
    expect(total.flags.map((f) => f.message)).toEqual([expect.stringContaining('printed as £611,589, but the rows above add up to 617,223')]);
  });

  it('does not merge one name measured in two units: it is kept apart and flagged', () => {
    const base = yjb(parsePack('001_4cc41449b754ee5d.txt', yot).indicators);
    expect(mergeIndicators(base, { ...base, unit: '£000' }, () => undefined)).toBeUndefined();
    const d = dedupeDataset(mergeDatasets({ indicators: [base] }, { indicators: [{ ...base, unit: '£000' }] }));
    expect(d.indicators.map((i) => i.id)).toEqual([base.id, `${base.id}/000`]);
    expect(d.indicators.every((i) => i.flags.some((f) => f.code === 'same-name-other-unit'))).toBe(true);
  });

  it('flags, and does not merge, alike measures of one area in different papers (care leavers in EET, 2019 plan and 2023 report)', () => {
    const plan = parsePack('004_7add0319b591a1f2.txt', readFileSync('seeds/packs/004_7add0319b591a1f2.txt', 'utf8')).indicators;
    const report = parsePack('003_dc6bdf29f61919ae.txt', readFileSync('seeds/packs/003_dc6bdf29f61919ae.txt', 'utf8')).indicators;
    const flagged = flagDoubtfulMatches([...plan, ...report]);
    const eet = flagged.find((i) => i.name === 'Percentage of young people who are in Education Training and Employment')!;
    expect(eet.flags.filter((f) => f.code === 'possible-same-indicator').map((f) => f.message)).toEqual([
      expect.stringContaining('"Available care leavers in employment education, training or parenting"'),
    ]);
    expect(flagged).toHaveLength(plan.length + report.length);
    // Measures of one paper are never flagged against each other.
    expect(flagged.filter((i) => i.source.documentId.includes('004')).flatMap((i) => i.flags).filter((f) => f.code === 'possible-same-indicator' && f.source?.documentId.includes('004'))).toEqual([]);
  });
});

