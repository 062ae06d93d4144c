import { lexicon } from '../language/lexicon';
import { questionWords } from '../language/question-words';
import type { CueTag } from './cues';
import type { Intent } from './intents';
import type { ReadContext, Reading } from './reading';

const actionCues: CueTag[] = ['action', 'lead', 'due', 'late', 'update', 'status'];
const figureCues: CueTag[] = ['target', 'comparator', 'trend'];
const personWords = new Set(lexicon.grammar.answerTypes.person);
/** Words asking for a figure (src/language/data/questions.json). */
const figureWords = questionWords.figures.words;
/** A question word opening the question or one of its clauses ("who leads it", "plo - who's doing it"), not "offenders who reoffend". */
const personAskedPattern = new RegExp(`(?:^|[-:;,?.!]\\s*)(?:${lexicon.grammar.answerTypes.person.join('|')})\\b`);

/**
 * Evidence that comes from the question as a whole rather than from one name: a question asking for
 * a figure is less likely about an action; one asking "who" is not answered by a figure; one naming a
 * council is not about another council's things.
 */
export function adjustPriors(readings: Reading[], ctx: ReadContext): Reading[] {
  const words = new Set(ctx.query.words);
  const figureAsked =
    figureCues.some((t) => ctx.tags.has(t)) || ctx.counting || figureWords.some((w) => words.has(w));
  const personAsked = personAskedPattern.test(ctx.original.toLowerCase().replace(/'/g, ''));
  const actionAsked = actionCues.some((t) => ctx.tags.has(t)) || ctx.refs.length > 0 || ctx.query.words.some((w) => personWords.has(w));
  const planCouncils = plansCouncils(ctx.index);
  const councils = new Set(ctx.areas.map((a) => a.area).filter((a) => planCouncils.has(a)));
  return readings.map((reading) => {
    let prior = reading.prior;
    const kind = reading.intent.kind;
    if (figureAsked && (kind === 'action' || kind === 'plan' || kind === 'meeting' || kind === 'person') && !reading.implicit) prior *= 0.85;
    if (kind === 'action' && !actionAsked && !reading.implicit) prior *= 0.85;
    if (kind === 'indicator' && personAsked && !reading.implicit) prior *= 0.7;
    const council = councilOf(reading.intent, ctx);
    if (councils.size > 0 && council && !councils.has(council)) prior *= 0.6;
    return prior === reading.prior ? reading : { ...reading, prior };
  });
}

function councilOf(intent: Intent, ctx: ReadContext): string | undefined {
  const { index } = ctx;
  switch (intent.kind) {
    case 'action':
      return index.plans.get(index.actions.get(intent.actionId)?.planId ?? '')?.council;
    case 'plan':
      return index.plans.get(intent.planId)?.council;
    case 'meeting':
      return index.bodies.get(intent.bodyKey)?.council;
    case 'recommendation':
      return byId(index.data.recommendations).get(intent.recommendationId)?.council;
    case 'risk':
      return index.risks.get(intent.riskId)?.council;
    case 'report':
      return index.data.reports && byId(index.data.reports).get(intent.reportId)?.council;
    case 'list':
      return intent.filter.planId ? index.plans.get(intent.filter.planId)?.council : undefined;
    default:
      return undefined;
  }
}

/** The councils with plans, once per index (every question weighs its readings against them). */
function plansCouncils(index: ReadContext['index']): Set<string | undefined> {
  let councils = councilsOfPlans.get(index);
  if (!councils) councilsOfPlans.set(index, (councils = new Set([...index.plans.values()].map((p) => p.council))));
  return councils;
}
const councilsOfPlans = new WeakMap<object, Set<string | undefined>>();

/** Records by id, the first of an id as a search would find it, once per list (not a search per reading). */
function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  let map = idMaps.get(records) as Map<string, T> | undefined;
  if (!map) {
    map = new Map();
    for (const r of records) if (!map.has(r.id)) map.set(r.id, r);
    idMaps.set(records, map);
  }
  return map;
}
const idMaps = new WeakMap<readonly object[], Map<string, unknown>>();
