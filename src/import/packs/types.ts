import type { Dataset } from '../../domain/model';

/**
 * One agenda pack's text, as every pack parser sees it.
 *
 * @remarks
 * Line numbers are 1-based, as `sed -n` and the research notes print them: line n is `lines[n - 1]`.
 */
export interface PackText {
  documentId: string;
  fileName: string;
  lines: string[];
  /** "Medway", "Herefordshire", ... when the pack says which council it is from. */
  council?: string;
  /** Printed page number of a 1-based line, when the pack lets it be worked out. */
  pageOfLine(line: number): number | undefined;
}

/**
 * A parser finds its own kind of table or section in any pack and returns what it read; it returns
 * an empty object when the pack has none. Parsers never throw on odd input: they flag it.
 */
export type PackParser = (pack: PackText) => Partial<Dataset>;
