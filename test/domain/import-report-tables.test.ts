import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatImportReport, summariseImport } from '../../src/domain/import-report';
import { dedupeDataset } from '../../src/domain/merge-records';
import { parsePack } from '../../src/import/packs/parse-pack';

describe('the import report: tables read', () => {
  it('lists each money table read with its rows, printed totals and how many totals do not add up', () => {
    const file = '002_c981c68784b9b68c.txt';
    const dataset = dedupeDataset(parsePack(file, readFileSync(`seeds/packs/${file}`, 'utf8')));
    const report = summariseImport([file], dataset);
    expect(report.tables?.map((t) => [t.title, t.rows, t.totals, t.mismatches])).toEqual([
      ['Estimated cost of five year service for 5 bed unit and 3 self contained flats', 3, ['Total 2,260 (£000)'], 0],
      ['Revenue budget implications', 4, ['Total potential cost avoidance over 5 years 1,645 (£000)'], 0],
      ['West Mercia Youth Justice Service - Resources 2019/20 – Income', 7, ['Total 3,101,773 (£)'], 2],
      ['The YJB Youth Justice (YOT) Grant – Budget', 7, ['Total 2,670,988 (£)'], 0],
    ]);
    const text = formatImportReport(report);
    expect(text).toContain('Tables read (4):');
    expect(text).toContain('West Mercia Youth Justice Service - Resources 2019/20 – Income [pack:002-c981c68784b9b68c line 924]: 7 rows; Total 3,101,773 (£); 2 total(s) do not add up');
    expect(text).toContain('ambiguous total-does-not-add-up: 2');
  });
});
