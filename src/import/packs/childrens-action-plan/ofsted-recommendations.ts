import { recommendationId } from '../../../domain/ids';
import type { Action, Flag, Recommendation } from '../../../domain/model';
import type { PackText } from '../types';
import type { RecommendationMapping } from './appendix-mapping';
import { makeFlag, sourceRef } from './flags';

const INTRO = /\b(?:the\s+)?(\d+)\s+(?:priorities for improvement|recommendations)\b.*\bofsted\b|\bofsted\b.*\b(?:priorities for improvement|recommendations)\b/i;
const ITEM = /^\s*(?:[-*•]\s*)?(\d{1,2})[.)]\s+(.+)$/;

/** "Ofsted ILACS 2019" when the plan names the inspection and its year; "Ofsted" otherwise. */
function inspectionBody(lines: string[]): string {
  const line = lines.find((l) => /Inspection of Local Authority Children'?s Services/i.test(l));
  if (!line) return 'Ofsted';
  const year = /\b(20\d{2})\b/.exec(line.slice(line.search(/Inspection of Local Authority/i)))?.[1];
  return year ? `Ofsted ILACS ${year}` : 'Ofsted ILACS';
}

/**
 * The inspection's numbered priorities for improvement, listed in the plan's front pages between
 * `fromLine` and `toLine`, each with the plan actions that answer it (the appendix mapping and
 * each action's own recommendation cell, which should agree; a disagreement is flagged).
 */
export function readOfstedRecommendations(
  pack: PackText,
  fromLine: number,
  toLine: number,
  council: string,
  planId: string,
  actions: Action[],
  mapping: RecommendationMapping | undefined,
): { recommendations: Recommendation[]; body: string } {
  const region = pack.lines.slice(fromLine - 1, toLine - 1);
  const body = inspectionBody(region);
  // The contents page also says "Ofsted Recommendations": take the intro a numbered list follows.
  for (let intro = 0; intro < region.length; intro++) {
    if (!INTRO.test(region[intro])) continue;
    const items = readItems(region, intro + 1);
    if (items.length === 0) continue;
    const order = actions.map((a) => a.ref);
    const recommendations = items.map(({ index, number, text }): Recommendation => {
      const line = fromLine + index;
      const fromRows = actions.filter((a) => a.recommendationRefs.includes(number)).map((a) => a.ref);
      const fromMapping = mapping?.refs.get(number) ?? [];
      const flags: Flag[] = [];
      const onlyOne = [...fromRows.filter((r) => !fromMapping.includes(r)), ...fromMapping.filter((r) => !fromRows.includes(r))];
      if (mapping && onlyOne.length) {
        flags.push(makeFlag('mapping-disagrees', 'ambiguous', `actions ${onlyOne.join(', ')} are linked to priority ${number} by only one of the appendix and the action rows`, sourceRef(pack, line)));
      }
      const actionRefs = [...new Set([...fromRows, ...fromMapping])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      return { id: recommendationId(council, body, number), council, kind: 'ofsted', body, number, text, planId, actionRefs, source: sourceRef(pack, line), flags };
    });
    return { recommendations, body };
  }
  return { recommendations: [], body };
}

/** Numbered list items from `start`, blank lines allowed between them, up to the first other line. */
function readItems(region: string[], start: number): { index: number; number: string; text: string }[] {
  const items: { index: number; number: string; text: string }[] = [];
  for (let i = start; i < region.length; i++) {
    const text = region[i].trim();
    if (!text) continue;
    const m = ITEM.exec(text);
    if (!m) break;
    items.push({ index: i, number: m[1], text: m[2].trim() });
  }
  return items;
}
