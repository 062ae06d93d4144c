import { cleanCell } from '../../text/ocr';
import type { PackText } from '../types';

/** One tab-separated line of a table: its 1-based line number and its cleaned cells. */
export interface TableLine {
  line: number;
  cells: string[];
}

/** A run of tab-separated lines, and the heading lines above it (nearest last). */
export interface TableBlock {
  lines: TableLine[];
  headings: string[];
  /** The prose just above the table, when it says what the table is. */
  intro?: string;
  /** The numbered section it is the first table of, written as a plain line ("14. Staffing" is "Staffing"), when there is one. */
  section?: string;
}

/** The last prose paragraph within a few lines above `line` that speaks of a table or what is below. */
function introOf(pack: PackText, line: number): string | undefined {
  for (let n = line - 1; n >= Math.max(1, line - 4); n--) {
    const text = (pack.lines[n - 1] ?? '').trim();
    if (text.includes('\t')) return undefined;
    if (!text) continue;
    let plain = cleanCell(text).replace(/^[-•]\s*(\d+(\.\d+)*\.?\s*)?/, '').replace(/^\d+\.\s*/, '');
    if (!/\btables?\b|\bbelow\b|\bfollowing\b/i.test(plain)) return undefined;
    // A paragraph cut by a page break goes on in lower case: its first half is the line before.
    const before = [n - 1, n - 2].map((k) => (pack.lines[k - 1] ?? '').trim()).find((t) => t !== '');
    if (/^[a-z]/.test(plain) && before && !before.includes('\t')) plain = `${cleanCell(before).replace(/^[-•]\s*(\d+(\.\d+)*\.?\s*)?/, '')} ${plain}`;
    return plain;
  }
  return undefined;
}

/** "Local Authorities <sup>2</sup>" is "Local Authorities": a footnote mark is not part of a label. */
const clean = (cell: string) => cleanCell(cell.replace(/<sup>[^<]*<\/sup>/gi, ''));

/**
 * A section opened on a plain line of its own by its number and a short title ("14. Staffing"): the
 * title. Alone between blank lines, of a few words with no mark after them: not an item of a numbered
 * list ("1. Prevention" / "2. Personalisation") nor a numbered sentence ("3. The council will fund...,").
 */
export function numberedSectionOf(pack: PackText, n: number): string | undefined {
  const blank = (k: number) => !(pack.lines[k - 1] ?? '').trim();
  const title = /^\d{1,2}\.\s+([A-Z][A-Za-z '’&()-]{2,60})$/.exec((pack.lines[n - 1] ?? '').trim())?.[1]!.trim();
  return title && title.split(/\s+/).length <= SECTION_WORDS && blank(n - 1) && blank(n + 1) ? title : undefined;
}
const SECTION_WORDS = 6;
/** Lines a section's first table is printed within: further on, another part of the pack may have begun. */
const SECTION_REACH = 30;

/** A markdown heading, or a line wholly in bold: what names the table below it. */
export function headingOf(text: string): string | undefined {
  const t = text.trim();
  const m = /^#{1,6}\s+(.+)$/.exec(t) ?? /^\*\*(.+)\*\*$/.exec(t) ?? /^<b>(.+)<\/b>$/i.exec(t);
  return m ? cleanCell(m[1]!).replace(/[:.]$/, '') : undefined;
}

/**
 * Every run of consecutive tab-separated lines. A run that follows another within a few lines
 * (a page footer such as "Further information ... is available from" between them), has as many
 * cells and opens with no header of its own, continues it: a table is read whole, to its Total.
 */
export function tableBlocks(pack: PackText, gap = 6): TableBlock[] {
  const blocks: (TableBlock & { end: number })[] = [];
  const headings: string[] = [];
  let section: string | undefined;
  let sectionAt = 0;
  let current: (TableBlock & { end: number }) | undefined;
  for (let n = 1; n <= pack.lines.length; n++) {
    const text = pack.lines[n - 1] ?? '';
    if (!text.includes('\t')) {
      const heading = headingOf(text);
      if (heading) {
        headings.push(heading);
        current = undefined;
        section = undefined;
      }
      const opened = numberedSectionOf(pack, n);
      if (opened) [section, sectionAt] = [opened, n];
      continue;
    }
    const row: TableLine = { line: n, cells: text.split('\t').map(clean) };
    const follows = current && current.end === n - 1;
    if (follows) {
      current!.lines.push(row);
      current!.end = n;
      continue;
    }
    const intro = introOf(pack, n);
    const near = section && n - sectionAt <= SECTION_REACH ? section : undefined;
    current = { lines: [row], headings: headings.slice(-3), end: n, ...(intro ? { intro } : {}), ...(near ? { section: near } : {}) };
    // NOTE: the first table of a section only: a second one there would take the same name, and its figures the first's.
    section = undefined;
    blocks.push(current);
  }
  return joinContinuations(blocks, gap);
}

function joinContinuations(blocks: (TableBlock & { end: number })[], gap: number): TableBlock[] {
  const out: (TableBlock & { end: number })[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    const first = block.lines[0]!;
    const width = (l: TableLine) => l.cells.length;
    const sameHeadings = previous && previous.headings.join('|') === block.headings.join('|');
    const second = block.lines[1];
    // "<b>Other</b>" and its rows just below a total: a further section of the same table.
    const section = previous !== undefined && second !== undefined && isLabelOnly(first) && opensWithFigures(second) && first.line - previous.end <= 2;
    if (previous && sameHeadings && first.line - previous.end <= gap && width(first) === width(previous.lines[0]!) && (opensWithFigures(first) || section)) {
      previous.lines.push(...block.lines);
      previous.end = block.end;
      continue;
    }
    out.push(block);
  }
  return out.map(({ lines, headings, intro, section }) => ({ lines, headings, ...(intro ? { intro } : {}), ...(section ? { section } : {}) }));
}

/** A label and nothing else: a section heading inside a table. */
export function isLabelOnly(line: TableLine): boolean {
  return line.cells[0] !== '' && line.cells.slice(1).every((c) => c === '');
}

/** The line is a data row (its last cell a figure), not a header. */
function opensWithFigures(line: TableLine): boolean {
  return /^[£]?\d[\d,]*(\.\d+)?%?$/.test(line.cells.at(-1) ?? '');
}
