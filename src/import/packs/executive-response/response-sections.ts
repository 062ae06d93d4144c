import { plainLine } from '../../text/plain';
import type { PackText } from '../types';

/** One "Summary of recommendations to … and … responses [group]" section of a pack. */
export interface ResponseSection {
  /** Heading line. */
  line: number;
  /** Last line of the section (before the next heading). */
  lastLine: number;
  heading: string;
  /** Who the recommendations went to: "executive", "Head of Paid Service". */
  addressee: string;
  /** The review the recommendations came from, as the heading names it: "SEND Provision". */
  group?: string;
}

const SECTION = /^Summary of recommendations to (?:the )?(.+?) and (?:.+? )?responses?\b\s*(?:\[([^\]]+)\])?/i;
const ANY_HEADING = /^(?:#+\s|\*\*[^*].*\*\*\s*$)/;

/** Every executive-response section of the pack, in order. */
export function findResponseSections(pack: PackText): ResponseSection[] {
  const sections: ResponseSection[] = [];
  for (let n = 1; n <= pack.lines.length; n++) {
    const raw = pack.lines[n - 1] ?? '';
    if (raw.includes('\t')) continue;
    const heading = plainLine(raw);
    const m = SECTION.exec(heading);
    if (m) {
      const previous = sections[sections.length - 1];
      if (previous && previous.lastLine >= n) previous.lastLine = n - 1;
      const group = m[2]?.trim();
      sections.push({ line: n, lastLine: pack.lines.length, heading, addressee: (m[1] ?? '').trim(), ...(group ? { group } : {}) });
      continue;
    }
    const open = sections[sections.length - 1];
    if (open && open.lastLine === pack.lines.length && ANY_HEADING.test(raw)) open.lastLine = n - 1;
  }
  return sections;
}
