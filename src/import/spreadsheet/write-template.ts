import type ExcelJS from 'exceljs';
import { planKinds } from '../../domain/model';
import { loadExcel } from './load-exceljs';
import { TEMPLATE_COLUMNS } from './columns';
import { ukDate } from './read-xlsx';
import { SAMPLE_ROWS, type SampleCell } from './sample-plan';
import type { SheetKind } from './types';

const KINDS: SheetKind[] = ['plan', 'scale', 'actions', 'indicators'];

/** Drop-down lists officers pick from, so the commonest mistakes cannot be typed. */
const LISTS: Partial<Record<SheetKind, Record<string, string[]>>> = {
  plan: { kind: [...planKinds] },
  scale: { complete: ['yes', 'no'] },
  indicators: {
    polarity: ['higher', 'lower', 'none'],
    target_state: ['set', 'to be agreed', 'to be set', 'none'],
    comparator_kind: ['england', 'national', 'statistical-neighbours', 'region', 'family-group', 'area', 'previous', 'other'],
  },
};

/** Text columns Excel would otherwise turn into numbers or dates (1.10 into 1.1). */
const TEXT_COLUMNS = ['ref', 'action_ref', 'priority', 'version', 'due', 'recommendations', 'period', 'code'];

const INSTRUCTIONS = [
  'How to fill in this workbook (full guide: docs/import-template.md)',
  'plan: one row per plan. scale: one row per status of the plan\'s scale (leave plan blank to use it for every plan).',
  'actions: one row per action. Keep refs as the plan writes them (1.2, 2A). Due: "January 2020", "31/01/2020", "Ongoing from October 2019"...',
  'indicators: one row per indicator per period, with its value, target and one comparator. Write 51% or 51 with unit %.',
  'indicators: polarity says which way is better (higher, lower, none); target_state says a target is "to be agreed" or "to be set" when there is no figure yet.',
  'Header names are not case sensitive and spaces or underscores do not matter. Extra columns are reported and kept, not lost.',
  'Any mistake stops the whole import and is reported with its sheet, row and column, so nothing is half imported.',
  'The rows below the headers are an invented SAMPLE plan: replace them with your own.',
];

function addSampleCell(cell: ExcelJS.Cell, value: SampleCell): void {
  if (value === undefined) return;
  if (value instanceof Date) {
    cell.value = value;
    cell.numFmt = 'dd/mm/yyyy';
  } else if (typeof value === 'object') {
    cell.value = Number((value.percent / 100).toPrecision(12));
    cell.numFmt = Number.isInteger(value.percent) ? '0%' : '0.0%';
  } else cell.value = value;
}

/** The template workbook: the four sheets with headers, drop-downs and the sample plan, and instructions. */
export async function buildTemplateWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'council-board-bot';
  workbook.created = workbook.modified = new Date(Date.UTC(2024, 2, 18));
  const help = workbook.addWorksheet('instructions');
  INSTRUCTIONS.forEach((line, i) => (help.getCell(i + 1, 1).value = line));
  help.getColumn(1).width = 120;
  help.getRow(1).font = { bold: true };
  for (const kind of KINDS) {
    const columns = Object.keys(TEMPLATE_COLUMNS[kind]);
    const sheet = workbook.addWorksheet(kind, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((key) => ({ header: key, key, width: Math.max(12, key.length + 4) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    for (const key of TEXT_COLUMNS) if (columns.includes(key)) sheet.getColumn(key).numFmt = '@';
    SAMPLE_ROWS[kind].forEach((values, r) => values.forEach((v, c) => addSampleCell(sheet.getCell(r + 2, c + 1), v)));
    const lists = { ...LISTS[kind], ...(kind === 'actions' ? { status: SAMPLE_ROWS.scale.map((row) => String(row[2])) } : {}) };
    for (const [key, options] of Object.entries(lists)) {
      const col = columns.indexOf(key) + 1;
      for (let r = 2; r <= 200; r++) {
        sheet.getCell(r, col).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${options.join(',')}"`] };
      }
    }
  }
  return workbook;
}

/** The template workbook as .xlsx bytes. */
export async function writeTemplate(): Promise<Buffer> {
  return Buffer.from(await (await buildTemplateWorkbook()).xlsx.writeBuffer());
}

function csvField(value: SampleCell): string {
  if (value === undefined) return '';
  const text = value instanceof Date ? ukDate(value.toISOString().slice(0, 10)) : typeof value === 'object' ? `${value.percent}%` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One sheet of the sample as CSV text, with the byte-order mark Excel needs to read £ as UTF-8. */
export function templateCsv(kind: SheetKind): string {
  const rows = [Object.keys(TEMPLATE_COLUMNS[kind]), ...SAMPLE_ROWS[kind]];
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

// Run with `npx tsx src/import/spreadsheet/write-template.ts [xlsx|plan|scale|actions|indicators] > file`:
// the bytes go to standard output, so the script itself writes no files.
if (require.main === module) {
  const what = process.argv[2] ?? 'xlsx';
  const out = KINDS.includes(what as SheetKind) ? Promise.resolve(Buffer.from(templateCsv(what as SheetKind))) : writeTemplate();
  void out.then((bytes) => process.stdout.write(bytes));
}
