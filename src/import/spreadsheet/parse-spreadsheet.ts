import type { Dataset, SourceDocument } from '../../domain/model';
import { buildActions, checkStatuses } from './build-actions';
import { buildIndicators } from './build-indicators';
import { buildPlanRegistry } from './build-plans';
import { applyScales } from './build-scales';
import { columnKey, headerIndex, keyRows, REQUIRED_COLUMNS, sheetKindOfCsv, sheetKindOfName } from './columns';
import { decodeCsv, readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { spreadsheetDocument } from './spreadsheet-document';
import type { KeyedSheets, SheetKind, SheetTable, SpreadsheetIssue, SpreadsheetResult } from './types';

export type { SpreadsheetIssue, SpreadsheetResult } from './types';

/** One file of an import: its name (which tells the format) and its bytes. */
export interface SpreadsheetFile {
  fileName: string;
  bytes: Buffer;
}

const baseName = (fileName: string): string => fileName.split(/[\\/]/).pop() ?? fileName;
const fileIssue = (sheet: string, message: string): SpreadsheetIssue => ({ sheet, row: 0, column: '', message });

interface ReadFile {
  fileName: string;
  documentId: string;
  tables: { table: SheetTable; kind: SheetKind }[];
  /** Every sheet's name in workbook order, so issues can be listed in the order the officer sees. */
  sheetNames: string[];
}

/** Reads one file's bytes into template sheets; problems with the file as a whole go to `errors`. */
async function readFile(file: SpreadsheetFile, errors: SpreadsheetIssue[], warnings: SpreadsheetIssue[]): Promise<ReadFile> {
  const fileName = baseName(file.fileName);
  const documentId = `spreadsheet:${fileName}`;
  const out: ReadFile = { fileName, documentId, tables: [], sheetNames: [fileName] };
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'xlsx' || ext === 'xlsm') {
    let tables: SheetTable[];
    try {
      tables = await readXlsx(documentId, file.bytes);
    } catch (e) {
      errors.push(fileIssue(fileName, `the file could not be opened as an Excel workbook (${e instanceof Error ? e.message : String(e)}); save it again from Excel as .xlsx`));
      return out;
    }
    for (const table of tables) {
      out.sheetNames.push(table.name);
      const kind = sheetKindOfName(table.name);
      if (kind === 'ignored') continue;
      if (kind) out.tables.push({ table, kind });
      else if (table.rows.length > 0) warnings.push(fileIssue(table.name, "this sheet is not part of the template (plan, scale, actions, indicators) and was ignored"));
    }
    return out;
  }
  if (ext === 'csv' || ext === 'txt') {
    const decoded = decodeCsv(file.bytes);
    if (decoded.encoding !== 'utf-8') warnings.push(fileIssue(fileName, "the file is not UTF-8, so it was read as Windows 'CSV'; check letters such as £ and accents came through, or save as 'CSV UTF-8'"));
    let table: SheetTable;
    try {
      table = readCsv(fileName, documentId, decoded.text);
    } catch (e) {
      errors.push(fileIssue(fileName, `the file could not be read as CSV (${e instanceof Error ? e.message : String(e)})`));
      return out;
    }
    const kind = sheetKindOfCsv(fileName, table.rows[0]?.cells.map((c) => c.text) ?? []);
    if (kind) out.tables.push({ table, kind });
    else errors.push(fileIssue(fileName, "we could not tell which sheet this CSV holds; name it e.g. 'actions.csv', 'indicators.csv', 'plan.csv' or 'scale.csv'"));
    return out;
  }
  const hint = ext === 'xls' ? "this is the old Excel format; save it as 'Excel Workbook (.xlsx)'" : 'only .xlsx and .csv files can be imported';
  errors.push(fileIssue(fileName, hint));
  return out;
}

/** Parses one spreadsheet (an .xlsx workbook, or one CSV sheet) in the import template. */
export async function parseSpreadsheet(fileName: string, bytes: Buffer): Promise<SpreadsheetResult> {
  return parseSpreadsheetFiles([{ fileName, bytes }]);
}

