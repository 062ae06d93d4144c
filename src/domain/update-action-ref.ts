import type { Action, Plan } from './model';

/**
 * Finds the action an officer means by "1.9", "1.1 in the DToC plan" or "dtoc 1.1". Pure.
 *
 * @remarks
 * Refs clash across plans (1.1 is in four of the seed plans), so a plan can be named before or after
 * the ref; the words must all appear in the plan's name, aliases, council or id. When several actions
 * still match, the caller asks back which plan rather than guessing.
 */
export interface RefQuery {
  ref: string;
  /** Words naming the plan, when given. */
  planWords: string[];
}

const refPattern = /^[a-z0-9]+(?:\.[a-z0-9]+)*$/i;
const stopWords = new Set(['in', 'of', 'the', 'for', 'from', 'plan', 'action', 'actions', 'on', 'a', 'ref']);

export const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);

/** True for a token shaped like an action ref: "1.9", "2.3.1", "1A", "A.1". */
export function looksLikeRef(token: string): boolean {
  return token.length <= 12 && refPattern.test(token) && /\d/.test(token);
}

/** Reads "<ref> [in <plan words>]" or "<plan words> <ref>"; undefined when no ref is there. */
export function parseRefQuery(text: string): RefQuery | undefined {
  const tokens = text
    .trim()
    .replace(/[()[\],]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const index = looksLikeRef(tokens[0] ?? '') ? 0 : tokens.length - 1;
  const ref = tokens[index];
  if (!ref || !looksLikeRef(ref)) return undefined;
  const rest = tokens.filter((_, i) => i !== index).join(' ');
  return { ref: ref.toUpperCase(), planWords: words(rest).filter((w) => !stopWords.has(w)) };
}

/** True when every word appears in the plan's name, aliases, council or id. */
export function planMatches(plan: Plan, planWords: string[]): boolean {
  const haystack = new Set(words([plan.name, ...plan.aliases, plan.council, plan.id.replace(/[/-]/g, ' ')].join(' ')));
  const text = [...haystack].join(' ');
  return planWords.every((w) => haystack.has(w) || text.includes(w));
}

/** The actions a query can mean, in plan order. */
export function findActionsByRef(actions: Action[], plans: Plan[], query: RefQuery): Action[] {
  const ref = query.ref.toUpperCase();
  const byPlan = new Map(plans.map((p) => [p.id, p]));
  return actions.filter((a) => {
    if (a.ref.toUpperCase() !== ref && a.rawRef?.toUpperCase() !== ref) return false;
    if (query.planWords.length === 0) return true;
    const plan = byPlan.get(a.planId);
    return !!plan && planMatches(plan, query.planWords);
  });
}
