import { parseDueDate } from '../../../domain/due-date';
import { actionId, planId, recommendationId } from '../../../domain/ids';
import type { Action, Dataset, Flag, Plan, Priority, Recommendation, SourceRef } from '../../../domain/model';
import { defaultRagScale } from '../delivery-plan/default-rag-scale';
import type { PackParser, PackText } from '../types';
import type { ActionRow } from './action-rows';
import { classifyResponse, leadingLabel, sameNumber } from './labels';
import { findResponseSections, type ResponseSection } from './response-sections';
import { readSection, type RawRecommendation, type SectionContent } from './section-reader';

function ref(pack: PackText, lineStart: number, lineEnd = lineStart): SourceRef {
  return { documentId: pack.documentId, page: pack.pageOfLine(lineStart), lineStart, lineEnd };
}

/** "executive" -> "Executive"; other addressees keep the pack's capitals. */
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const PRINTED_NUMBER = /^([ivx]+|\d+)[.)]\s+/i;
/** An owner cell that reads as a note ("This needs to be in-line with…") rather than a role. */
const NOTE_NOT_OWNER = /^(?:this|it|these|there|that|we)\b/i;

function buildAction(pack: PackText, plan: string, main: string, index: number, row: ActionRow, answers: string[]): Action {
  const flags: Flag[] = [...row.flags];
  const printed = PRINTED_NUMBER.exec(row.cells.action);
  const text = printed ? row.cells.action.slice(printed[0].length).trim() : row.cells.action;
  const owner = row.cells.owner;
  const ownerIsNote = NOTE_NOT_OWNER.test(owner);
  if (ownerIsNote) {
    flags.push({
      code: 'owner-cell-holds-note',
      severity: 'ambiguous',
      message: 'The Owner cell holds a note, not a role; no lead is recorded.',
      raw: owner,
      source: ref(pack, row.line, row.lastLine),
    });
  }
  const actionRef = `${main}.${index + 1}`;
  const extra: Record<string, string> = {};
  if (printed) extra.printedLabel = printed[1] ?? '';
  if (ownerIsNote) extra.ownerRaw = owner;
  return {
    id: actionId(plan, actionRef),
    planId: plan,
    priority: main,
    ref: actionRef,
    text,
    leads: ownerIsNote ? [] : owner.split(/[/;]/).map((s) => s.trim()).filter((s) => s !== ''),
    partners: [],
    ...(row.cells.byWhen ? { due: parseDueDate(row.cells.byWhen) } : {}),
    ...(row.cells.target ? { successMeasures: row.cells.target } : {}),
    recommendationRefs: answers,
    ...(row.cells.progress ? { statusRaw: row.cells.progress } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
    source: ref(pack, row.line, row.lastLine),
    flags,
  };
}

function responseFlags(pack: PackText, rec: RawRecommendation): { response?: Recommendation['response']; flags: Flag[] } {
  const source = ref(pack, rec.responseLine ?? rec.line);
  if (rec.response === '') {
    return { flags: [{ code: 'no-response', severity: 'ambiguous', message: 'No response is given for this recommendation.', source }] };
  }
  const opening = leadingLabel(rec.response);
  if (opening) {
    // "(ii)" names only the sub-part; "H(i)" names the whole number.
    const own = opening.startsWith('(') ? `(${rec.label.sub ?? ''})` : rec.label.number;
    if (!sameNumber(opening, own)) {
      return {
        flags: [{
          code: 'response-mislabelled',
          severity: 'ambiguous',
          message: `The response to ${rec.label.number} opens with "${opening}"; it may belong to that recommendation, so its verdict is not recorded.`,
          raw: rec.response,
          source,
        }],
      };
    }
  }
  const response = classifyResponse(rec.response);
  if (response) return { response, flags: [] };
  return { flags: [{ code: 'response-unclear', severity: 'ambiguous', message: 'The response does not say accepted, in part, rejected or noted.', raw: rec.response, source }] };
}

function readOne(pack: PackText, section: ResponseSection, content: SectionContent, usedIds: Set<string>): Partial<Dataset> {
  const council = pack.council ?? 'Unknown';
  const body = section.group ? `${section.group} task and finish group` : 'Task and finish group';
  const addressee = capitalise(section.addressee);
  const name = `${addressee} response to the ${body}`;
  const id = planId(council, name);
  const lastLine = Math.max(section.line, ...content.recommendations.map((r) => r.lastLine), ...content.tables.flatMap((t) => t.rows.map((r) => r.lastLine)));
  const planSource = ref(pack, section.line, lastLine);
  const { scale, flag } = defaultRagScale(`${id}#scale`, planSource);
  const actions: Action[] = [];
  const refsByRec = new Map<string, string[]>();
  for (const table of content.tables) {
    const offset = actions.filter((a) => a.priority === table.main).length;
    table.rows.forEach((row, i) => {
      const action = buildAction(pack, id, table.main, offset + i, row, table.recommendations);
      actions.push(action);
      for (const r of table.recommendations) refsByRec.set(r, [...(refsByRec.get(r) ?? []), action.ref]);
    });
  }
  const priorities: Priority[] = [];
  const recommendations: Recommendation[] = content.recommendations.map((rec) => {
    if (!priorities.some((p) => p.number === rec.label.main)) {
      priorities.push({ number: rec.label.main, title: rec.topic ?? `Recommendation ${rec.label.main}` });
    }
    let recId = recommendationId(council, body, rec.label.number);
    const flags: Flag[] = [];
    if (usedIds.has(recId)) {
      recId = recommendationId(council, `${body} ${addressee}`, rec.label.number);
      flags.push({ code: 'duplicate-recommendation-number', severity: 'info', message: `Recommendation ${rec.label.number} of the ${body} appears in more than one response; this one is the ${addressee}'s.`, source: ref(pack, rec.line) });
    }
    usedIds.add(recId);
    const { response, flags: verdictFlags } = responseFlags(pack, rec);
    const actionRefs = refsByRec.get(rec.label.number) ?? [];
    const only = actionRefs.length === 1 ? actions.find((a) => a.ref === actionRefs[0]) : undefined;
    return {
      id: recId,
      council,
      kind: 'task-and-finish',
      body,
      number: rec.label.number,
      text: rec.text,
      ...(response ? { response } : {}),
      ...(rec.response ? { responseRaw: rec.response } : {}),
      ...(only?.leads.length ? { owner: only.leads.join(' / ') } : {}),
      ...(only?.due ? { byWhen: only.due } : {}),
      ...(only?.successMeasures ? { target: only.successMeasures } : {}),
      ...(only?.statusRaw ? { progress: only.statusRaw } : {}),
      planId: id,
      actionRefs,
      source: ref(pack, rec.line, Math.max(rec.lastLine, rec.responseLine ?? rec.line)),
      flags: [...flags, ...verdictFlags],
    };
  });
  const plan: Plan = {
    id,
    council,
    kind: 'executive-response',
    name,
    aliases: [section.heading, ...(section.group ? [`${section.group} ${addressee.toLowerCase()} response`] : [])],
    owner: addressee === 'Executive' ? 'The executive' : addressee,
    versions: [{ version: 'draft', note: content.intro || section.heading }],
    scale,
    priorities,
    source: planSource,
    flags: [flag, ...content.flags],
  };
  return { plans: [plan], actions, recommendations };
}

/**
 * Reads "Summary of recommendations to the executive and executive responses [group]" sections:
 * each recommendation with the response to it, and one executive-response Plan per section whose
 * actions are the Action / Owner / By When / Target / Progress rows, numbered under their
 * recommendation ("2.1", "2.2", "A.1"). Returns {} when the pack has no such section.
 */
export const parseExecutiveResponses: PackParser = (pack) => {
  const sections = findResponseSections(pack);
  const used = new Set<string>();
  const out: Required<Pick<Dataset, 'plans' | 'actions' | 'recommendations'>> = { plans: [], actions: [], recommendations: [] };
  for (const section of sections) {
    const content = readSection(pack, section);
    if (content.recommendations.length === 0) continue;
    const part = readOne(pack, section, content, used);
    out.plans.push(...(part.plans ?? []));
    out.actions.push(...(part.actions ?? []));
    out.recommendations.push(...(part.recommendations ?? []));
  }
  return out.plans.length === 0 ? {} : out;
};
