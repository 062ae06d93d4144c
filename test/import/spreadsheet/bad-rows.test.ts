import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatSpreadsheetIssue, parseSpreadsheet, parseSpreadsheetFiles } from '../../../src/import/spreadsheet/parse-spreadsheet';
import type { SpreadsheetIssue, SpreadsheetResult } from '../../../src/import/spreadsheet/types';

const template = (name: string) => ({ fileName: name, bytes: readFileSync(`seeds/templates/${name}`) });
const csv = (fileName: string, lines: string[]) => ({ fileName, bytes: Buffer.from(lines.join('\n'), 'utf8') });
const PLAN = 'Sample Council SEND Improvement Plan';

function errorsOf(result: SpreadsheetResult): SpreadsheetIssue[] {
  if (result.ok) throw new Error('expected the file to be refused');
  expect(Object.keys(result)).toEqual(['ok', 'errors']);
  return result.errors;
}

describe('a CSV set with several mistakes', async () => {
  const actions = csv('send-actions.csv', [
    'Plan,Priority,Ref,Action,Lead,Due,Status',
    `${PLAN},1,1.1,Publish the Local Offer,Head of SEND,January 2025,G`,
    `${PLAN},1,,Train settings,Head of SEND,March 2025,A`,
    `${PLAN},1,1.3,Agree needs assessment,Head of SEND,Jnauary 2020,G`,
    `${PLAN},2,2.1,Recruit coordinators,Head of SEND,June 2025,Purple`,
    `${PLAN},2,1.1,Run a panel,Head of SEND,June 2025,G`,
    'Sample Council SEN Plan,2,2.2,Audit plans,Head of SEND,June 2025,G',
  ]);
  const indicators = csv('send-indicators.csv', [
    'Indicator,Unit,Polarity,Plan,Period,Value,Target',
    `EHC plans in 20 weeks,%,higher,${PLAN},2023,38%,50%`,
    `EHC plans in 20 weeks,%,higher,${PLAN},2024,about 50,60%`,
    `Weeks to issue,weeks,better,${PLAN},2023,27,20`,
    `Days to assess,days,lower,${PLAN},2023,41,51%`,
  ]);
  const errors = errorsOf(await parseSpreadsheetFiles([template('plan.csv'), template('scale.csv'), actions, indicators]));

  it.each<[string, number, string, string | RegExp]>([
    ['send-actions.csv', 3, 'Ref', 'missing: every action needs its reference as the plan writes it, e.g. 1.2 or 2A'],
    ['send-actions.csv', 4, 'Due', "'Jnauary 2020' is not a date or period we recognise; write e.g. 'January 2020' or '31/01/2020' ('Jnauary' looks like a misspelt month)"],
    ['send-actions.csv', 5, 'Status', "'Purple' is not on the plan's status scale; use one of B (Complete), G (On track), A (Some slippage), R (Off track)"],
    ['send-actions.csv', 6, 'Ref', `'1.1' is already used in '${PLAN}' on row 2; each action needs its own reference`],
    ['send-actions.csv', 7, 'Plan', `'Sample Council SEN Plan' is not on the plan sheet; the plans there are '${PLAN}'`],
    ['send-indicators.csv', 3, 'Value', "'about 50' is not a number; write the figure alone, e.g. 51 or 51%, or leave the cell blank"],
    ['send-indicators.csv', 4, 'Polarity', /^'better' is not one of higher, lower or none/],
    ['send-indicators.csv', 5, 'Target', "'51%' is a percentage but the unit is 'days'; make them agree"],
  ])('%s row %i, column %s is reported', (sheet, row, column, message) => {
    const found = errors.filter((e) => e.sheet === sheet && e.row === row);
    expect(found).toHaveLength(1);
    expect(found[0]!.column).toBe(column);
    expect(found[0]!.message).toMatch(message);
  });

  it('reports those eight and nothing else, in sheet and row order', () => {
    expect(errors.map((e) => `${e.sheet}:${e.row}`)).toEqual([
      'send-actions.csv:3', 'send-actions.csv:4', 'send-actions.csv:5', 'send-actions.csv:6', 'send-actions.csv:7',
      'send-indicators.csv:3', 'send-indicators.csv:4', 'send-indicators.csv:5',
    ]);
    expect(formatSpreadsheetIssue(errors[1]!)).toMatch(/^send-actions\.csv, row 4, Due: 'Jnauary 2020'/);
  });
});

