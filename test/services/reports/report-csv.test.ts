import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/model';
import type { ReportLine, StatusReport } from '../../../src/services/reports/build-report';
import { reportCsv } from '../../../src/services/reports/report-csv';

const line = (commentary: string): ReportLine => ({
  ref: '1.9', action: 'Recruit', leads: 'Head of Service', due: '2027-03-31', status: 'R', statusLabel: 'Red', statusSource: 'update',
  updatedAt: '2026-11-18', updatedBy: 'Sam Officer', commentary, revisedDue: '', evidenceUrl: '',
});
const report = (commentaries: string[]): StatusReport => ({
  plan: {} as Plan, generatedOn: '2026-11-20', generatedAt: '2026-11-20 09:00', exceptionsOnly: false, exceptionLevels: [],
  lines: commentaries.map(line), counts: [], totalActions: commentaries.length,
});
const cells = (commentary: string) => (parse(reportCsv(report([commentary])), { bom: true, columns: true }) as Record<string, string>[])[0]!.latest_commentary;

describe('the report CSV', () => {
  it.each([
    ['=', '=HYPERLINK("http://evil.example")'],
    ['+', '+1+1'],
    ['-', '-2+3'],
    ['@', '@SUM(A1)'],
    ['a tab', '\t=1'],
    ['a full-width equals sign', '\uFF1DHYPERLINK("x")'],
    ['a full-width plus, minus and at', '\uFF0B1'],
    ['a zero-width space before =', '\u200B=1+1'],
    ['a direction override before =', '\u202E=1+1'],
    ['spaces before =', '  =1+1'],
    ['a no-break space before @', '\u00A0@SUM(A1)'],
  ])('defuses a cell starting with %s', (_name, typed) => {
    expect(cells(typed)).toBe(`'${typed}`);
  });

  it.each([['words'], ['1.9 is on track'], ['Rate = 5%']])('leaves %s alone', (typed) => {
    expect(cells(typed)).toBe(typed);
  });
});
