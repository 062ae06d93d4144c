import { settleIndicator } from '../domain/indicator-direction';
import type { Dataset } from '../domain/model';
import { lexicon } from '../language/lexicon';

/**
 * Every imported indicator with its target state and direction worked out, each with its reason:
 * the words around it in the plan are its action's text and success measures.
 */
export function settleIndicators(dataset: Dataset): Dataset {
  const actions = new Map(dataset.actions.map((a) => [`${a.planId}|${a.ref}`, a]));
  const indicators = dataset.indicators.map((indicator) => {
    const action = indicator.planId && indicator.actionRef ? actions.get(`${indicator.planId}|${indicator.actionRef}`) : undefined;
    const texts = action ? [action.text, action.successMeasures ?? ''] : [];
    return settleIndicator(indicator, texts, lexicon.targets);
  });
  return { ...dataset, indicators };
}
