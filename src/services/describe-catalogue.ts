import type { HealthStore } from '../store/ports';
import type { CatalogueCounts } from '../domain/catalogue-records';

export interface CatalogueSummary {
  counts: CatalogueCounts;
  isEmpty: boolean;
  /** One sentence for people: "5 plans, 150 actions, 80 indicators and 12 meetings". */
  sentence: string;
}

/** What people are told while the store holds no council data (welcome and help cards). */
export const emptyCatalogueNote =
  'No council data is loaded yet, so I have nothing to answer from. An administrator can load agenda packs and plans (see the README).';

/** The reply to a question while the store holds no council data. */
export const cannotAnswerYet = "No council data is loaded yet, so I can't answer that. Type help to see what I can do.";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How much council data the bot holds, said the way a person would. */
export async function describeCatalogue(health: HealthStore): Promise<CatalogueSummary> {
  const counts = await health.counts();
  const parts = [
    plural(counts.plans, 'plan', 'plans'),
    plural(counts.actions, 'action', 'actions'),
    plural(counts.indicators, 'indicator', 'indicators'),
    plural(counts.meetings, 'meeting', 'meetings'),
  ];
  return {
    counts,
    isEmpty: counts.plans + counts.actions + counts.indicators + counts.meetings + counts.documents === 0,
    sentence: `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`,
  };
}
