import type { ReportSection } from '../../../domain/model';
import { plainLine } from '../../text/plain';
import type { PackText } from '../types';

/** A contents row: a heading, dot leaders (or a bar), and a page number. */
const ROW = /^(.+?)\s*(?:\.{3,}|…+|\|)\s*(\d{1,3})(?:\s*-\s*\d{1,3})?$/;
/** A row of a contents table set out with a tab ("5. Leadership<tab>11"): read only under a "Contents" heading. */
const TAB_ROW = /^([^\t]*[A-Za-z][^\t]*)\t+(\d{1,3})\s*$/;
const CONTENTS = /^(?:table of )?contents$/i;

/**
 * The headings a contents table gives with their pages ("1.4. Information and facilities ..... 23"),
 * each numbered heading with the one it sits under ("2.3. Implementation and delivery" under "2.
 * Court disposals"). The pages are those the table prints: an appendix's own numbering.
 */
export function readContents(pack: PackText, from: number, to: number): ReportSection[] {
  const out: ReportSection[] = [];
  const tops = new Map<string, string>();
  let underContents = false;
  for (let n = from; n <= to; n++) {
    const raw = pack.lines[n - 1] ?? '';
    const plain = plainLine(raw);
    if (CONTENTS.test(plain)) {
      underContents = true;
      continue;
    }
    const tabbed = underContents ? TAB_ROW.exec(raw.trim()) : null;
    if (plain && !tabbed) underContents = false;
    const m = tabbed ? ([raw, plainLine(tabbed[1]!).replace(/\s*(?:\.{2,}|…+)\s*$/, ''), tabbed[2]] as const) : ROW.exec(plain);
    if (!m) continue;
    const heading = (m[1] ?? '').trim();
    if (!/[a-z]/i.test(heading) || heading.length > 120) continue;
    const top = /^(\d+)\.?\s+\D/.exec(heading);
    if (top) tops.set(top[1]!, heading);
    const sub = /^(\d+)\.\d+\.?\s/.exec(heading);
    const parent = sub ? tops.get(sub[1]!) : undefined;
    out.push({ heading, ...(parent ? { parent } : {}), page: Number(m[2]), line: n });
  }
  return out;
}
