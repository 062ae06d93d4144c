import { cleanCell } from '../../text/ocr';

/** One block of a table cell: a `<p>`, an `<li>`, or a lettered item run into plain text. */
export interface Paragraph {
  text: string;
  /** Came from an `<li>` (shown on its own line). */
  listItem: boolean;
  /** 1-based pack line the paragraph was read from. */
  line: number;
}

const BLOCK_BREAK = '\u0001';
const LIST_START = '\u0002';

/**
 * Plain-text cells (a page-break row that lost its HTML) run lettered items together, separated by
 * two or more spaces: "... VRU).  D: Challenge partners". Split before such markers only.
 */
const RUN_IN_LETTER = /[ \u00a0]{2,}(?=[A-H](?:\s*\/\s*[A-H])*:\s)/;

/** Splits a raw HTML table cell into cleaned, non-empty paragraphs. */
export function htmlParagraphs(raw: string, line: number): Paragraph[] {
  const marked = raw
    .replace(/<li\b[^>]*>/gi, BLOCK_BREAK + LIST_START)
    .replace(/<\/?(?:p|ul|ol|li|br|div)\b[^>]*\/?>/gi, BLOCK_BREAK);
  const out: Paragraph[] = [];
  for (const block of marked.split(BLOCK_BREAK)) {
    const listItem = block.startsWith(LIST_START);
    const body = listItem ? block.slice(1) : block;
    for (const piece of body.split(RUN_IN_LETTER)) {
      const text = cleanCell(piece);
      if (text !== '') out.push({ text, listItem, line });
    }
  }
  return out;
}

/** Counts the empty `<p></p>` placeholders in a cell (where a lost RAG symbol once sat). */
export function emptyParagraphCount(raw: string): number {
  return (raw.match(/<p\b[^>]*>\s*<\/p>/gi) ?? []).length;
}

/**
 * Joins paragraphs into one text. A paragraph that starts in lower case is the tail of a sentence cut
 * by a page break and joins with a space; list items and new sentences start a new line.
 */
export function joinParagraphs(paragraphs: readonly Paragraph[]): string {
  let text = '';
  for (const p of paragraphs) {
    if (text === '') text = p.text;
    else if (!p.listItem && /^[a-z(]/.test(p.text)) text += ` ${p.text}`;
    else text += `\n${p.text}`;
  }
  return text;
}
