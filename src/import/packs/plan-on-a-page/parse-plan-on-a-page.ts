import type { Action, Dataset, Flag, Plan, Priority } from '../../../domain/model';
import { actionId, planId } from '../../../domain/ids';
import { parseDueDate } from '../../../domain/due-date';
import { cleanCell } from '../../text/ocr';
import type { PackParser, PackText } from '../types';
import { acronymsIn } from '../yot-plan/acronyms';
import { titleCase } from '../yot-plan/title-case';
import { findPageHeader, type PageRow, readPageRows } from './page-rows';

/** How far above its table a plan on a page may name itself, and its parent plan its owners. */
const TITLE_LOOK_BACK = 10;
const OWNER_LOOK_BACK = 400;

function src(pack: PackText, lineStart: number, lineEnd = lineStart) {
  return { documentId: pack.documentId, page: pack.pageOfLine(lineStart), lineStart, lineEnd };
}

function findTitle(pack: PackText, header: number): { name: string; line: number } | undefined {
  for (let n = header - 1; n >= Math.max(1, header - TITLE_LOOK_BACK); n--) {
    const h = /^#{1,6}\s*(.+)$/.exec((pack.lines[n - 1] ?? '').trim());
    if (h) return { name: cleanCell(h[1] ?? '').replace(/^appendix\s+\w+\s*[-–:]\s*/i, ''), line: n };
  }
  return undefined;
}

/** "jointly agreed by Medway Council and Medway CCG" in the plan this one is appended to. */
function findOwner(pack: PackText, header: number): { owner: string; line: number } | undefined {
  for (let n = header - 1; n >= Math.max(1, header - OWNER_LOOK_BACK); n--) {
    const m = /\bjointly agreed by ([^.]+)\./i.exec(pack.lines[n - 1] ?? '');
    if (m?.[1]) return { owner: cleanCell(m[1]), line: n };
  }
  return undefined;
}

/** Other names for the plan: the pack's "<X> Plan on a Page" wording and its acronyms spelt out. */
function aliasesOf(pack: PackText, name: string): string[] {
  const out = new Set<string>();
  const words = new Set(name.toLowerCase().split(/\s+/));
  for (const line of pack.lines) {
    if (!/plan on a page/i.test(line)) continue;
    for (const m of cleanCell(line).matchAll(/\b(\S+)\s+Plan on a Page\b/gi)) {
      if (words.has((m[1] ?? '').toLowerCase())) out.add(`${m[1]} Plan on a Page`);
    }
  }
  for (const [long, short] of acronymsIn(pack)) {
    for (const alias of [name, ...out]) {
      if (alias.includes(short)) out.add(alias.replace(short, titleCase(long)));
    }
  }
  out.delete(name);
  return [...out];
}

function splitLeads(text: string): string[] {
  return text.split(/\s*[/;\n]\s*/).map((l) => l.trim()).filter((l) => l !== '');
}

function actionOf(pack: PackText, pid: string, row: PageRow, ref: string, header: ReturnType<typeof findPageHeader> & object): Action {
  const cell = (i: number | undefined): string => (i === undefined ? '' : row.cells[i] ?? '');
  const { columns } = header;
  const source = src(pack, Math.min(...row.lines), Math.max(...row.lines));
  const [outcome, kpi, lead, due] = [cell(columns.outcome), cell(columns.kpi), cell(columns.lead), cell(columns.due)];
  const flags: Flag[] = [];
  if (row.lines.length > 1) {
    flags.push({ code: 'row-merged-into-action', severity: 'info', message: `Rows at lines ${row.lines.slice(1).join(', ')} have no action of their own and were added to ${ref}.`, source });
  }
  const blank = [[columns.lead, 'Lead'], [columns.due, 'Timeframe']].filter(([i]) => i !== undefined && cell(i as number) === '').map(([, label]) => label);
  if (blank.length > 0) {
    flags.push({ code: 'blank-cell-maybe-merged', severity: 'ambiguous', message: `${blank.join(' and ')} blank for ${ref}: the source cell may have spanned the rows above and been lost; nothing is inherited.`, source });
  }
  const extra: Record<string, string> = { focusArea: row.focusArea };
  if (outcome) extra.outcome = outcome;
  if (kpi) extra.kpi = kpi;
  return {
    id: actionId(pid, ref),
    planId: pid,
    priority: String(row.focusNumber),
    ref,
    text: cell(columns.action),
    leads: splitLeads(lead),
    partners: [],
    ...(due ? { due: parseDueDate(due) } : {}),
    ...(outcome ? { successMeasures: outcome } : {}),
    recommendationRefs: [],
    extra,
    source,
    flags,
  };
}

/**
 * A "plan on a page": one table of focus areas, each with action rows giving outcome, KPI, lead and
 * timeframe, and no references or status column. Focus areas become priorities; actions get refs
 * built as focus-area.row ("3.2"), since the source numbers nothing.
 */
export const parsePlanOnAPage: PackParser = (pack: PackText): Partial<Dataset> => {
  const header = findPageHeader(pack);
  if (!header) return {};
  const read = readPageRows(pack, header);
  if (read.rows.length === 0) return {};
  const flags: Flag[] = [...read.flags];
  const council = pack.council ?? '';
  const title = findTitle(pack, header.line);
  const name = title?.name ?? `${council} Plan on a Page`.trim();
  if (!title) flags.push({ code: 'plan-title-not-found', severity: 'ambiguous', message: 'No heading names the plan above its table; a generic name is used.', source: src(pack, header.line) });
  const pid = planId(council, name);
  const owner = findOwner(pack, header.line);
  if (owner) flags.push({ code: 'owner-from-parent-plan', severity: 'info', message: 'The owner is taken from the sign-off of the plan this one is appended to.', raw: owner.owner, source: src(pack, owner.line) });
  flags.push(
    { code: 'refs-built', severity: 'info', message: 'The plan numbers nothing; action refs are built as focus-area.row.', source: src(pack, header.line) },
    { code: 'no-status-column', severity: 'info', message: 'The plan has no RAG or status column; no scale is recorded.', source: src(pack, header.line) },
  );

  const priorities: Priority[] = [];
  const actions: Action[] = [];
  const counts = new Map<number, number>();
  for (const row of read.rows) {
    if (!priorities.some((p) => p.number === String(row.focusNumber))) priorities.push({ number: String(row.focusNumber), title: row.focusArea });
    const index = (counts.get(row.focusNumber) ?? 0) + 1;
    counts.set(row.focusNumber, index);
    actions.push(actionOf(pack, pid, row, `${row.focusNumber}.${index}`, header));
  }
  const lineStart = title?.line ?? header.line;
  const plan: Plan = {
    id: pid,
    council,
    kind: 'plan-on-a-page',
    name,
    aliases: aliasesOf(pack, name),
    ...(owner ? { owner: owner.owner } : {}),
    versions: [],
    scale: { id: `${pid}#scale`, name: 'none', levels: [] },
    priorities,
    source: src(pack, lineStart, read.lastLine),
    flags,
  };
  return { plans: [plan], actions };
};
