import type { Plan } from '../../domain/model';
import { planMatches, words } from '../../domain/update-action-ref';
import type { CatalogueStore } from '../../store/ports';

export type FoundPlan = { kind: 'found'; plan: Plan } | { kind: 'choose'; candidates: Plan[] } | { kind: 'none'; plans: Plan[] };

const ignored = new Set(['the', 'plan', 'for', 'of', 'in', 'a']);

/**
 * The plan some words name: its id, its name or an alias exactly, else the one plan whose name,
 * aliases, council or id hold every word. Several: the candidates, never a guess.
 */
export async function findPlan(catalogue: CatalogueStore, text: string): Promise<FoundPlan> {
  const plans = await catalogue.listPlans();
  const wanted = text.trim().toLowerCase();
  const exact = plans.filter((p) => p.id.toLowerCase() === wanted || [p.name, ...p.aliases].some((n) => n.toLowerCase() === wanted));
  if (exact.length === 1) return { kind: 'found', plan: exact[0]! };
  const terms = words(text).filter((w) => !ignored.has(w));
  const matches = terms.length > 0 ? plans.filter((p) => planMatches(p, terms)) : [];
  if (matches.length === 1) return { kind: 'found', plan: matches[0]! };
  if (matches.length > 1) return { kind: 'choose', candidates: matches };
  return { kind: 'none', plans };
}

/** What to say when the words did not pick out one plan. */
export function whichPlanText(found: Exclude<FoundPlan, { kind: 'found' }>, text: string): string {
  if (found.kind === 'choose') {
    return `"${text.trim()}" matches ${found.candidates.length} plans: ${found.candidates.map((p) => p.name).join('; ')}. Add a word that picks out one.`;
  }
  if (found.plans.length === 0) return 'No plans are loaded yet, so there is nothing to name.';
  return `I can't find a plan called "${text.trim()}". The plans are: ${found.plans.map((p) => p.name).join('; ')}.`;
}
