import { listWords } from '../language/list-words';
import type { Recommendation } from '../domain/model';
import type { CueTag } from './cues';
import { listClues } from './list-clues';
import { bodiesNamed, slotsOfWord } from './list-filters';
import { oneRecommendationByWords } from './list-recommendations';
import { fully, mergeExplained, type ReadContext, type Reading } from './reading';

/** Words a reading of one recommendation accounts for ("rejected", "partly"). */
const responseWords = new Set(listWords.responses.oneWords.words);

const tags: CueTag[] = ['recommendation', 'status', 'soft', 'lead', 'due', 'action'];

/** The slots asking for a response ("rejected", "partly"): what is asked of a recommendation, not what it says. */
const responseSlotsOf = (ctx: ReadContext) => ctx.query.words.flatMap((w) => (responseWords.has(w) ? slotsOfWord(ctx, w) : []));

/** The unambiguous way to ask about one recommendation. */
export function recommendationChoice(r: Recommendation): { label: string; text: string } {
  return { label: `${r.body}, recommendation ${r.number}`, text: `recommendation ${r.number} of the ${r.body}` };
}

/** Readings of the question as about one recommendation: what it said, the response, who owns it, its actions. */
export function readRecommendations(ctx: ReadContext): Reading[] {
  const clues = listClues(ctx);
  if (clues.plural) return [];
  if (!clues.recommendationNumber) return byWords(ctx);
  const wanted = clues.recommendationNumber.toLowerCase();
  const numbered = ctx.index.data.recommendations.filter((r) => r.number.toLowerCase() === wanted);
  if (numbered.length === 0) return [];
  const byBody = bodiesNamed(ctx, numbered);
  const numberSlots = slotsOfWord(ctx, clues.recommendationNumber);
  const responseSlots = responseSlotsOf(ctx);
  return numbered.map((r) => {
    const plan = ctx.plans.find((p) => p.entry.ref === r.planId);
    return {
      intent: { kind: 'recommendation', recommendationId: r.id },
      key: `recommendation:${r.id}`,
      choice: recommendationChoice(r),
      explained: mergeExplained(fully([...numberSlots, ...responseSlots, ...(byBody.get(r.id) ?? [])]), plan?.explained),
      precision: byBody.has(r.id) || plan ? 1 : 0.7,
      tags,
      prior: 1,
    };
  });
}

/**
 * One recommendation named by what it says rather than its number ("what did the exec say on the
 * send t&f rec about the accessibility plan"): of the maker the question names, restating nearly all
 * of the rest of its words (list-recommendations.ts oneRecommendationByWords).
 */
function byWords(ctx: ReadContext): Reading[] {
  if (!ctx.tags.has('recommendation')) return [];
  const plan = ctx.plans[0];
  const asked = responseSlotsOf(ctx);
  const found = oneRecommendationByWords(ctx, new Set(plan?.explained.keys()), new Set(asked));
  const r = found && ctx.index.data.recommendations.find((x) => x.id === found.id);
  if (!found || !r) return [];
  const own = ctx.plans.find((p) => p.entry.ref === r.planId);
  return [
    {
      intent: { kind: 'recommendation', recommendationId: r.id },
      key: `recommendation:${r.id}`,
      choice: recommendationChoice(r),
      explained: mergeExplained(found.explained, fully(asked), own?.explained),
      precision: 1,
      tags,
      prior: 1,
    },
  ];
}

