import { parse } from 'csv-parse/sync';
import type { SheetCell, SheetRow, SheetTable } from './types';

/** A CSV file as text, and how it had to be decoded. */
export interface DecodedCsv {
  text: string;
  /** Set when the bytes were not UTF-8 and were read as Windows-1252 (Excel's plain "CSV" on Windows). */
  encoding: 'utf-8' | 'windows-1252';
}

/** Decodes CSV bytes: UTF-8 (with or without Excel's byte-order mark), else Windows-1252. */
export function decodeCsv(bytes: Buffer): DecodedCsv {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Reads one CSV file as one sheet. Row numbers count records, as Excel shows them when it opens the
 * file (a quoted cell spanning two lines is still one row); blank records keep their number.
 */
export function readCsv(name: string, documentId: string, text: string): SheetTable {
  const records = parse(text, {
    relax_column_count: true,
    skip_empty_lines: false,
    relax_quotes: true,
  }) as string[][];
  const rows: SheetRow[] = [];
  records.forEach((record, index) => {
    const cells: SheetCell[] = record.map((raw) => ({ text: raw.replace(/\r\n?/g, '\n').trim() }));
    if (cells.some((cell) => cell.text !== '')) rows.push({ row: index + 1, cells });
  });
  return { name, documentId, page: 1, rows };
}
