import { type Risk, readRating } from '../../../domain/risks';
import { cleanCell } from '../../text/ocr';
import { findReportHeaders } from '../../text/report-headers';
import type { PackParser, PackText } from '../types';
import { type RiskColumn, riskColumns } from './risk-columns';

/** A cell as text: list items and paragraphs kept apart, bullets dropped. */
function cellText(raw: string): string {
  return cleanCell(raw.replace(/<\/(?:li|p)>/gi, ' ').replace(/<li\b[^>]*>/gi, ' ')).replace(/(^|\s)[•▪]\s*/g, '$1').trim();
}

const cellsOf = (line: string) => line.split('\t').map(cellText);
const isRule = (cells: string[]) => cells.every((c) => /^[-\s]*$/.test(c));
/** A row carrying on the risk above: no risk of its own, "cont'd", or words that go on in lower case. */
const CONTINUED = /^cont'?d\b/i;
const carriesOn = (cells: string[]) => cells[0] === '' || CONTINUED.test(cells[0]!) || /^[a-z]/.test(cells[0]!);

interface Draft {
  line: number;
  lastLine: number;
  values: Partial<Record<RiskColumn, string>>;
}

const joined = (a: string | undefined, b: string) => (a ? `${a} ${b}` : b);

function addRow(draft: Draft, columns: RiskColumn[], cells: string[], line: number, more: boolean): void {
  columns.forEach((column, i) => {
    const cell = cells[i] ?? '';
    if (!cell || (more && column === 'name' && (!/^[a-z]/.test(cell) || CONTINUED.test(cell)))) return;
    const single = column === 'rating' || column === 'likelihood' || column === 'impact' || column === 'score';
    if (single) draft.values[column] ??= cell;
    else draft.values[column] = joined(draft.values[column], cell);
  });
  draft.lastLine = line;
}

/** The rows of the risk table whose header is on line `header`, and the line after the table. */
function readTable(pack: PackText, header: number, columns: RiskColumn[]): { drafts: Draft[]; end: number } {
  const drafts: Draft[] = [];
  let blanks = 0;
  let n = header + 1;
  for (; n <= pack.lines.length; n++) {
    const text = pack.lines[n - 1]!;
    if (text.trim() === '') {
      if (++blanks > 2) break;
      continue;
    }
    if (!text.includes('\t')) break;
    const cells = cellsOf(text);
    if (isRule(cells) || riskColumns(cells) || cells.length < columns.length - 1) break;
    blanks = 0;
    const last = drafts[drafts.length - 1];
    if (last && carriesOn(cells)) addRow(last, columns, cells, n, true);
    else if (cells[0]) {
      const draft: Draft = { line: n, lastLine: n, values: {} };
      addRow(draft, columns, cells, n, false);
      drafts.push(draft);
    }
  }
  return { drafts, end: n };
}

const whole = (text: string | undefined) => (text && /^\d+$/.test(text) ? Number(text) : undefined);

/** The heading and sentence just above a table that speak of risk: what the register is of. */
function introOf(pack: PackText, header: number): string | undefined {
  const out: string[] = [];
  for (let n = header - 1; n >= Math.max(1, header - 8) && out.length < 2; n--) {
    const text = pack.lines[n - 1]!.trim();
    if (!/\brisks?\b/i.test(text) || text.includes('\t')) continue;
    out.unshift(cleanCell(text.replace(/^[#\-\s]+/, '')));
  }
  return out.length > 0 ? out.join(' ') : undefined;
}

function toRisk(pack: PackText, draft: Draft, context: string | undefined, report: Risk['report']): Risk {
  const v = draft.values;
  const rating = v.rating ? readRating(v.rating) : undefined;
  const risk: Risk = {
    id: `${pack.documentId}/risk/${draft.line}`,
    ...(pack.council ? { council: pack.council } : {}),
    name: v.name!,
    source: { documentId: pack.documentId, page: pack.pageOfLine(draft.line), lineStart: draft.line, lineEnd: draft.lastLine },
    flags: [],
  };
  if (v.description) risk.description = v.description;
  if (v.mitigation) risk.mitigation = v.mitigation;
  if (rating) risk.rating = rating;
  const [likelihood, impact, score] = [whole(v.likelihood), whole(v.impact), whole(v.score)];
  if (likelihood !== undefined) risk.likelihood = likelihood;
  if (impact !== undefined) risk.impact = impact;
  if (score !== undefined) risk.score = score;
  if (v.owner) risk.owner = v.owner;
  if (report) risk.report = report;
  if (context) risk.context = context;
  if (rating?.code && rating.code !== rating.raw.toUpperCase()) {
    risk.flags.push({ code: 'lookalike-rating', message: `Rating printed "${rating.raw}" read as ${rating.code}.`, raw: rating.raw, source: risk.source, severity: 'repaired' });
  }
  return risk;
}

/**
 * Risk tables anywhere in a pack: a report's "Risk | Description | Action to avoid or mitigate risk |
 * Risk rating" or a register's "There is a risk that: | Likelihood | Potential impact | Overall risk
 * factor | Mitigating Actions | Ownership" (header rule in {@link riskColumns}). Rows that carry on
 * the risk above (an empty or "cont'd" first cell, words going on in lower case) are joined to it.
 */
export const parseRiskTables: PackParser = (pack) => {
  const risks: Risk[] = [];
  const headers = findReportHeaders(pack.lines);
  for (let n = 1; n <= pack.lines.length; n++) {
    const text = pack.lines[n - 1]!;
    if (!text.includes('\t')) continue;
    const columns = riskColumns(cellsOf(text));
    if (!columns) continue;
    const { drafts, end } = readTable(pack, n, columns);
    const head = headers.filter((h) => h.titleLine < n).at(-1);
    const report = head ? { title: head.title, body: head.body, date: head.date } : undefined;
    const context = introOf(pack, n);
    for (const draft of drafts) if (draft.values.name) risks.push(toRisk(pack, draft, context, report));
    n = end - 1;
  }
  return risks.length > 0 ? { risks } : {};
};
