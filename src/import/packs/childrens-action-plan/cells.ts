import { normaliseOcr } from '../../text/ocr';
import type { Row } from '../../text/tsv';

/** A table row whose cells had their Cyrillic/Greek look-alike letters mapped to Latin. */
export interface CleanRow extends Row {
  /** The look-alike repairs made, e.g. "'В' -> 'B' (look-alike letters)". */
  repairs: string[];
}

/** Maps look-alike letters cell by cell; readTsvRows has already stripped markup. */
export function repairRow(row: Row): CleanRow {
  const repairs: string[] = [];
  const cells = row.cells.map((cell) => {
    const result = normaliseOcr(cell);
    repairs.push(...result.repairs);
    return result.text;
  });
  return { line: row.line, cells, repairs };
}

/** Lower-case letters only: "Ofsted Recom menda tion" -> "ofstedrecommendation". */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}