describe('a workbook with mistakes', () => {
  async function workbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRows([['Plan name', 'Council'], ['Test Plan', 'Test Council'], ['Test Plan', 'Test Council']]);
    const scale = wb.addWorksheet('Scale');
    scale.addRows([['Code', 'Label', 'Colour', 'Rank'], ['G', 'Good', 'green', 1], ['P', 'Poor', 'mauve-ish', 0], ['G', 'Great', 'blue', 2]]);
    const actions = wb.addWorksheet('Actions');
    actions.addRow(['Ref', 'Action', 'Due', 'Status']);
    actions.addRow(['1', 'Do the first thing', new Date(Date.UTC(2025, 0, 31)), 'G']);
    // Row 3 left blank: Excel still numbers the next row 4.
    actions.getRow(4).values = ['2', '', 'Spring-ish', 'G'];
    const indicators = wb.addWorksheet('Indicators');
    indicators.addRows([['Indicator', 'Period end', 'Value', 'Comparator label', 'Comparator kind', 'Comparator value'], ['Visits', 'sometime', 5, 'Kent', 'county', 6], ['Visits', '', 7, 'England', '', '']]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reports each bad cell with the row Excel shows and the header as written', async () => {
    const errors = errorsOf(await parseSpreadsheet('test.xlsx', await workbook()));
    expect(errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['Plan', 3, 'Plan name'],
      ['Scale', 3, 'Colour'],
      ['Scale', 4, 'Code'],
      ['Actions', 4, 'Action'],
      ['Actions', 4, 'Due'],
      ['Indicators', 2, 'Period end'],
      ['Indicators', 2, 'Comparator kind'],
      ['Indicators', 3, 'Comparator value'],
    ]);
    expect(errors[0]!.message).toBe("'Test Plan' of Test Council is listed twice: also on row 2");
    expect(errors[2]!.message).toBe("'G' is already a status of this scale on row 2");
    expect(errors[3]!.message).toBe('missing: every action needs its text');
    expect(errors[6]!.message).toMatch(/^'county' is not a comparator kind; use one of england, national, statistical-neighbours/);
    expect(errors[7]!.message).toBe("missing: the row names the comparator 'England' but gives no figure for it");
  });
});

describe('files that cannot be read', () => {
  it.each<[string, Buffer, RegExp]>([
    ['plan.xls', Buffer.from('x'), /old Excel format/],
    ['plan.pdf', Buffer.from('x'), /only \.xlsx and \.csv/],
    ['broken.xlsx', Buffer.from('not a zip file'), /could not be opened as an Excel workbook/],
    ['data.csv', Buffer.from('a,b\n1,2\n'), /could not tell which sheet this CSV holds/],
    ['actions.csv', Buffer.from('Ref,Action\n'), /no rows to import/],
  ])('%s is refused with a reason', async (name, bytes, message) => {
    const errors = errorsOf(await parseSpreadsheet(name, bytes));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
  });

  it('names a missing template column on the header row', async () => {
    const errors = errorsOf(await parseSpreadsheet('actions.csv', Buffer.from('Plan,Council,Action\nP,C,Do it\n')));
    expect(errors).toEqual([{ sheet: 'actions.csv', row: 1, column: 'ref', message: "the actions sheet has no 'ref' column; add it to the header row (see the template)" }]);
  });

  it('asks for the council when an actions CSV without a plan sheet does not give it', async () => {
    const errors = errorsOf(await parseSpreadsheet('actions.csv', Buffer.from('Plan,Ref,Action\nP,1,Do it\n')));
    expect(errors.map((e) => [e.row, e.column])).toEqual([[2, 'council']]);
  });
});
