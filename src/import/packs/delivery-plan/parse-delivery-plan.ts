import { parseDueDate } from '../../../domain/due-date';
import { actionId, planId } from '../../../domain/ids';
import type { Action, Dataset, Flag, Plan, Priority, SourceRef } from '../../../domain/model';
import { titleCase } from '../../text/plain';
import type { PackParser, PackText } from '../types';
import { defaultRagScale } from './default-rag-scale';
import { readDeliveryPlanMeta, type DeliveryPlanMeta } from './delivery-plan-meta';
import { splitNumberedActions } from './split-numbered-actions';
import { readTransposedBlocks, type PriorityAreaBlock } from './transposed-table';

function ref(pack: PackText, lineStart: number, lineEnd = lineStart): SourceRef {
  return { documentId: pack.documentId, page: pack.pageOfLine(lineStart), lineStart, lineEnd };
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Splits a lead cell the way the model asks: on "/" or ";". */
function splitLeads(cell: string | undefined): string[] {
  return (cell ?? '').split(/[/;]/).map((s) => s.trim()).filter((s) => s !== '');
}

/** The theme's number: the first part of its actions' refs when they agree, else its position. */
function themeNumber(block: PriorityAreaBlock, position: number): string {
  const firsts = new Set(
    block.actionCells.flatMap((cell) => splitNumberedActions(cell).map((a) => a.ref.split('.')[0] ?? '')),
  );
  return firsts.size === 1 ? [...firsts][0] ?? String(position) : String(position);
}

function themeTitle(block: PriorityAreaBlock, number: string, meta: DeliveryPlanMeta, pack: PackText, flags: Flag[]): string {
  const prose = meta.priorityTitles.get(number);
  if (!prose) return /\p{Ll}/u.test(block.name) ? block.name : titleCase(block.name);
  if (squash(prose.title) !== squash(block.name)) {
    flags.push({
      code: 'priority-title-differs',
      severity: 'info',
      message: `Priority ${number} is "${prose.title}" in the text but "${block.name}" in the table; the text's title is used.`,
      raw: block.name,
      source: ref(pack, block.line),
    });
  }
  return prose.title;
}

/**
 * Reads a transposed delivery plan (row labels in column 1, one column per sub-priority, several
 * numbered actions run together in each "Planned Actions" cell) into one Plan with its themes,
 * sub-priorities and actions. Returns {} when the pack has no such table.
 */
export const parseDeliveryPlan: PackParser = (pack) => {
  const blocks = readTransposedBlocks(pack);
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (!first || !last) return {};
  const meta = readDeliveryPlanMeta(pack, first.line);
  const council = meta.area ?? pack.council ?? 'Unknown';
  const heading = meta.heading ?? 'Delivery Plan';
  const name = meta.service ? `${meta.service} ${heading}` : heading;
  const id = planId(council, name);
  const planSource = ref(pack, meta.headingLine ?? first.line, last.lastLine);
  const { scale, flag: scaleFlag } = defaultRagScale(`${id}#scale`, planSource);
  const planFlags: Flag[] = [scaleFlag];
  const priorities: Priority[] = [];
  const actions: Action[] = [];
  const hasLeads = blocks.some((b) => b.leadCells);
  const hasDue = blocks.some((b) => b.dueCells);
  if (!hasLeads || !hasDue) {
    planFlags.push({
      code: 'plan-table-missing-columns',
      severity: 'info',
      message:
        `The plan table has no ${[hasLeads ? '' : 'lead', hasDue ? '' : 'timescale'].filter(Boolean).join(' or ')} row` +
        (hasDue || !meta.period
          ? '.'
          : `; the actions have no due dates (the plan covers ${meta.period}, which is the plan's period, not a deadline).`),
      source: planSource,
    });
  }
  blocks.forEach((block, index) => {
    const theme = themeNumber(block, index + 1);
    priorities.push({ number: theme, title: themeTitle(block, theme, meta, pack, planFlags) });
    for (const row of block.unknownRows) {
      planFlags.push({
        code: 'unrecognised-plan-row',
        severity: 'ambiguous',
        message: `Row "${row.cells[0] ?? ''}" in the plan table is not a known row label; not read.`,
        raw: row.cells.join(' | '),
        source: ref(pack, row.line),
      });
    }
    const columns = Math.max(block.subTitles.length, block.actionCells.length);
    for (let col = 0; col < columns; col++) {
      const cell = block.actionCells[col] ?? '';
      const subTitle = block.subTitles[col] ?? '';
      if (cell === '' && subTitle === '') continue;
      const numbered = splitNumberedActions(cell);
      const subNumber = numbered[0]?.ref.split('.').slice(0, -1).join('.') || `${theme}.${col + 1}`;
      if (subTitle !== '') priorities.push({ number: subNumber, title: subTitle });
      const items = numbered.length > 0 ? numbered : cell !== '' ? [{ ref: subNumber, text: cell }] : [];
      const line = block.actionsLine ?? block.line;
      const flags: Flag[] = [];
      if (numbered.length === 0 && cell !== '') {
        flags.push({
          code: 'derived-ref',
          severity: 'info',
          message: `The plan does not number this action; its reference ${subNumber} is derived from theme and column.`,
          raw: cell,
          source: ref(pack, line),
        });
      }
      // NOTE: a plan's period is not an action's due date: without a timescale cell there is none.
      const due = block.dueCells?.[col] ?? '';
      const status = block.statusCells?.[col];
      for (const item of items) {
        actions.push({
          id: actionId(id, item.ref),
          planId: id,
          priority: theme,
          ref: item.ref,
          text: item.text,
          leads: splitLeads(block.leadCells?.[col]),
          partners: [],
          ...(due ? { due: parseDueDate(due) } : {}),
          recommendationRefs: [],
          ...(status ? { statusRaw: status } : {}),
          extra: {
            subPriority: subNumber,
            subPriorityTitle: subTitle,
            ...(block.impact ? { priorityImpact: block.impact } : {}),
            ...(!block.dueCells && meta.period ? { planPeriod: meta.period } : {}),
          },
          source: ref(pack, line),
          flags: [...flags],
        });
      }
    }
  });
  const plan: Plan = {
    id,
    council,
    kind: 'delivery-plan',
    name,
    aliases: aliasesFor(meta, heading, name),
    ...(meta.owner ? { owner: meta.owner } : {}),
    versions: [
      {
        version: meta.period ?? heading,
        ...(meta.approvedOn ? { date: meta.approvedOn } : {}),
        ...(meta.owner && meta.approvedOn ? { note: `Approved by the ${meta.owner}` } : {}),
      },
    ],
    ...(meta.approvedOn ? { date: meta.approvedOn } : {}),
    scale,
    priorities,
    source: planSource,
    flags: planFlags,
  };
  const out: Partial<Dataset> = { plans: [plan], actions };
  return out;
};

function aliasesFor(meta: DeliveryPlanMeta, heading: string, name: string): string[] {
  const aliases = new Set<string>();
  if (meta.abbreviation) aliases.add(`${meta.abbreviation} ${heading}`);
  if (meta.service) aliases.add(`${meta.service.replace(/\s+(?:Service|Team)$/i, '')} ${heading}`);
  aliases.add(heading);
  aliases.delete(name);
  return [...aliases];
}
