import type { Action, Flag, Priority, SourceRef, StatusScale } from '../../../domain/model';
import { actionId } from '../../../domain/ids';
import { parseDueDate } from '../../../domain/due-date';
import type { PackText } from '../types';
import { joinParagraphs, type Paragraph } from './html-paragraphs';
import { itemFor, letteredItems, type LetteredCell } from './lettered-items';
import type { PlanColumns, PlanRow } from './plan-table';

/** What a priority row needs from the plan around it. */
export interface PriorityContext {
  pack: PackText;
  planId: string;
  columns: PlanColumns;
  scale: StatusScale;
  /** The priority column restates an inspection recommendation with the same number. */
  answersRecommendations: boolean;
  /** Flags that apply to every action of this priority (e.g. a repaired priority number). */
  priorityFlags: Flag[];
}

interface CellValue {
  text: string;
  /** Set when one value covers several letters ("A/ B/ C") or the whole priority. */
  sharedBy?: string;
}

function cellOf(row: PlanRow, column: number | undefined): LetteredCell {
  return letteredItems(column === undefined ? [] : row.cells[column] ?? []);
}

/** The value a lettered cell gives one letter: its own item, or the value for the whole priority. */
function valueFor(cell: LetteredCell, letter: string): CellValue | undefined {
  const item = itemFor(cell, letter);
  if (item) {
    const text = joinParagraphs(item.paragraphs);
    return item.letters.length > 1 ? { text, sharedBy: item.label } : { text };
  }
  if (cell.items.length === 0 && cell.preamble.length > 0) {
    return { text: joinParagraphs(cell.preamble), sharedBy: 'priority' };
  }
  return undefined;
}

function splitLeads(text: string): string[] {
  return text
    .split(/\s*[/;\n]\s*/)
    .map((l) => l.replace(/[\s.]+$/, '').trim())
    .filter((l) => l !== '');
}

function sourceOf(pack: PackText, lines: number[]): SourceRef {
  const lineStart = Math.min(...lines);
  return { documentId: pack.documentId, page: pack.pageOfLine(lineStart), lineStart, lineEnd: Math.max(...lines) };
}

function statusOf(ctx: PriorityContext, raw: string | undefined, source: SourceRef, flags: Flag[]): string | undefined {
  if (!raw) return undefined;
  const wanted = raw.toLowerCase();
  const level = ctx.scale.levels.find((l) => l.label.toLowerCase() === wanted || l.code.toLowerCase() === wanted);
  if (!level) {
    flags.push({ code: 'status-not-on-scale', severity: 'ambiguous', message: `Status "${raw}" is not a level of the plan's key; kept raw.`, raw, source });
  }
  return level?.code;
}

/**
 * A status by letter, or by position when the column has one unlettered value per action; a
 * single unlettered value for several actions cannot be placed, so it is left out (kept in flags).
 */
function statusRawFor(cell: LetteredCell, letter: string, index: number, actionCount: number): string | undefined {
  if (cell.items.length > 0) {
    const item = itemFor(cell, letter);
    return item ? joinParagraphs(item.paragraphs) || undefined : undefined;
  }
  return cell.preamble.length === actionCount ? cell.preamble[index]?.text : undefined;
}

/**
 * Turns one priority row (page-break continuations already merged) into its priority and its
 * lettered actions: A..H in the action column, lined up by letter with leads, timescales, success
 * measures and status; a column without letters applies to every action of the priority.
 */
export function priorityActions(
  ctx: PriorityContext,
  row: PlanRow,
  number: string,
  title: string,
): { priority: Priority; actions: Action[]; flags: Flag[] } {
  const { pack, columns } = ctx;
  const flags: Flag[] = [];
  const actionCell = cellOf(row, columns.action);
  const leads = cellOf(row, columns.lead);
  const dues = cellOf(row, columns.due);
  const measures = cellOf(row, columns.measures);
  const statusCell = cellOf(row, columns.status);
  const letters = actionCell.items.flatMap((i) => i.letters);
  const rowSource = sourceOf(pack, row.lines);
  if (statusCell.items.length === 0 && statusCell.preamble.length > 0 && statusCell.preamble.length !== actionCell.items.length) {
    flags.push({ code: 'status-not-placed', severity: 'ambiguous', message: `Priority ${number}: ${statusCell.preamble.length} unlettered status values for ${actionCell.items.length} actions; not assigned.`, raw: statusCell.preamble.map((p) => p.text).join(' | '), source: rowSource });
  }

  for (const [name, cell] of [['lead', leads], ['success measure', measures], ['timescale', dues]] as const) {
    for (const item of cell.items) {
      if (item.letters.some((l) => !letters.includes(l))) {
        flags.push({ code: 'unmatched-letter', severity: 'ambiguous', message: `Priority ${number}: a ${name} is lettered "${item.label}" but no action has that letter.`, raw: joinParagraphs(item.paragraphs), source: rowSource });
      }
    }
  }

  const actions = actionCell.items.flatMap((item, index) =>
    item.letters.map((letter): Action => {
      const ref = `${number}${letter}`;
      const textLines = item.paragraphs.map((p: Paragraph) => p.line);
      const source = sourceOf(pack, textLines.length > 0 ? textLines : row.lines);
      const actionFlags: Flag[] = [...ctx.priorityFlags];
      if (new Set(textLines).size > 1) {
        actionFlags.push({ code: 'continued-across-page-break', severity: 'info', message: `Action ${ref} continues across a page break; its parts were joined.`, source });
      }
      const lead = valueFor(leads, letter);
      if (!lead) actionFlags.push({ code: 'lead-missing', severity: 'ambiguous', message: `No lead is given for action ${ref}.`, source });
      const due = valueFor(dues, letter);
      const measure = valueFor(measures, letter);
      const statusRaw = statusRawFor(statusCell, letter, index, actionCell.items.length);
      const status = statusOf(ctx, statusRaw, source, actionFlags);
      const extra: Record<string, string> = {};
      if (measure?.sharedBy && measure.sharedBy !== 'priority') extra.successMeasuresFor = measure.sharedBy;
      if (lead?.sharedBy === 'priority') extra.leadFor = 'priority';
      return {
        id: actionId(ctx.planId, ref),
        planId: ctx.planId,
        priority: number,
        ref,
        text: joinParagraphs(item.paragraphs),
        leads: lead ? splitLeads(lead.text) : [],
        partners: [],
        ...(due ? { due: parseDueDate(due.text) } : {}),
        ...(measure ? { successMeasures: measure.text } : {}),
        recommendationRefs: ctx.answersRecommendations ? [number] : [],
        ...(status ? { status } : {}),
        ...(statusRaw ? { statusRaw } : {}),
        ...(Object.keys(extra).length > 0 ? { extra } : {}),
        source,
        flags: actionFlags,
      };
    }),
  );

  const sharedLead = leads.items.length === 0 && leads.preamble.length > 0 ? splitLeads(joinParagraphs(leads.preamble)).join(' / ') : undefined;
  const priority: Priority = { number, title, ...(sharedLead ? { lead: sharedLead } : {}) };
  return { priority, actions, flags };
}
