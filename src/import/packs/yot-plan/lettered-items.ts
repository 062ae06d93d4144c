import type { Paragraph } from './html-paragraphs';

/** One lettered entry of a cell ("A: ...", or a grouped "A/ B/ C: ..."), with what follows it. */
export interface LetteredItem {
  letters: string[];
  /** The prefix as printed, e.g. "A/ B/ C". */
  label: string;
  paragraphs: Paragraph[];
}

/** A cell read by letter: what comes before the first letter, and the lettered items. */
export interface LetteredCell {
  /** Paragraphs before the first letter: a value that applies to the whole priority. */
  preamble: Paragraph[];
  items: LetteredItem[];
}

const PREFIX = /^([A-H](?:\s*\/\s*[A-H])*)\s*:\s*/;

/**
 * Groups a cell's paragraphs by their letter prefix. A paragraph without a prefix belongs to the
 * item before it (a bullet list, or a sentence continued after a page break).
 */
export function letteredItems(paragraphs: readonly Paragraph[]): LetteredCell {
  const cell: LetteredCell = { preamble: [], items: [] };
  for (const p of paragraphs) {
    const m = PREFIX.exec(p.text);
    if (m) {
      const label = m[1] ?? '';
      const rest = p.text.slice(m[0].length);
      cell.items.push({
        letters: label.split('/').map((l) => l.trim()),
        label,
        paragraphs: rest === '' ? [] : [{ ...p, text: rest }],
      });
      continue;
    }
    const last = cell.items[cell.items.length - 1];
    if (last) last.paragraphs.push(p);
    else cell.preamble.push(p);
  }
  return cell;
}

/** The item that covers a letter, if any. */
export function itemFor(cell: LetteredCell, letter: string): LetteredItem | undefined {
  return cell.items.find((item) => item.letters.includes(letter));
}
