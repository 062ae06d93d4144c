import type { Dataset } from '../../domain/model';

/** One problem in a spreadsheet, placed where the officer will find it in Excel (header = row 1). */
export interface SpreadsheetIssue {
  /** Sheet name as written in the workbook, or the CSV file name. */
  sheet: string;
  /** Row number as Excel shows it; 0 when the problem is with the whole file. */
  row: number;
  /** Column header as written, or the template's name when the column is missing. */
  column: string;
  /** What is wrong, in words an officer understands. */
  message: string;
}

/** What a spreadsheet import gives back: the whole dataset, or every error and nothing else. */
export type SpreadsheetResult =
  | { ok: true; dataset: Partial<Dataset>; rowsRead: number; warnings: SpreadsheetIssue[] }
  | { ok: false; errors: SpreadsheetIssue[] };

/** One cell as read: its text, and what Excel knew about it (a number, a date, a percentage format). */
export interface SheetCell {
  text: string;
  number?: number;
  /** ISO yyyy-mm-dd, when the cell is a date in Excel. */
  date?: string;
  /** The number was shown as a percentage, and has been scaled to 0-100. */
  percent?: boolean;
}

/** A non-blank row of a sheet. */
export interface SheetRow {
  /** Row number as Excel shows it. */
  row: number;
  cells: SheetCell[];
}

/** A sheet (or one CSV file) as rows of cells, before any template meaning is given to it. */
export interface SheetTable {
  /** Sheet name, or the CSV file name. */
  name: string;
  documentId: string;
  /** 1-based position of the sheet in its file; a CSV file is page 1. */
  page: number;
  rows: SheetRow[];
}

/** The four sheets of the template. */
export type SheetKind = 'plan' | 'scale' | 'actions' | 'indicators';

/** A data row with its cells keyed by template column name. */
export interface KeyedRow {
  sheet: SheetTable;
  row: number;
  cells: Record<string, SheetCell | undefined>;
  /** Unknown columns' values, by the header as written. */
  extra: Record<string, string>;
  /** Header as written, by template column name, so errors name the column the officer sees. */
  headers: Record<string, string>;
}

/** The rows of one kind of sheet, across every file of an import. */
export type KeyedSheets = Record<SheetKind, KeyedRow[]>;
