import { planId as makePlanId } from '../../../domain/ids';
import type { Action, Flag, Indicator, Plan } from '../../../domain/model';
import { readTsvRows } from '../../text/tsv';
import type { PackParser } from '../types';
import { readActionTables } from './action-table';
import { readRecommendationMapping } from './appendix-mapping';
import { buildAction } from './build-action';
import { repairRow } from './cells';
import { makeFlag, sourceRef } from './flags';
import { isActionHeader } from './layout';
import { readOfstedRecommendations } from './ofsted-recommendations';
import { readPlanIdentity } from './plan-identity';
import { readPriorityBlocks } from './priority-blocks';
import { readRagKey } from './rag-key';
import { buildVocabulary } from './word-splits';

const FALLBACK_SCALE = (id: string) => ({ id, name: 'RAG', levels: [] });

/** A recovered reference is certain when the appendix lists it under every priority its row names. */
function confirmRecovered(actions: Action[], refs: Map<string, string[]> | undefined): void {
  for (const action of actions) {
    const flag = action.flags.find((f) => f.code === 'ref-recovered-from-sequence');
    if (!flag || !refs || action.recommendationRefs.length === 0) continue;
    if (action.recommendationRefs.every((n) => refs.get(n)?.includes(action.ref))) {
      flag.severity = 'repaired';
      flag.message += `; confirmed by the appendix listing ${action.ref} under priority ${action.recommendationRefs.join(', ')}`;
    }
  }
}

/**
 * Reads a children's services improvement action plan laid out as the Medway 2019 plan is:
 * a RAG key, "Priority N: title | Lead: role" blocks, action tables whose columns vary between
 * priorities, and an appendix mapping inspection priorities to actions. Returns {} for a pack
 * without such a plan.
 */
export const parseChildrensActionPlan: PackParser = (pack) => {
  const rows = readTsvRows(pack, 1, pack.lines.length).map(repairRow);
  const blocks = readPriorityBlocks(rows);
  if (blocks.length === 0 || !rows.some((r) => r.line > blocks[0].line && isActionHeader(r.cells))) return {};
  const first = blocks[0].line;
  const identity = readPlanIdentity(pack, rows, first);
  const council = pack.council ?? '';
  const planFlags: Flag[] = [];
  const name = identity.name ?? identity.aliases[0] ?? 'Action Plan';
  if (!identity.name) planFlags.push(makeFlag('plan-title-not-found', 'ambiguous', `no title line above the plan; named "${name}"`, sourceRef(pack, first)));
  if (!pack.council) planFlags.push(makeFlag('council-unknown', 'ambiguous', 'the pack does not say which council it is from', sourceRef(pack, first)));
  const id = makePlanId(council, name);
  const rag = readRagKey(pack, rows, first, `${id}/status-scale`);
  planFlags.push(...rag.flags);
  if (!rag.scale) planFlags.push(makeFlag('status-scale-missing', 'ambiguous', 'no RAG key found above the first priority', sourceRef(pack, first)));

  const table = readActionTables(pack, rows, blocks);
  const ctx = { pack, council, planId: id, planName: name, scale: rag.scale, vocab: buildVocabulary(pack.lines) };
  const actions: Action[] = [];
  const indicators: Indicator[] = [];
  for (const raw of table.actions) {
    const built = buildAction(ctx, raw);
    actions.push(built.action);
    indicators.push(...built.indicators);
  }
  const rated = (a: Action) => !!a.status && !a.flags.some((f) => f.code === 'status-from-due-cell');
  if (actions.length && !actions.some(rated)) {
    planFlags.push(makeFlag('no-status-recorded', 'info', `none of the ${actions.length} actions has a RAG rating filled in`, sourceRef(pack, first)));
  }
  const lastActionLine = Math.max(first, ...actions.map((a) => a.source.lineEnd ?? first));
  const mapping = readRecommendationMapping(pack, rows, lastActionLine);
  confirmRecovered(actions, mapping?.refs);
  const recs = readOfstedRecommendations(pack, identity.startLine, first, council, id, actions, mapping);

  const plan: Plan = {
    id,
    council,
    kind: 'improvement-plan',
    name,
    aliases: identity.aliases,
    versions: identity.versions,
    scale: rag.scale ?? FALLBACK_SCALE(`${id}/status-scale`),
    priorities: blocks.map(({ line: _line, ...priority }) => priority),
    source: sourceRef(pack, identity.startLine, mapping?.lineEnd ?? lastActionLine),
    flags: planFlags,
  };
  if (identity.owner) plan.owner = identity.owner;
  if (identity.date) plan.date = identity.date;
  return {
    plans: [plan],
    actions,
    indicators,
    recommendations: recs.recommendations,
    flags: [...table.flags, ...(mapping?.flags ?? [])],
  };
};
