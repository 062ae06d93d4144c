import { splitNameRole } from '../../text/contact';
import { plainLine } from '../../text/plain';
import type { Sighting } from './sighting';

const LABEL = /^(portfolio holder|report from(?:\s*\/\s*authors?)?|authors?|report authors?|lead member)\s*:?\s*(.*)$/i;
const STOP = /^(summary|\d+\.|background|recommendations?|purpose)/i;

function councillor(text: string): boolean {
  return /^(?:Councillor|Cllr\.?)\s/i.test(text.trim());
}

/** The pieces of one labelled block: the label's own text, hard-wrapped lines and tab continuation rows. */
function blockPieces(lines: readonly string[], n: number, first: string): { pieces: { text: string; line: number }[]; end: number } {
  const pieces = first ? [{ text: first, line: n }] : [];
  let end = n;
  let wrapped = /\s{2,}$/.test(lines[n - 1] ?? '');
  for (let k = n + 1; k <= Math.min(lines.length, n + 8); k++) {
    const raw = lines[k - 1] ?? '';
    const text = plainLine(raw);
    const tabbed = /^\s*\t/.test(raw) && text !== '';
    if (text === '') {
      wrapped = false;
      continue;
    }
    if (LABEL.test(text) || STOP.test(text)) break;
    const parenthesis = /^\(.{1,40}\)$/.test(text) && k - end <= 2;
    const person = k - end <= 2 && /,/.test(text) && splitNameRole(text)?.role !== undefined;
    if (!(wrapped || tabbed || parenthesis || person)) break;
    pieces.push({ text, line: k });
    end = k;
    wrapped = /\s{2,}$/.test(raw);
  }
  return { pieces, end };
}

/** One labelled block of a report header: its label as printed ("Report from", "Author") and the people in it. */
export interface HeaderBlock {
  label: string;
  line: number;
  lineEnd: number;
  people: Sighting[];
}

/**
 * People named in report headers: "Portfolio Holder: Councillor Alan Jarrett, Leader of Council",
 * "Report from: James Williams, Director of Public Health", "Author: Andrew Willetts, Head of ...",
 * with titles wrapped onto the next line or continued in tab rows.
 */
export function readReportHeaderPeople(lines: readonly string[]): Sighting[] {
  return readReportHeaderBlocks(lines).flatMap((block) => block.people);
}

/** The labelled blocks of every report header in the pack, each with the label it was printed under. */
export function readReportHeaderBlocks(lines: readonly string[]): HeaderBlock[] {
  const out: HeaderBlock[] = [];
  for (let n = 1; n <= lines.length; n++) {
    const label = LABEL.exec(plainLine(lines[n - 1] ?? ''));
    if (!label) continue;
    const { pieces, end } = blockPieces(lines, n, (label[2] ?? '').trim());
    const people: Sighting[] = [];
    let current: Sighting | undefined;
    for (const piece of pieces) {
      const who = splitNameRole(piece.text);
      if (who && (who.role !== undefined || !current)) {
        current = { name: who.name, ...(who.role ? { role: who.role } : {}), line: piece.line, lineEnd: piece.line, ...(councillor(piece.text) ? { councillor: true } : {}) };
        people.push(current);
      } else if (current) {
        current.role = current.role ? `${current.role} ${piece.text}` : piece.text;
        current.lineEnd = piece.line;
      }
    }
    out.push({ label: label[1] ?? '', line: n, lineEnd: Math.max(n, end), people });
    n = Math.max(n, end);
  }
  return out;
}
