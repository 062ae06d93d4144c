import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseSpreadsheet } from '../../../src/import/spreadsheet/parse-spreadsheet';
import type { SpreadsheetResult } from '../../../src/import/spreadsheet/types';

function ok(result: SpreadsheetResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  return result;
}

describe("an officer's own actions CSV (Windows encoding, own headers, extra column)", async () => {
  const result = ok(await parseSpreadsheet('officer-actions.csv', readFileSync('test/fixtures/spreadsheets/officer-actions.csv')));
  const actions = result.dataset.actions!;

  it('matches headers whatever their case, spacing or common wording', () => {
    expect(actions.map((a) => [a.ref, a.due?.raw, a.successMeasures, a.status])).toEqual([
      ['1A', 'Ongoing from April 2024', 'Three hubs open', 'G'],
      ['1B', 'By March 2025', 'Strategy published, with an action plan', 'A'],
      ['2A', '30/09/2024', 'All leads trained', 'B'],
    ]);
    expect(actions[0]!.leads).toEqual(['Head of Early Help']);
    expect(actions[0]!.partners).toEqual(['Health visitors', 'Schools']);
  });

  it('reads Windows-1252 text (£, é) and says so', () => {
    expect(actions[0]!.resources).toBe('£150,000 capital');
    expect(actions[2]!.extra).toEqual({ Notes: 'Café sessions' });
    expect(result.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/not UTF-8, so it was read as Windows 'CSV'/));
  });

  it('warns about the unknown column, keeping its values with each action', () => {
    expect(result.warnings).toContainEqual({
      sheet: 'officer-actions.csv', row: 1, column: 'Notes',
      message: 'this column is not in the template; its values are kept with each action as extra information',
    });
    expect(actions[0]!.extra).toEqual({ Notes: 'Agreed at Cabinet in March' });
  });

  it('counts rows as Excel does: a blank line keeps its number, a two-line cell is one row', () => {
    expect(actions.map((a) => a.source.lineStart)).toEqual([2, 3, 5]);
    expect(actions[2]!.text).toBe('Train staff in the lead\nprofessional role');
    expect(result.rowsRead).toBe(3);
  });
});

describe('workbook warnings', () => {
  it('warns about unknown sheets and columns, ignores an instructions sheet, and flags numeric refs', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Instructions').addRow(['Fill in the sheets']);
    wb.addWorksheet('Plan').addRows([['PLAN', 'council', 'Owner', 'Colour scheme'], ['Test Plan', 'Test Council', 'Board', 'blue']]);
    wb.addWorksheet('ACTIONS').addRows([['Ref', 'action text', 'Success_Measures'], [1.1, 'First', 'Done'], ['1.2', 'Second', '']]);
    wb.addWorksheet('Budget').addRows([['Line', 'Amount'], ['Staff', 100]]);
    const result = ok(await parseSpreadsheet('x.xlsx', Buffer.from(await wb.xlsx.writeBuffer())));
    expect(result.warnings.map((w) => [w.sheet, w.row, w.column])).toEqual([
      ['Plan', 1, 'Colour scheme'],
      ['ACTIONS', 2, 'Ref'],
      ['Budget', 0, ''],
    ]);
    expect(result.warnings[1]!.message).toMatch(/drops trailing zeros \(1\.10 becomes 1\.1\)/);
    expect(result.dataset.actions!.map((a) => [a.ref, a.successMeasures])).toEqual([['1.1', 'Done'], ['1.2', undefined]]);
    expect(result.dataset.plans![0]!.flags.map((f) => f.code)).toEqual(['default-status-scale']);
  });
});

describe('a title row above the header', () => {
  it('finds the header below it, warns, and keeps Excel row numbers', async () => {
    const bytes = Buffer.from('Anytown actions (draft),,,\n\nPlan,Council,Ref,Action\nP,Anytown,1,Do it\n');
    const result = ok(await parseSpreadsheet('actions.csv', bytes));
    expect(result.dataset.actions!.map((a) => [a.id, a.source.lineStart])).toEqual([['anytown/p#1', 4]]);
    expect(result.warnings[0]).toEqual({ sheet: 'actions.csv', row: 3, column: '', message: 'the header is on row 3; the rows above it were not imported' });
  });
});
