import { listWords } from '../language/list-words';
import type { Recommendation } from '../domain/model';
import type { CueTag } from './cues';
import { listClues } from './list-clues';
import { bodiesNamed, slotsOfWord } from './list-filters';
import { fully, mergeExplained, type ReadContext, type Reading } from './reading';

/** Words a reading of one recommendation accounts for ("rejected", "partly"). */
const responseWords = new Set(listWords.responses.oneWords.words);

const tags: CueTag[] = ['recommendation', 'status', 'soft', 'lead', 'due', 'action'];

/** The unambiguous way to ask about one recommendation. */
export function recommendationChoice(r: Recommendation): { label: string; text: string } {
  return { label: `${r.body}, recommendation ${r.number}`, text: `recommendation ${r.number} of the ${r.body}` };
}

/** Readings of the question as about one recommendation: what it said, the response, who owns it, its actions. */
export function readRecommendations(ctx: ReadContext): Reading[] {
  const clues = listClues(ctx);
  if (!clues.recommendationNumber || clues.plural) return [];
  const wanted = clues.recommendationNumber.toLowerCase();
  const numbered = ctx.index.data.recommendations.filter((r) => r.number.toLowerCase() === wanted);
  if (numbered.length === 0) return [];
  const byBody = bodiesNamed(ctx, numbered);
  const numberSlots = slotsOfWord(ctx, clues.recommendationNumber);
  const responseSlots = ctx.query.words.flatMap((w) => (responseWords.has(w) ? slotsOfWord(ctx, w) : []));
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