/**
 * Parses several files as one workbook (e.g. plan.csv, scale.csv, actions.csv and indicators.csv):
 * the whole set is checked together, and any error means nothing is returned but the errors.
 */
export async function parseSpreadsheetFiles(files: SpreadsheetFile[]): Promise<SpreadsheetResult> {
  try {
    return await parseAll(files);
  } catch (e) {
    // A bug of ours must not pass for the officer's mistake, nor crash the caller: report it plainly.
    const message = `the import stopped on an unexpected problem (${e instanceof Error ? e.message : String(e)}); nothing was imported`;
    return { ok: false, errors: [fileIssue(files.map((f) => baseName(f.fileName)).join(', '), message)] };
  }
}

async function parseAll(files: SpreadsheetFile[]): Promise<SpreadsheetResult> {
  const errors: SpreadsheetIssue[] = [];
  const warnings: SpreadsheetIssue[] = [];
  const read: ReadFile[] = [];
  for (const file of files) read.push(await readFile(file, errors, warnings));

  const sheets: KeyedSheets = { plan: [], scale: [], actions: [], indicators: [] };
  for (const { table, kind } of read.flatMap((f) => f.tables)) {
    if (table.rows.length === 0) continue;
    const header = table.rows[headerIndex(kind, table)]!;
    const present = header.cells.map((c) => columnKey(kind, c.text));
    const missing = REQUIRED_COLUMNS[kind].filter((key) => !present.includes(key));
    for (const key of missing) {
      errors.push({ sheet: table.name, row: header.row, column: key, message: `the ${kind} sheet has no '${key}' column; add it to the header row (see the template)` });
    }
    if (missing.length === 0) sheets[kind].push(...keyRows(kind, table, warnings));
  }
  const rowsRead = Object.values(sheets).reduce((n, rows) => n + rows.length, 0);
  if (errors.length === 0 && rowsRead === 0) errors.push(fileIssue(read[0]?.fileName ?? '', 'there are no rows to import: the file has no plan, scale, actions or indicators rows'));

  const registry = buildPlanRegistry(sheets.plan, errors);
  const actions = buildActions(sheets.actions, registry, errors, warnings);
  const known = { planIds: new Set(actions.map((a) => a.action.planId)), ids: new Set(actions.map((a) => a.action.id)) };
  const indicators = buildIndicators(sheets.indicators, registry, known, errors);
  applyScales(registry, sheets.scale, errors);
  checkStatuses(actions, registry, errors);

  if (errors.length > 0) return { ok: false, errors: inSheetOrder(errors, read) };
  const plans = [...registry.plans.values()];
  const documents: SourceDocument[] = read.map((f) => spreadsheetDocument(f.documentId, f.fileName, plans[0]?.council ?? '', f.tables.map((t) => t.table)));
  const dataset: Partial<Dataset> = { documents, plans, actions: actions.map((a) => a.action), indicators };
  return { ok: true, dataset, rowsRead, warnings: inSheetOrder(warnings, read) };
}

/** Errors by file, sheet and row, as the officer will work through them. */
function inSheetOrder(errors: SpreadsheetIssue[], read: ReadFile[]): SpreadsheetIssue[] {
  const order = new Map<string, number>();
  for (const name of read.flatMap((f) => f.sheetNames)) if (!order.has(name)) order.set(name, order.size);
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (order.get(a.e.sheet) ?? -1) - (order.get(b.e.sheet) ?? -1) || a.e.row - b.e.row || a.i - b.i)
    .map(({ e }) => e);
}

/** One issue as a line an officer can act on: "actions, row 5, due: ...". */
export function formatSpreadsheetIssue(issue: SpreadsheetIssue): string {
  const where = [issue.sheet, issue.row > 0 ? `row ${issue.row}` : '', issue.column].filter((s) => s !== '').join(', ');
  return `${where}: ${issue.message}`;
}
