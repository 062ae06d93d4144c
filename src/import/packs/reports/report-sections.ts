import type { ReportText } from '../../../domain/model';
import { plainLine } from '../../text/plain';
import type { PackText } from '../types';

const PURPOSE = /^(summary|purpose(?: and summary| of (?:the )?report)?)\s*:?$/i;
const RECOMMENDATIONS = /^(?:\d+\.?\s+)?recommendations?(?:\(s\))?\s*:?$/i;
/** Sections that follow the recommendations in the councils' templates. */
const AFTER = /^(?:\d+\.?\s+)?(suggested reasons?|reasons? for|alternative options|key considerations|lead officer contact|background|implications|risk)/i;
/** Most paragraphs a summary is quoted with, and most recommendations read. */
const MAX_PARAGRAPHS = 4;
const MAX_ITEMS = 12;
/** Lines past the header a summary heading is looked for in (Herefordshire's template puts classification rows first). */
const PURPOSE_WINDOW = 20;
/** Lines looked past (a page's footer, the next page's head) for the rest of a sentence a page break cut. */
const PAGE_BREAK_WINDOW = 10;

const plainAt = (pack: PackText, n: number) => plainLine(pack.lines[n - 1] ?? '');

/** A heading: a markdown heading, or a short numbered title line ("2. Budget and policy framework"). */
function isHeading(raw: string, plain: string): boolean {
  if (!plain || /^[a-z]/.test(plain)) return false;
  if (/^\s*#/.test(raw)) return true;
  return /^\d+\.?\s+[A-Z]/.test(plain) && !/^\d+\.\d/.test(plain) && plain.split(' ').length <= 10 && !/[.;:]$/.test(plain);
}

function text(lines: { text: string; n: number }[], pack: PackText): ReportText {
  const lineStart = lines[0]!.n;
  const page = pack.pageOfLine(lineStart);
  return { text: lines.map((l) => l.text).join(' '), lineStart, lineEnd: lines[lines.length - 1]!.n, ...(page !== undefined ? { page } : {}) };
}

/** The report's summary or purpose: the paragraphs under that heading, up to the next heading. */
export function readPurpose(pack: PackText, from: number, to: number): ReportText | undefined {
  for (let n = from; n <= Math.min(to, from + PURPOSE_WINDOW); n++) {
    if (!PURPOSE.test(plainAt(pack, n))) continue;
    const lines: { text: string; n: number }[] = [];
    for (let k = n + 1; k <= to && lines.length < MAX_PARAGRAPHS; k++) {
      const plain = plainAt(pack, k);
      if (!plain) continue;
      if (isHeading(pack.lines[k - 1] ?? '', plain) || RECOMMENDATIONS.test(plain) || /^-{3,}$/.test(plain)) break;
      lines.push({ text: plain, n: k });
    }
    return lines.length > 0 ? text(lines, pack) : undefined;
  }
  return undefined;
}

/**
 * What the meeting is asked to do: each item under the report's first "Recommendation(s)" heading,
 * with a sentence a page break cut joined to its rest (the next line that starts in lower case).
 */
export function readRecommendations(pack: PackText, from: number, to: number): ReportText[] {
  let start = 0;
  for (let n = from; n <= to && !start; n++) if (RECOMMENDATIONS.test(plainAt(pack, n))) start = n;
  if (!start) return [];
  const items: { text: string; n: number }[][] = [];
  for (let k = start + 1; k <= to && items.length <= MAX_ITEMS; k++) {
    const raw = pack.lines[k - 1] ?? '';
    const plain = plainAt(pack, k);
    if (!plain || /^-{3,}$/.test(plain)) continue;
    // A table after the items (an exempt appendix's details) is not one of them.
    if (AFTER.test(plain) || isHeading(raw, plain) || raw.includes('\t')) break;
    // "That:" introduces the items; it is not one.
    if (/^that\s*:?$/i.test(plain)) continue;
    const last = items[items.length - 1];
    const open = last && !/[.;:]$/.test(last[last.length - 1]!.text);
    if (open && /^[a-z]/.test(plain)) last.push({ text: plain, n: k });
    else items.push([{ text: plain, n: k }]);
    if (!/[.;:]$/.test(plain)) {
      const rest = continuation(pack, k, to);
      if (rest) {
        items[items.length - 1]!.push({ text: rest.text, n: rest.n });
        k = rest.n;
      }
    }
  }
  return items.slice(0, MAX_ITEMS).map((lines) => text(lines, pack));
}

/** The rest of a sentence cut at a page break: the first line starting in lower case past the page's footer. */
function continuation(pack: PackText, after: number, to: number): { text: string; n: number } | undefined {
  let sawBreak = false;
  for (let k = after + 1; k <= Math.min(to, after + PAGE_BREAK_WINDOW); k++) {
    const plain = plainAt(pack, k);
    if (!plain) continue;
    if (/^-{3,}$/.test(plain)) {
      sawBreak = true;
      continue;
    }
    if (/^[a-z]/.test(plain)) return sawBreak ? { text: plain, n: k } : undefined;
    if (!sawBreak) return undefined;
  }
  return undefined;
}

/** The councils' section saying whose decision a report is ("1. Budget and policy framework"). */
const FRAMEWORK = /^(?:\d+\.?\s+)?budget and policy framework\s*:?$/i;
/** Sections of one short line saying the same (Herefordshire's template): "Classification", "Decision type". */
const DECISION_PARTS = /^(classification|decision type)\s*:?$/i;
/** Most items of the framework section read: whose decision it is, and why now, come in the first few. */
const FRAMEWORK_ITEMS = 6;
/** A page's footer or number between two pages' text ("Page 12", "12"). */
const FOOTER = /^(?:page\s+)?\d{1,3}$/i;
/** Lines past a one-line section's heading its line is looked for in. */
const PART_WINDOW = 4;

/**
 * Whose decision a report is and on what footing, as it says so: each item under its "Budget and
 * policy framework" heading (to the next heading or table), or its "Classification" and "Decision
 * type" lines, each given with its heading ("Decision type: This is not an executive decision.").
 */
export function readFramework(pack: PackText, from: number, to: number): ReportText[] {
  const out: ReportText[] = [];
  for (let n = from; n <= to; n++) {
    const plain = plainAt(pack, n);
    const part = DECISION_PARTS.exec(plain);
    if (part) {
      const line = firstText(pack, n + 1, Math.min(to, n + PART_WINDOW));
      if (line) out.push(text([{ text: `${part[1]}: ${line.text}`, n: line.n }], pack));
      continue;
    }
    if (!FRAMEWORK.test(plain)) continue;
    return [...out, ...frameworkItems(pack, n + 1, to)];
  }
  return out;
}

/** The first line of text in a range, unless a heading comes first. */
function firstText(pack: PackText, from: number, to: number): { text: string; n: number } | undefined {
  for (let k = from; k <= to; k++) {
    const plain = plainAt(pack, k);
    if (!plain) continue;
    return isHeading(pack.lines[k - 1] ?? '', plain) || DECISION_PARTS.test(plain) ? undefined : { text: plain, n: k };
  }
  return undefined;
}

/**
 * The items of a framework section, to its next heading or the section after it: a table in it (a
 * funding table under an item) is passed over, as are a page break and its footer; a line opening in
 * lower case, or an item indented under one, goes on with the item before it.
 */
function frameworkItems(pack: PackText, from: number, to: number): ReportText[] {
  const items: { text: string; n: number }[][] = [];
  for (let k = from; k <= to; k++) {
    const raw = pack.lines[k - 1] ?? '';
    const plain = plainAt(pack, k);
    if (!plain || /^-{3,}$/.test(plain) || FOOTER.test(plain) || raw.includes('\t') || raw.includes('|')) continue;
    if (isHeading(raw, plain) || AFTER.test(plain) || /^\*\*[^*]+\*\*:?$/.test(raw.trim())) break;
    const last = items[items.length - 1];
    if (last && (/^[a-z]/.test(plain) || /^\s+[-*•]\s/.test(raw))) last.push({ text: plain, n: k });
    else if (items.length < FRAMEWORK_ITEMS) items.push([{ text: plain, n: k }]);
    else break;
  }
  return items.map((lines) => text(lines, pack));
}
