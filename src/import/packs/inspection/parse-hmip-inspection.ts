import type { Dataset, Indicator } from '../../../domain/model';
import type { PackParser, PackText } from '../types';
import { hmipContextualFacts } from './contextual-facts';
import { findHmipReport } from './hmip-report';
import { hmipKeyQuestions } from './hmip-key-questions';
import { hmipRatings } from './hmip-ratings';
import { parseHmipRecommendations } from './hmip-recommendations';
import { hmipLabelFigureTables } from './label-figure-tables';

/** The same figure read twice (a table restated in a plan) is one indicator; the first is kept. */
function uniqueById(indicators: Indicator[]): Indicator[] {
  const byId = new Map<string, Indicator>();
  for (const indicator of indicators) if (!byId.has(indicator.id)) byId.set(indicator.id, indicator);
  return [...byId.values()];
}

/**
 * An HM Inspectorate of Probation youth offending inspection in a pack: its recommendations (linked
 * to the plan actions that answer them), its ratings, the key-question results, and the figures of
 * its contextual-facts and key-data tables as indicators for the inspected area.
 */
export const parseHmipInspection: PackParser = (pack: PackText): Partial<Dataset> => {
  const out: Partial<Dataset> = {};
  const { recommendations } = parseHmipRecommendations(pack);
  if (recommendations && recommendations.length > 0) out.recommendations = recommendations;
  const report = findHmipReport(pack);
  if (!report) return out;
  const ratings = hmipRatings(pack, report);
  const indicators = uniqueById([
    ...ratings.indicators,
    ...hmipKeyQuestions(pack, report),
    ...hmipContextualFacts(pack, report),
    ...hmipLabelFigureTables(pack, report),
  ]);
  if (indicators.length > 0) out.indicators = indicators;
  if (ratings.flags.length > 0) out.flags = ratings.flags;
  return out;
};
