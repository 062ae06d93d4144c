import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageDataDir } from '../../src/language/lexicon';
import { loadReportPhrasings, reportAttributes, reportPhrasings } from '../../src/language/report-phrasings';

function dataWith(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-phrasings-'));
  cpSync(languageDataDir, dir, { recursive: true });
  writeFileSync(join(dir, 'reports.json'), content);
  return dir;
}

describe('the report phrasings data file', () => {
  it('gives every attribute of a report at least one phrasing', () => {
    const asked = new Set(reportPhrasings.attributes.map((a) => a.attribute));
    expect([...asked].sort()).toEqual([...reportAttributes].sort());
    expect(reportPhrasings.nouns).toContain('report');
  });

  it('marks the common words ("when was", "about", "page") as asking about a report only when one is named', () => {
    const common = reportPhrasings.attributes.filter((a) => a.needsReport).flatMap((a) => a.phrases);
    expect(common).toEqual(expect.arrayContaining(['when was', 'about', 'page']));
  });

  it('names the file and the row when a row is wrong', () => {
    expect(() => loadReportPhrasings(dataWith(JSON.stringify({ nouns: ['report'], attributes: [{ attribute: 'author', phrases: ['wrote'] }, { attribute: 'writer', phrases: ['x'] }] })))).toThrow(
      /reports\.json: attributes\.1\.attribute/,
    );
    expect(() => loadReportPhrasings(dataWith(JSON.stringify({ nouns: ['report'], attributes: [{ attribute: 'author', phrases: ['Who Wrote'] }] })))).toThrow(/lower case/);
  });
});
