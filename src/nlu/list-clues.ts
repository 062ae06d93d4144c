import { lexicon } from '../language/lexicon';
import type { ListFilter } from './intents';
import { bodiesNamed } from './list-filters';
import type { ReadContext } from './reading';

const statusPhrases = /\b(red|amber|green|blue|complete|completed|done|finished|on track|off track|not started|no status|some progress|good progress|no improvement)\b/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (phrases: string[]) => `(?:${phrases.map(escape).join('|')})`;
const asked = lexicon.targets.askedWithout;
// "no target", "no agreed target", "without a firm target" (qualifiers: src/language/data/targets.json).
const withoutTargetPattern = new RegExp(
  `\\b(without|no|missing|lacking|not got|havent got|dont have|do not have|has no|have no|with no)( an?| any)?( ${anyOf(asked.qualifiers)})? targets?\\b`,
);
// "target still to be agreed", "targets are TBC", "to be set targets", "awaiting a target".
const pendingTargetPattern = new RegExp(
  `\\btargets?( that| which)?( is| are| has| have)?( been| still| yet| not)* ${anyOf(asked.pending)}\\b|\\b${anyOf(asked.pending)}( an?| the)? targets?\\b`,
);
const statePatterns = (['to-be-agreed', 'to-be-set'] as const).map((state) => [state, new RegExp(`\\b${anyOf(lexicon.targets.targetStates[state])}\\b`)] as const);
const responsePatterns: [RegExp, NonNullable<ListFilter['response']>][] = [
  [/\b(partly|partially|in part)\b/, 'accepted-in-part'],
  [/\b(reject|rejected|rejects|turn(ed)? down|refuse[ds]?|decline[ds]?|not accept(ed)?)\b/, 'rejected'],
  [/\b(accept|accepted|accepts|agree[ds]?|approve[ds]?)\b/, 'accepted'],
  [/\b(noted)\b/, 'noted'],
];

/** What in a question points to a list, and its filters, read from the words. */
export interface ListClues {
  plural: boolean;
  listy: boolean;
  overdue: boolean;
  withoutTarget: boolean;
  /** The one target state asked for ("still to be agreed"), when the words name one. */
  targetState?: NonNullable<ListFilter['targetState']>;
  status?: string;
  priorityNumber?: string;
  recommendationNumber?: string;
  recommendationsAsked: boolean;
  plansAsked: boolean;
  response?: ListFilter['response'];
  entity: ListFilter['entity'];
}

const priorityPattern = /\b(?:priority|priorities|theme|p)\s*(\d{1,2}(?:\.\d{1,2})?|[a-k])\b(?!\.\d)/;
const recommendationPattern = /\b(?:recommendation|recommendations|rec)\s*(\d{1,2}(?:\([ivx]+\))?|[a-k](?:\([ivx]+\))?)(?![.\d\w])/;

/**
 * The priority or recommendation number asked about. An inspectorate's numbered "priority for
 * improvement" is its recommendation: "ofsted priority 3", the body named just before the word, is the
 * recommendation numbered 3 of that body, when it made one, not the plan's own priority 3.
 */
function numbersOf(ctx: ReadContext, text: string): Pick<ListClues, 'priorityNumber' | 'recommendationNumber'> {
  const recommendation = recommendationPattern.exec(text)?.[1];
  if (recommendation) {
    const priority = priorityPattern.exec(text)?.[1];
    return { recommendationNumber: recommendation, ...(priority ? { priorityNumber: priority } : {}) };
  }
  const match = priorityPattern.exec(text);
  const priority = match?.[1];
  if (!match || !priority) return {};
  // The word before "priority" ("ofsted priority 3") must be one of the words naming the body.
  const before = text.slice(0, match.index).trim().split(/\s+/).pop() ?? '';
  const named = bodiesNamed(ctx);
  const slots = new Set([...named.values()].flat());
  const namedBefore = [...slots].some((n) => ctx.query.slots[n]!.positions.includes(ctx.query.words.lastIndexOf(before)));
  const theirs = namedBefore && ctx.index.data.recommendations.some((r) => named.has(r.id) && r.number.toLowerCase() === priority.toLowerCase());
  return theirs ? { recommendationNumber: priority } : { priorityNumber: priority };
}

/** Reads the list clues of a question. */
export function listClues(ctx: ReadContext): ListClues {
  const words = new Set(ctx.query.words);
  const text = ctx.query.text;
  const plural = ['actions', 'indicators', 'measures', 'kpis', 'pis', 'tasks', 'things', 'recommendations', 'recs', 'plans'].some((w) => words.has(w));
  const pending = pendingTargetPattern.test(text);
  const withoutTarget = withoutTargetPattern.test(text) || pending;
  const targetState = pending ? statePatterns.find(([, re]) => re.test(text))?.[0] : undefined;
  const recommendationsAsked = /\b(recommendations|recs|recommend|recommended)\b/.test(text);
  const plansAsked = /\b(plans|which plan|what plan)\b/.test(text) && !/\b(action plan|improvement plan|delivery plan)s\b/.test(text);
  const response = recommendationsAsked || /\brecommendation\b/.test(text) ? responsePatterns.find(([re]) => re.test(text))?.[1] : undefined;
  const entity: ListFilter['entity'] = withoutTarget || ['indicators', 'measures', 'kpis', 'pis'].some((w) => words.has(w))
    ? 'indicators'
    : recommendationsAsked && !words.has('actions')
      ? 'recommendations'
      : plansAsked && !words.has('actions') && ctx.plans.length === 0
        ? 'plans'
        : 'actions';
  const numbers = numbersOf(ctx, text);
  return {
    plural,
    listy: ['which', 'list', 'any', 'anything', 'all', 'show', 'outstanding', 'what', 'everything'].some((w) => words.has(w)) || ctx.counting,
    overdue: ctx.tags.has('late'),
    withoutTarget,
    ...(targetState ? { targetState } : {}),
    ...(statusPhrases.exec(text)?.[1] ? { status: statusPhrases.exec(text)![1]! } : {}),
    ...numbers,
    recommendationsAsked,
    plansAsked,
    ...(response ? { response } : {}),
    entity,
  };
}
