import type { PlanVersion } from '../../../domain/model';
import { isHeaderRow, type Row } from '../../text/tsv';
import type { PackText } from '../types';

/** Who the plan is, as its own front pages say. */
export interface PlanIdentity {
  name?: string;
  /** 1-based line of the title (or of the version table when there is no title). */
  startLine: number;
  aliases: string[];
  owner?: string;
  versions: PlanVersion[];
  date?: string;
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isoFromDmy(text: string): string | undefined {
  const m = DMY.exec(text.trim());
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined;
}

/** The version table nearest above the plan's first priority: "V1.2 | 18/11/2019 | author | description". */
function readVersions(rows: Row[], beforeLine: number): { versions: PlanVersion[]; line?: number } {
  const header = [...rows].reverse().find(
    (r) => r.line < beforeLine && isHeaderRow(r.cells, ['version', 'date', 'author']),
  );
  if (!header) return { versions: [] };
  const versions: PlanVersion[] = [];
  for (const row of rows.filter((r) => r.line > header.line && r.line < beforeLine)) {
    if (!/^v?\s?\d+(\.\d+)*$/i.test(row.cells[0] ?? '')) break;
    const [version, date, author, description] = row.cells;
    const note = [description, author ? `Author: ${author}` : ''].filter(Boolean).join(' — ');
    const entry: PlanVersion = { version: version.replace(/\s+/g, '') };
    const iso = isoFromDmy(date ?? '');
    if (iso) entry.date = iso;
    if (note) entry.note = note;
    versions.push(entry);
  }
  return { versions, line: header.line };
}

// Spaces only: a phrase never runs over a line break ("1.Introduction" + "Our Improvement…").
const PLAN_PHRASE = /((?:[A-Z][\w'’-]*[ \t]+)*(?:Improvement|Action)[ \t]+Plan)\b/g;
const LEADING_WORDS = /^(?:(?:Our|The|This|That|An|A|Appendix|Draft)[ \t]+)+/;

/** Every name the plan's front pages give it: "Improvement Action Plan", "Improvement Plan"... */
function readAliases(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(PLAN_PHRASE)) {
    const phrase = m[1].replace(/\s+/g, ' ').replace(LEADING_WORDS, '');
    if (/\s/.test(phrase)) found.add(phrase);
  }
  return [...found];
}

/** "The Children's Services Improvement Board … will ultimately be responsible for the delivery …" */
function readOwner(text: string, headings: string[]): string | undefined {
  const m = /((?:[A-Z][\w'’-]*[ \t]+)+Board)\b[^.]{0,200}?\bresponsible for\b/.exec(text);
  if (m) return m[1].replace(/^(?:The|This)\s+/, '');
  return headings.find((h) => /\bBoard$/.test(h));
}

/** Reads title, aliases, owning board and version history from the lines above the first priority. */
export function readPlanIdentity(pack: PackText, rows: Row[], firstPriorityLine: number): PlanIdentity {
  const { versions, line: versionLine } = readVersions(rows, firstPriorityLine);
  const lineText = (n: number) => (pack.lines[n - 1] ?? '').trim();
  const isHeading = (n: number) => {
    const t = lineText(n);
    return t !== '' && !pack.lines[n - 1].includes('\t') && t.length <= 100;
  };
  // Without a version table the front pages are somewhere above; look at a fixed window.
  let startLine = versionLine ?? Math.max(1, firstPriorityLine - 150);
  let name: string | undefined;
  const from = versionLine ?? firstPriorityLine;
  for (let n = from - 1; n >= Math.max(1, from - 12); n--) {
    if (isHeading(n) && /\bplan\b/i.test(lineText(n)) && !/\bon a page\b/i.test(lineText(n))) {
      name = lineText(n).replace(/^#+\s*/, '').replace(/\*\*/g, '');
      startLine = n;
      break;
    }
  }
  const regionLines: number[] = [];
  for (let n = startLine; n < firstPriorityLine; n++) regionLines.push(n);
  const text = regionLines.map(lineText).join('\n');
  const headings = regionLines.filter(isHeading).map(lineText);
  const aliases = readAliases(text);
  if (name && !aliases.includes(name)) aliases.unshift(name);
  const dates = versions.map((v) => v.date).filter((d): d is string => !!d).sort();
  return { name, startLine, aliases, owner: readOwner(text, headings), versions, date: dates.at(-1) };
}
