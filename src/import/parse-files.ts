import { extname } from 'node:path';
import { type Dataset, mergeDatasets } from '../domain/model';
import { parsePack } from './packs/parse-pack';
import { settleIndicators } from './settle-indicators';
import { formatSpreadsheetIssue, parseSpreadsheetFiles } from './spreadsheet/parse-spreadsheet';

export interface InputFile {
  fileName: string;
  bytes: Buffer;
}

export type ParseOutcome = { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; errors: string[] };

const packExtensions = new Set(['.txt', '.md', '.text']);
const sheetExtensions = new Set(['.xlsx', '.csv']);

/** Whether a file of this name is of a type the importers read (by its extension). */
export function isImportable(fileName: string): boolean {
  const ext = extname(fileName).toLowerCase();
  return packExtensions.has(ext) || sheetExtensions.has(ext);
}

/**
 * Reads agenda packs (text) and spreadsheets (XLSX, or CSV files taken together) into one dataset.
 * Any error in any file fails the whole set, so an import is all or nothing.
 */
export async function parseFiles(files: InputFile[]): Promise<ParseOutcome> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const parts: Dataset[] = [];
  const sheets = files.filter((f) => sheetExtensions.has(extname(f.fileName).toLowerCase()));
  for (const file of files) {
    const ext = extname(file.fileName).toLowerCase();
    if (sheetExtensions.has(ext)) continue;
    if (!packExtensions.has(ext)) {
      errors.push(`${file.fileName}: not a file type I can import; use an agenda pack as text (.txt, .md) or a spreadsheet (.xlsx, .csv).`);
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      errors.push(`${file.fileName}: is not UTF-8 text (saved from Word or Excel in another encoding?); save it as UTF-8 and import again.`);
      continue;
    }
    try {
      parts.push(parsePack(file.fileName, text));
    } catch (error) {
      errors.push(`${file.fileName}: ${(error as Error).message}`);
    }
  }
  if (sheets.length > 0) {
    const result = await parseSpreadsheetFiles(sheets.map((s) => ({ fileName: s.fileName, bytes: s.bytes })));
    if (result.ok) {
      parts.push(mergeDatasets(result.dataset));
      warnings.push(...(result.warnings ?? []).map(formatSpreadsheetIssue));
    } else {
      errors.push(...result.errors.map(formatSpreadsheetIssue));
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset: settleIndicators(mergeDatasets(...parts)), warnings };
}
