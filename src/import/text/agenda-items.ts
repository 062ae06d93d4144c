import type { AgendaItem, Flag } from '../../domain/model';
import { cleanCell } from './ocr';
import { titleCase, isAllCaps } from './plain';

/** An agenda item with the line it is printed on and any note under it ("Addendum report."). */
export interface AgendaEntry extends AgendaItem {
  line: number;
  description?: string;
}

const PAGES_WORD = /\(?\s*Pages?\b\D{0,40}?(\d{1,4})\s*-\s*(\d{1,4})\s*\)?/i;
const BARE_RANGE = /^\(?(\d{1,4})\s*-\s*(\d{1,4})\)?$/;
const ITEM_START = /^(\d{1,2}[a-z]?)\.?(?:\s+|$)(.*)$/;

/** The cells of one agenda line, whether a markdown table row, a tab row or plain text. */
function cellsOf(raw: string): string[] {
  if (/^\s*-?\s*\|/.test(raw)) return raw.split('|').slice(1, -1).map(cleanCell).map((c) => c.replace(/\*+/g, ''));
  return raw.split('\t').map(cleanCell).map((c) => c.replace(/\*+/g, ''));
}

function pagesIn(cells: string[], bareAllowed: boolean): { from: number; to: number; raw: string } | undefined {
  for (const cell of cells) {
    const m = PAGES_WORD.exec(cell) ?? (bareAllowed ? BARE_RANGE.exec(cell) : null);
    if (m) return { from: Number(m[1]), to: Number(m[2]), raw: m[0] };
  }
  return undefined;
}

/** "(Lead (Pages Member) 3 - 24)": OCR wove the pages column into the title; take it back out. */
function untangle(title: string): { title: string; repaired: boolean } {
  const woven = /\(Pages\s+([^()\d]+\))\s*\d{1,4}\s*-\s*\d{1,4}\)\s*$/i.exec(title);
  if (woven) return { title: (title.slice(0, woven.index) + woven[1]).trim(), repaired: true };
  return { title: title.replace(PAGES_WORD, '').trim(), repaired: false };
}

/** Splits "<b>4. MINUTES</b> To approve..." into the bold title and the description. */
function boldTitle(raw: string): { title: string; description?: string } | undefined {
  const m = /^\s*<b>\s*\d{1,2}[a-z]?\.?\s*(.*?)<\/b>\s*(.*)$/i.exec(raw);
  if (!m) return undefined;
  const description = cleanCell(m[2] ?? '').replace(/\*+/g, '');
  return { title: cleanCell(m[1] ?? ''), ...(description ? { description } : {}) };
}

/**
 * Agenda items between `from` and `to` (1-based, inclusive): number, title, description and the
 * page range, in any of the layouts the packs use (markdown table, tab table with a "Pages" column,
 * plain lines with "(Pages 25 - 28)" on the next line).
 */
export function readAgendaItems(lines: readonly string[], from: number, to: number, flags: Flag[]): AgendaEntry[] {
  const items: AgendaEntry[] = [];
  let pagesColumn = false;
  for (let line = from; line <= to; line++) {
    const raw = lines[line - 1] ?? '';
    const cells = cellsOf(raw).filter((c, i, all) => c !== '' || i < all.length - 1);
    if (cells.length === 0 || cells.every((c) => c === '' || /^-+$/.test(c))) continue;
    if (cells.some((c) => /^pages$/i.test(c))) {
      pagesColumn = true;
      continue;
    }
    const first = cells[0] ?? '';
    const start = ITEM_START.exec(first);
    const title0 = start ? (start[2] || cells[1] || '').trim() : '';
    if (start && title0 && !/^\d/.test(title0)) {
      const bold = boldTitle(raw.split('\t')[0] ?? '');
      const fixed = untangle(bold?.title ?? title0);
      if (fixed.repaired) {
        flags.push({ code: 'agenda-pages-interleaved', severity: 'repaired', raw, message: `Agenda item ${start[1]}: page column woven into the title; title and pages separated` });
      }
      const title = isAllCaps(fixed.title) ? titleCase(fixed.title) : fixed.title;
      const item: AgendaEntry = { number: start[1] ?? '', title, line, ...(bold?.description ? { description: bold.description } : {}) };
      const pages = pagesIn(cells, pagesColumn);
      if (pages) setPages(item, pages, flags);
      items.push(item);
      continue;
    }
    const last = items[items.length - 1];
    if (!last) continue;
    const pages = last.pageFrom === undefined ? pagesIn(cells, pagesColumn) : undefined;
    if (pages) {
      setPages(last, pages, flags);
      continue;
    }
    const note = cells.filter((c) => c && !/^[,.;]$/.test(c) && !BARE_RANGE.test(c) && !/^\d+\s*-\s*\d+\)?$/.test(c)).join(' ');
    if (note && line - last.line <= 2 && cells[0] === '') last.description = last.description ? `${last.description} ${note}` : note;
  }
  return items;
}

function setPages(item: AgendaEntry, pages: { from: number; to: number; raw: string }, flags: Flag[]): void {
  if (pages.from > pages.to) {
    flags.push({ code: 'agenda-pages-reversed', severity: 'ambiguous', raw: pages.raw, message: `Agenda item ${item.number}: page range runs backwards; pages left out` });
    return;
  }
  item.pageFrom = pages.from;
  item.pageTo = pages.to;
}
