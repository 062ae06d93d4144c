import { parseDueDate } from '../../../domain/due-date';
import { cleanCell } from '../../text/ocr';
import type { PackText } from '../types';

/** An HM Inspectorate of Probation report found in a pack, and where it runs. */
export interface HmipReport {
  /** The place inspected, as the title gives it: "Medway". */
  area: string;
  /** "HMIP inspection of Medway youth offending services 2020". */
  body: string;
  /** The report's date as printed ("June 2020") and the last day of it. */
  published?: { raw: string; iso?: string };
  lineStart: number;
  lineEnd: number;
  /** Footnote texts by number, as `<sup>n</sup> text` lines give them. */
  footnotes: Map<string, string>;
}

const TITLE = /^An inspection of (.+?) in\s*(.*)$/i;
const PUBLISHER = /HM Inspectorate of Probation,\s*([A-Z][a-z]+\s+\d{4})/;

function nextText(pack: PackText, from: number): { text: string; line: number } | undefined {
  for (let n = from; n <= Math.min(pack.lines.length, from + 5); n++) {
    const text = cleanCell(pack.lines[n - 1] ?? '');
    if (text !== '') return { text, line: n };
  }
  return undefined;
}

/** Reads the report's title page ("An inspection of youth offending services in Medway"). */
export function findHmipReport(pack: PackText): HmipReport | undefined {
  for (let n = 1; n <= pack.lines.length; n++) {
    if (!/inspection of/i.test(pack.lines[n - 1] ?? '')) continue;
    const title = TITLE.exec(cleanCell(pack.lines[n - 1] ?? ''));
    if (!title) continue;
    const area = title[2] || nextText(pack, n + 1)?.text || '';
    let published: HmipReport['published'];
    for (let m = n; m <= Math.min(pack.lines.length, n + 12) && !published; m++) {
      const p = PUBLISHER.exec(pack.lines[m - 1] ?? '');
      if (p?.[1]) published = { raw: p[1], ...(parseDueDate(p[1]).date ? { iso: parseDueDate(p[1]).date } : {}) };
    }
    if (!published || area === '') continue;
    let lineEnd = pack.lines.length;
    const footnotes = new Map<string, string>();
    for (let m = n + 1; m <= pack.lines.length; m++) {
      const raw = pack.lines[m - 1] ?? '';
      if (/intentionally left blank/i.test(raw)) {
        lineEnd = m - 1;
        break;
      }
      const note = /^<sup>(\d+)<\/sup>\s*(.+)$/.exec(raw.trim());
      if (note?.[1] && !footnotes.has(note[1])) footnotes.set(note[1], cleanCell(note[2] ?? ''));
    }
    const year = published.raw.slice(-4);
    const body = `HMIP inspection of ${area} ${title[1]} ${year}`;
    return { area, body, published, lineStart: n, lineEnd, footnotes };
  }
  return undefined;
}

/** Footnote numbers a raw cell refers to (`<sup>11</sup>`). */
export function footnoteRefs(raw: string): string[] {
  return [...raw.matchAll(/<sup>\s*(\d+)\s*<\/sup>/g)].map((m) => m[1] ?? '');
}

/** A cell without its footnote markers. */
export function withoutFootnotes(raw: string): string {
  return cleanCell(raw.replace(/<sup>[^<]*<\/sup>/g, ''));
}

/**
 * The period a source footnote names, when it ends with a range ("Proven reoffending statistics,
 * October 2016 to September 2017." gives "October 2016 to September 2017"). A single date, such as
 * a publication date ("Census 2011, December 2012"), names no period and gives nothing.
 */
export function periodOfFootnote(text: string | undefined): { period: string; periodEnd?: string } | undefined {
  if (!text) return undefined;
  const tail = text.split(',').pop()?.trim().replace(/\.$/, '') ?? '';
  if (!/\bto\b/i.test(tail) || !/\d{4}$/.test(tail)) return undefined;
  const end = parseDueDate(tail).date;
  return { period: tail, ...(end ? { periodEnd: end } : {}) };
}
