import { parseDueDate } from '../../../domain/due-date';
import { statusFromDueCell } from '../../../domain/status-from-due';
import { actionId } from '../../../domain/ids';
import type { Action, Flag, Indicator, StatusScale } from '../../../domain/model';
import type { PackText } from '../types';
import type { RawAction } from './action-table';
import { buildIndicators } from './build-indicators';
import { makeFlag, sourceRef } from './flags';
import type { ColumnKey } from './layout';
import { joinWordSplits, type Vocabulary } from './word-splits';

/** The plan an action belongs to. */
export interface PlanContext {
  pack: PackText;
  council: string;
  planId: string;
  planName: string;
  scale?: StatusScale;
  vocab: Vocabulary;
}

const TEXT_KEYS: ColumnKey[] = ['action', 'lead', 'partners', 'success', 'resources', 'measure'];
const DANGLING = /\b(and|or|the|of|to|with|for|a|an|in|by|includes|including)$/i;
const EXTRA_KEYS = new Set<ColumnKey | null>([null, 'measure', 'current', 'target', 'national', 'statNeighbour']);

const splitList = (text: string) => text.split(/\s*[/;]\s*/).map((s) => s.trim()).filter(Boolean);

/** Turns a merged row into an Action (and its indicators), repairing OCR word splits and flagging cut-off text. */
export function buildAction(ctx: PlanContext, raw: RawAction): { action: Action; indicators: Indicator[] } {
  const source = sourceRef(ctx.pack, Math.min(...raw.lines), Math.max(...raw.lines));
  const flags: Flag[] = [...raw.flags];
  const joins: string[] = [];
  const cells = raw.cells.map((cell, i) => {
    if (i === 0) return cell;
    const result = joinWordSplits(cell, ctx.vocab);
    joins.push(...result.joined);
    return result.text;
  });
  if (joins.length) flags.push(makeFlag('ocr-word-split-joined', 'repaired', `words split by the OCR joined: ${joins.join('; ')}`, source));
  const get = (key: ColumnKey) => {
    const i = raw.layout.columns.findIndex((c) => c.key === key);
    return i < 0 ? '' : (cells[i] ?? '');
  };
  raw.layout.columns.forEach((column, i) => {
    const text = i === 0 ? '' : (cells[i] ?? '');
    const unclosed = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
    if (text && (unclosed || (TEXT_KEYS.includes(column.key!) && DANGLING.test(text)))) {
      const header = joinWordSplits(column.header, ctx.vocab).text;
      flags.push(makeFlag('truncated-text', 'ambiguous', `"${header}" text looks cut off (lost at a page break?): "…${text.slice(-40)}"`, source, text));
    }
  });

  const action: Action = {
    id: actionId(ctx.planId, raw.ref),
    planId: ctx.planId,
    priority: raw.priority,
    ref: raw.ref,
    text: get('action'),
    leads: splitList(get('lead')),
    partners: splitList(get('partners')),
    recommendationRefs: get('rec').match(/\d+/g) ?? [],
    source,
    flags,
  };
  if (raw.rawRef !== raw.ref) action.rawRef = raw.rawRef;
  if (action.leads.length === 0) flags.push(makeFlag('missing-lead', 'info', `no lead is named for ${raw.ref}`, source));
  if (get('byWhen')) action.due = parseDueDate(get('byWhen'));
  if (get('success')) action.successMeasures = get('success');
  if (get('resources')) action.resources = get('resources');

  const rag = get('rag');
  if (rag) {
    action.statusRaw = rag;
    const level = ctx.scale?.levels.find((l) => l.code === rag.toUpperCase() || l.label.toLowerCase() === rag.toLowerCase());
    if (level) action.status = level.code;
    else flags.push(makeFlag('unknown-status', 'ambiguous', `RAG cell "${rag}" is not a code of the plan's key`, source, rag));
  }

  const fromDue = statusFromDueCell(action, ctx.scale);
  if (fromDue) {
    action.status = fromDue.status;
    action.statusRaw ??= fromDue.statusRaw;
    flags.push(fromDue.flag);
  }

  const extra: Record<string, string> = {};
  raw.layout.columns.forEach((column, i) => {
    if (EXTRA_KEYS.has(column.key) && cells[i]) extra[joinWordSplits(column.header, ctx.vocab).text] = cells[i];
  });
  if (Object.keys(extra).length) action.extra = extra;

  const indicators = buildIndicators({
    council: ctx.council,
    planId: ctx.planId,
    planName: ctx.planName,
    ref: raw.ref,
    layout: raw.layout,
    cells,
    successMeasures: action.successMeasures ?? '',
    source,
  });
  return { action, indicators };
}
