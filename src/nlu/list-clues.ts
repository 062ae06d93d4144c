import { lexicon } from '../language/lexicon';
import { listWords } from '../language/list-words';
import { anyOf, anyPhrase, wordsOf } from '../language/patterns';
import type { ListFilter } from './intents';
import { bodiesNamed } from './list-filters';
import type { ReadContext } from './reading';

// The phrasings are data (src/language/data/lists.json, targets.json); the patterns are compiled once here.
const statusPhrases = new RegExp(`\\b(${anyOf(listWords.statuses.flatMap((s) => s.phrases))})\\b`);
const asked = lexicon.targets.askedWithout;
// "no target", "no agreed target", "without a firm target".
const withoutTargetPattern = new RegExp(
  `\\b${anyOf(listWords.withoutTarget.phrases)}( an?| any)?( ${anyOf(asked.qualifiers)})? targets?\\b`,
);
// "target still to be agreed", "targets are TBC", "to be set targets", "awaiting a target".
const pendingTargetPattern = new RegExp(
  `\\btargets?( that| which)?( is| are| has| have)?( been| still| yet| not)* ${anyOf(asked.pending)}\\b|\\b${anyOf(asked.pending)}( an?| the)? targets?\\b`,
);
/** The words of the two patterns above, besides the data's: what a list without a target accounts for. */
export const targetPhrasing = [...wordsOf(listWords.withoutTarget.phrases), 'been', 'still', 'yet', 'not'];
const statePatterns = (['to-be-agreed', 'to-be-set'] as const).map((state) => [state, anyPhrase(lexicon.targets.targetStates[state])] as const);
const responsePatterns = listWords.responses.rows.map((row) => [anyPhrase(row.phrases), row.response] as const);
const recommendationsPattern = anyPhrase(listWords.recommendations);
const responseAskedPattern = anyPhrase(listWords.responses.askedBy);
const plansPattern = anyPhrase(listWords.plans);
const planKindsPattern = anyPhrase(listWords.planKinds.phrases);
const plural = new Set(listWords.plural);
const listy = new Set(listWords.listy);
const indicatorNouns = new Set(listWords.indicators);

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

const { numbered } = listWords;
const priorityPattern = new RegExp(`\\b${anyOf(numbered.priority)}\\s*(\\d{1,2}(?:\\.\\d{1,2})?|[a-k])\\b(?!\\.\\d)`);
const recommendationPattern = new RegExp(`\\b${anyOf(numbered.recommendation)}\\s*(\\d{1,2}(?:\\([ivx]+\\))?|[a-k](?:\\([ivx]+\\))?)(?![.\\d\\w])`);

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
  const plurals = [...words].some((w) => plural.has(w));
  const actionsAsked = listWords.actions.words.some((w) => words.has(w));
  const pending = pendingTargetPattern.test(text);
  const withoutTarget = withoutTargetPattern.test(text) || pending;
  const targetState = pending ? statePatterns.find(([, re]) => re.test(text))?.[0] : undefined;
  const recommendationsAsked = recommendationsPattern.test(text);
  const plansAsked = plansPattern.test(text) && !planKindsPattern.test(text);
  const response = responseAskedPattern.test(text) ? responsePatterns.find(([re]) => re.test(text))?.[1] : undefined;
  const entity: ListFilter['entity'] = withoutTarget || [...words].some((w) => indicatorNouns.has(w))
    ? 'indicators'
    : recommendationsAsked && !actionsAsked
      ? 'recommendations'
      : plansAsked && !actionsAsked && ctx.plans.length === 0
        ? 'plans'
        : 'actions';
  const numbers = numbersOf(ctx, text);
  return {
    plural: plurals,
    listy: [...words].some((w) => listy.has(w)) || ctx.counting,
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
