import { parseDueDate } from '../../../domain/due-date';
import type { PlanVersion } from '../../../domain/model';
import { cleanCell } from '../../text/ocr';
import type { PackText } from '../types';
import { titleCase } from './title-case';

/** What the plan's front matter says about it. */
export interface PlanFrontMatter {
  name: string;
  /** Lines of the title block. */
  lineStart: number;
  lineEnd: number;
  /** Other headings naming the plan ("Youth Offending Team Improvement Plan"). */
  headings: string[];
  versions: PlanVersion[];
}

const DAY_DATE = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})\.?/;
const PLAN_WORDS = /\b(improvement|action|delivery)\s+plan\b/i;
/** How far above its table a plan's title may sit (a ratings table and summary come between). */
const LOOK_BACK = 300;

function headingText(raw: string): string | undefined {
  const t = raw.trim();
  if (!/^#{1,6}\s/.test(t) && !/^\*\*.*\*\*$/.test(t)) return undefined;
  return cleanCell(t.replace(/^#{1,6}\s*/, ''));
}

/** The day date in a version row ("1st June 2020") as ISO, or undefined. */
function isoDayDate(text: string): string | undefined {
  const m = DAY_DATE.exec(text);
  return m ? parseDueDate(m[0]).date : undefined;
}

function readVersion(cells: string[]): PlanVersion | undefined {
  const value = cells.slice(1).join(' ').trim();
  const m = /^(V?\d+(?:\.\d+)*)\.?\s*(.*)$/i.exec(value);
  if (!m) return undefined;
  const rest = m[2] ?? '';
  const date = isoDayDate(rest);
  const note = rest.replace(DAY_DATE, '').replace(/^[\s.,]+|[\s.,]+$/g, '');
  return { version: m[1] ?? '', ...(date ? { date } : {}), ...(note ? { note } : {}) };
}

/**
 * Reads the title block above a plan's table (the topmost heading that names a plan, with the bold
 * lines just above it), the other headings that name it, and its Version/Date/Changes rows.
 */
export function findPlanFrontMatter(pack: PackText, tableLine: number): PlanFrontMatter | undefined {
  let top = 0;
  const headings: string[] = [];
  for (let n = tableLine - 1; n >= Math.max(1, tableLine - LOOK_BACK); n--) {
    const raw = pack.lines[n - 1] ?? '';
    if (/intentionally left blank/i.test(raw)) break;
    const heading = headingText(raw);
    if (heading && PLAN_WORDS.test(heading)) {
      top = n;
      headings.unshift(titleCase(heading));
    }
  }
  if (top === 0) return undefined;
  let start = top;
  while (start > 1 && /^\*\*.*\*\*$/.test((pack.lines[start - 2] ?? '').trim())) start--;
  const parts: string[] = [];
  for (let n = start; n <= top; n++) parts.push(titleCase(cleanCell(pack.lines[n - 1] ?? '')));
  const name = titleCase(parts.join(' '));
  const versions: PlanVersion[] = [];
  for (let n = top + 1; n < tableLine; n++) {
    const raw = pack.lines[n - 1] ?? '';
    if (!raw.includes('\t')) continue;
    const cells = raw.split('\t').map(cleanCell);
    if (!/^version\b/i.test(cells[0] ?? '')) continue;
    const version = readVersion(cells);
    if (version) versions.push(version);
  }
  return { name, lineStart: start, lineEnd: top, headings: headings.slice(1), versions };
}
