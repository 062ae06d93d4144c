import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded the first time a workbook is read or written. Members' and officers' turns never
 * need it, and loaded at start-up it would hold some 25 MB of the bot's memory for nothing.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
