import { z } from 'zod';
import { planKinds } from '../domain/model';
import { languageDataDir, readData } from './lexicon';
import { comment, phrase, word } from './patterns';

/**
 * How members ask about a plan and about a measure, besides the cue words: data in
 * `src/language/data/plans.json` and `indicators.json`.
 */

const words = z.array(word).min(1);
const listed = z.object({ comment, words });

export const plansFile = z.object({
  comment,
  approvalAsked: z.object({ comment, phrases: z.array(phrase).min(1) }),
  approvedNotes: listed,
  focus: z.object({
    comment,
    statusKey: words,
    owner: words,
    version: words,
    when: words,
    /** The years a plan covers: a word of these alone ("timeframe"), or one of `spanOf` with one of `spanning` ("what year does it cover"). */
    period: z.object({ comment, words, spanOf: words, spanning: words }),
  }),
  shownBy: listed,
  recommendationParts: z.object({ comment, kinds: z.array(z.enum(planKinds)).min(1) }),
});

export const indicatorComparators = ['england', 'statistical-neighbours', 'region'] as const;

export const indicatorsFile = z.object({
  comment,
  definition: z.object({ comment, words, measure: words, question: words, verb: words }),
  comparators: z.object({ comment, rows: z.array(z.object({ comparator: z.enum(indicatorComparators), words })).min(1), generic: words }),
  previous: z.object({ comment, words, together: z.array(phrase).min(1) }),
  totals: listed,
  rateNames: z.object({ comment, words, endings: words }),
  countNames: z.object({ comment, parts: words }),
  genericComparatorWords: listed,
});

export type PlanWords = z.infer<typeof plansFile>;
export type IndicatorWords = z.infer<typeof indicatorsFile>;

/** Loads the plan phrasings from a folder (the bundled one unless a test gives another). */
export function loadPlanWords(dir: string = languageDataDir): PlanWords {
  return readData(dir, 'plans.json', plansFile);
}

/** Loads the measure phrasings from a folder (the bundled one unless a test gives another). */
export function loadIndicatorWords(dir: string = languageDataDir): IndicatorWords {
  return readData(dir, 'indicators.json', indicatorsFile);
}

/** The bundled phrasings, read and checked once. */
export const planWords: PlanWords = loadPlanWords();
export const indicatorWords: IndicatorWords = loadIndicatorWords();

const recommendationParts = new Set<string>(planWords.recommendationParts.kinds);

/** Whether a plan's parts are the recommendations it answers (plans.json `recommendationParts`): "rec 4" of it is its part 4. */
export const answersRecommendations = (plan: { kind: string }): boolean => recommendationParts.has(plan.kind);
