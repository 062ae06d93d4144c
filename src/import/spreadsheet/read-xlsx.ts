import type ExcelJS from 'exceljs';
import { loadExcel } from './load-exceljs';
import type { SheetCell, SheetRow, SheetTable } from './types';

type Value = ExcelJS.CellValue | undefined;

/** Rounds away binary noise from percentage scaling (0.51 * 100 = 51.00000000000001). */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/** dd/mm/yyyy, as a UK officer types and reads a date. */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function fromValue(value: Value, numFmt: string): SheetCell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'yes' : 'no' };
  if (typeof value === 'number') {
    if (numFmt.includes('%')) {
      const n = tidy(value * 100);
      return { text: `${n}%`, number: n, percent: true };
    }
    return { text: String(value), number: value };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '' };
    const iso = value.toISOString().slice(0, 10);
    return { text: ukDate(iso), date: iso };
  }
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('error' in value) return { text: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) return fromValue(value.result as Value, numFmt);
  if ('hyperlink' in value) return { text: String(value.text ?? value.hyperlink) };
  return { text: '' };
}

/** One cell of a row, as text plus what Excel knew about it. */
export function readCell(cell: ExcelJS.Cell): SheetCell {
  const out = fromValue(cell.value, cell.numFmt ?? '');
  return { ...out, text: out.text.replace(/\r\n?/g, '\n').trim() };
}

/**
 * Reads every worksheet of an .xlsx file into rows of cells; throws when the bytes are not a workbook
 * (the caller turns that into an error for the officer).
 */
export async function readXlsx(documentId: string, bytes: Buffer): Promise<SheetTable[]> {
  const workbook = new (await loadExcel()).Workbook();
  // A copy as a plain ArrayBuffer: exceljs types its input as its own Buffer, which Node 20 Buffers are not.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer as ExcelJS.Buffer);
  const tables: SheetTable[] = [];
  workbook.eachSheet((sheet) => {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: SheetCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(readCell(row.getCell(c)));
      if (cells.some((cell) => cell.text !== '')) rows.push({ row: rowNumber, cells });
    });
    tables.push({ name: sheet.name, documentId, page: tables.length + 1, rows });
  });
  return tables;
}
