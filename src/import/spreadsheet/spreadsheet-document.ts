import type { SourceDocument } from '../../domain/model';
import type { SheetTable } from './types';

/**
 * The file as a source document, so a figure can be cited as "file, sheet (page), row (line)": each
 * sheet is a page whose line n is Excel row n, cells separated by tabs.
 */
export function spreadsheetDocument(documentId: string, fileName: string, council: string, tables: SheetTable[]): SourceDocument {
  return {
    id: documentId,
    council,
    title: `${fileName} (${tables.map((t) => t.name).join(', ')})`,
    fileName,
    pages: tables.map((table) => {
      const last = table.rows.at(-1)?.row ?? 0;
      const lines: string[] = Array.from({ length: last }, () => '');
      for (const r of table.rows) lines[r.row - 1] = r.cells.map((c) => c.text.replace(/\s+/g, ' ')).join('\t');
      return { number: table.page, lineStart: 1, lineEnd: last, text: lines.join('\n') };
    }),
  };
}
