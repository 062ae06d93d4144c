import type { Action, Dataset, Flag, Plan, Priority, StatusScale } from '../../../domain/model';
import { planId } from '../../../domain/ids';
import type { PackParser, PackText } from '../types';
import { acronymsIn } from './acronyms';
import { joinParagraphs } from './html-paragraphs';
import { planAliases } from './plan-aliases';
import { findPlanFrontMatter } from './plan-title';
import { priorityActions } from './priority-actions';
import { numberPriorities } from './priority-numbers';
import { findPlanHeader, readPlanRows } from './plan-table';
import { DEFAULT_PROGRESS_COLOURS, findScaleKey, scaleFromKey } from './status-scale';

/** Import-time settings for the YOT plan parser. */
export interface YotPlanOptions {
  /** Colours for the plan's levels, worst first, used when the source lost them. */
  colours?: readonly string[];
}

function flag(pack: PackText, code: string, severity: Flag['severity'], message: string, line: number, raw?: string): Flag {
  return { code, severity, message, ...(raw ? { raw } : {}), source: { documentId: pack.documentId, page: pack.pageOfLine(line), lineStart: line, lineEnd: line } };
}

function ownersOf(name: string): string[] {
  const body = name.replace(/\s+(?:improvement|action|delivery)\s+plan$/i, '');
  return body === name ? [] : body.split(/\s+and\s+/i);
}

/**
 * Builds a parser for an inspection improvement plan laid out as one row per inspection priority,
 * with the priority's lettered actions (A:, B:, ...) as paragraphs of one cell and leads, timescale,
 * success measures and RAG lined up by letter. Reads the plan's title, version table and RAG key.
 */
export function makeYotPlanParser(options: YotPlanOptions = {}): PackParser {
  const colours = options.colours ?? DEFAULT_PROGRESS_COLOURS;
  return (pack: PackText): Partial<Dataset> => {
    const header = findPlanHeader(pack);
    if (!header) return {};
    const flags: Flag[] = [];
    const council = pack.council ?? '';
    if (!pack.council) flags.push(flag(pack, 'council-unknown', 'ambiguous', 'The pack does not say which council it is from.', header.line));
    const front = findPlanFrontMatter(pack, header.line);
    const name = front?.name ?? `${council} Inspection Improvement Plan`.trim();
    if (!front) flags.push(flag(pack, 'plan-title-not-found', 'ambiguous', 'No title naming the plan above its table; a generic name is used.', header.line));
    const id = planId(council, name);

    const key = findScaleKey(pack, front?.lineStart ?? header.line - 60, header.line);
    let scale: StatusScale = { id: `${id}#scale`, name: 'none', levels: [] };
    if (key) {
      const built = scaleFromKey(pack, key, `${id}#scale`, colours);
      scale = built.scale;
      flags.push(...built.flags);
    } else {
      flags.push(flag(pack, 'status-key-not-found', 'ambiguous', 'The plan prints no status key; no scale is recorded.', header.line));
    }

    const read = readPlanRows(pack, header);
    flags.push(...read.flags);
    const firstHeaderCell = header.cells[header.columns.priority] ?? '';
    const answersRecommendations = /hmip|ofsted|inspection|recommendation/i.test(firstHeaderCell);
    const numbered = numberPriorities(pack, read.rows, header.columns.priority);
    flags.push(...numbered.flags);

    const priorities: Priority[] = [];
    const actions: Action[] = [];
    read.rows.forEach((row, i) => {
      const n = numbered.numbers[i];
      if (!n) return;
      const result = priorityActions(
        { pack, planId: id, columns: header.columns, scale, answersRecommendations, priorityFlags: n.flags },
        row,
        n.number,
        joinParagraphs(n.titleParagraphs).replace(/\n/g, ' '),
      );
      if (!priorities.some((p) => p.number === result.priority.number)) priorities.push(result.priority);
      flags.push(...result.flags);
      for (const action of result.actions) {
        if (actions.some((a) => a.id === action.id)) {
          flags.push({ code: 'duplicate-ref', severity: 'ambiguous', message: `Action ${action.ref} appears twice; the second is not read.`, raw: action.text, source: action.source });
        } else actions.push(action);
      }
    });

    const placeholders = read.rows.reduce((sum, r) => sum + r.statusPlaceholders, 0);
    if (header.columns.status !== undefined && actions.every((a) => a.statusRaw === undefined)) {
      flags.push(flag(pack, 'no-status-values', 'info', `The status column holds no values (${placeholders} empty placeholders, where symbols were lost); no action has a status.`, header.line));
    }

    const versions = front?.versions ?? [];
    const date = versions.map((v) => v.date).filter((d): d is string => !!d).sort().pop();
    const owners = ownersOf(name);
    const inspectorate = /^([A-Z]{3,6})\b/.exec(firstHeaderCell)?.[1];
    const plan: Plan = {
      id,
      council,
      kind: 'inspection-action-plan',
      name,
      aliases: planAliases({ name, headings: front?.headings ?? [], owners, council, acronyms: acronymsIn(pack), ...(inspectorate ? { inspectorate } : {}) }),
      ...(owners.length > 0 ? { owner: owners.join(' and ') } : {}),
      versions,
      ...(date ? { date } : {}),
      scale,
      priorities,
      source: { documentId: pack.documentId, page: pack.pageOfLine(front?.lineStart ?? header.line), lineStart: front?.lineStart ?? header.line, lineEnd: read.lastLine },
      flags,
    };
    return { plans: [plan], actions };
  };
}

/** The inspection improvement plan parser with the default (red/amber/green/blue) colours. */
export const parseYotPlan: PackParser = makeYotPlanParser();
