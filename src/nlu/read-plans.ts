import type { Plan, Priority } from '../domain/model';
import { listWords } from '../language/list-words';
import { anyOf, anyPhrase } from '../language/patterns';
import { answersRecommendations, planWords } from '../language/record-words';
import type { CueTag } from './cues';
import { listClues } from './list-clues';
import { slotsOfWord } from './list-filters';
import { findCandidates } from './match';
import { fully, mergeExplained, type ReadContext, type Reading, slotCues } from './reading';
import { nameTerms, stem } from './text';

const tags: CueTag[] = ['plan', 'priority', 'status', 'meaning', 'count', 'soft', 'lead', 'version'];

// The phrasings are data (src/language/data/plans.json).
const approvedNote = new RegExp(anyOf(planWords.approvedNotes.words), 'i');
const approvalAskedPattern = anyPhrase(planWords.approvalAsked.phrases);
const { statusKey, owner, version, when, period } = planWords.focus;

function approvalGiven(plan: Plan): boolean {
  return plan.versions.some((v) => approvedNote.test(v.note ?? ''));
}

/**
 * Priorities looked at when a question names one by its title; the least of its title a question
 * must name within a plan it names, and with no plan named (the whole title: "workforce" alone is
 * a word of many plans' priorities), and the weight of a reading with no plan named.
 */
const PRIORITIES_NAMED = 3;
const MIN_PRIORITY_PRECISION = 0.3;
const UNNAMED_PLAN_PRECISION = 0.99;
const UNNAMED_PLAN_PRIOR = 0.8;
/** What is done about a part (who leads, by when, the actions), and the words a title must have to be named without "priority". */
const DONE_TAGS: CueTag[] = ['lead', 'due', 'action'];
const TITLE_TERMS = 3;

/** Priorities whose titles the question names, best first, matched on its words but "priority" itself ("...vision and priorities" names none). */
function prioritiesNamed(ctx: ReadContext, planId?: string, limit = PRIORITIES_NAMED) {
  const allowed = (n: number) => !slotCues(ctx.query.slots[n]!).includes('priority');
  return findCandidates(ctx.query, ctx.index, ['priority'], { limit, allowed, ...(planId ? { within: (e) => e.ref.startsWith(`${planId}#`) } : {}) });
}

/** A plan's part by its index ref ("medway/plan#2": the plan, and "2" of it). */
function byRef(ctx: ReadContext, ref: string): { planId: string; part: string; plan: Plan | undefined } {
  const planId = ref.slice(0, ref.lastIndexOf('#'));
  return { planId, part: ref.slice(planId.length + 1), plan: ctx.index.plans.get(planId) };
}

/** The plan's priority whose title the question names best, when one does clearly better than the others. */
function priorityNamed(ctx: ReadContext, planId: string): { priority: Priority; explained: Map<number, number> } | undefined {
  const [best, next] = prioritiesNamed(ctx, planId, 2);
  if (!best || best.precision < MIN_PRIORITY_PRECISION || (next && next.strength >= best.strength)) return undefined;
  const { part: number, plan } = byRef(ctx, best.entry.ref);
  const priority = plan?.priorities.find((p) => p.number === number);
  return priority ? { priority, explained: best.explained } : undefined;
}

/** Words that only ask for a plan to be shown (plans.json `shownBy`), stemmed as a question's terms are. */
const shownBy = new Set(planWords.shownBy.words.map(stem));
/** Most plans offered when a plan is asked for by its kind alone. */
const MAX_PLAN_CHOICES = 5;

/**
 * "Pull up the action plan", "the action plan pls": a plan asked for by its kind alone, none named.
 * The plans whose name or alias holds the kind's words ("action"), else every plan, newest first, to
 * choose from; undefined when the question says anything more.
 */
export function plansAskedByKind(ctx: ReadContext): Plan[] | undefined {
  if (ctx.plans.length > 0 || !ctx.tags.has('plan')) return undefined;
  const kind: string[] = [];
  for (const slot of ctx.query.slots) {
    const cues = slotCues(slot);
    if (slot.soft || cues.includes('soft') || cues.includes('plan') || slot.terms.every((t) => shownBy.has(t))) continue;
    if (!cues.includes('action')) return undefined;
    kind.push(...slot.terms);
  }
  const plans = [...ctx.index.plans.values()];
  const holdsKind = (plan: Plan) => [plan.name, ...plan.aliases].some((name) => kind.every((k) => nameTerms(name).includes(k)));
  const ofKind = kind.length > 0 ? plans.filter(holdsKind) : [];
  // The newest first: a plan in force is likelier meant than one it replaced.
  const newestFirst = (a: Plan, b: Plan) => (b.date ?? '').localeCompare(a.date ?? '') || a.name.localeCompare(b.name);
  return (ofKind.length > 0 ? ofKind : plans).sort(newestFirst).slice(0, MAX_PLAN_CHOICES);
}

/** The unambiguous way to ask about one plan. */
export function planChoice(plan: Plan): { label: string; text: string } {
  return { label: `${plan.name} (${plan.council})`, text: `summary of the ${plan.name}` };
}

/** The unambiguous way to ask about one part of a plan (what the plan calls it aside: "priority" reads as either). */
function partChoice(plan: Plan, number: string): { label: string; text: string } {
  const title = plan.priorities.find((p) => p.number === number)?.title;
  return { label: `${plan.name}: ${number}${title ? ` ${title}` : ''}`, text: `priority ${number} of the ${plan.name}` };
}

/** Readings of the question as about a plan: its summary, priorities, status key, owner or version. */
export function readPlans(ctx: ReadContext): Reading[] {
  const readings: Reading[] = [];
  const words = new Set(ctx.query.words);
  const namedLevels = findCandidates(ctx.query, ctx.index, ['level'], { limit: 3 }).filter((l) => l.precision >= 0.99);
  const clues = listClues(ctx);
  // "When was it signed off?": the version date answers only if the plan says that version was approved.
  const approvalAsked = approvalAskedPattern.test(ctx.query.text);
  for (const match of ctx.plans) {
    const plan = ctx.index.plans.get(match.entry.ref);
    if (!plan) continue;
    // A status level named in the question ("what does 'some progress' mean") explains its words.
    const levels = findCandidates(ctx.query, ctx.index, ['level'], { within: (e) => e.ref.startsWith(`${plan.id}#`), limit: 3 });
    const level = levels[0] && levels[0].precision >= 0.99 ? levels[0] : undefined;
    // A status named in the question that this plan's scale lacks ("blue" on a four-word scale) is
    // evidence for another plan.
    const otherLevel = !level && namedLevels.length > 0;
    const council = fully(ctx.areas.filter((a) => a.area === plan.council).flatMap((a) => a.slots));
    const said = (list: string[]) => list.some((w) => words.has(w));
    const focus = level || said(statusKey) || (ctx.tags.has('meaning') && ctx.tags.has('status'))
      ? 'status-key'
      : ctx.tags.has('priority')
        ? 'priorities'
        : said(owner)
          ? 'owner'
          : ctx.tags.has('version') || said(version)
            ? 'version'
            : periodAsked(said)
              ? 'period'
              : said(when) && !ctx.tags.has('meeting')
                ? 'version'
                : 'summary';
    // A priority named by its number ("priority 2"; "rec 4" of a plan answering recommendations), or by
    // its title when the question asks about a priority ("the workforce priority").
    // (Not where the plan answers a recommendation of that number: that recommendation is the answer.)
    const asPart = clues.recommendationNumber?.toLowerCase();
    const byRecommendation =
      !clues.priorityNumber && asPart && answersRecommendations(plan) && !ctx.index.data.recommendations.some((r) => r.planId === plan.id && r.number.toLowerCase() === asPart) ? asPart : undefined;
    const priorityNumber = clues.priorityNumber ?? byRecommendation;
    const titled = !priorityNumber && ctx.tags.has('priority') ? priorityNamed(ctx, plan.id) : undefined;
    const priority = priorityNumber ? plan.priorities.find((p) => p.number.toLowerCase() === priorityNumber) : titled?.priority;
    readings.push({
      intent: {
        kind: 'plan',
        planId: plan.id,
        focus: priority ? 'priorities' : focus,
        ...(level ? { level: level.entry.ref.slice(plan.id.length + 1) } : {}),
        ...(priority ? { priority: priority.number } : {}),
      },
      key: `plan:${plan.id}`,
      choice: priority ? partChoice(plan, priority.number) : planChoice(plan),
      explained: mergeExplained(
        match.explained,
        level?.explained,
        council,
        priorityNumber && priority ? fully(slotsOfWord(ctx, priorityNumber)) : titled?.explained,
        // "What years does it cover": the words asking for its period are the question's own, answered.
        focus === 'period' && !priority ? fully(periodWordsOf(ctx)) : undefined,
      ),
      precision: match.precision,
      tags: [...tags, ...(focus === 'version' ? (['update'] as CueTag[]) : []), ...(byRecommendation && priority ? (['recommendation'] as CueTag[]) : [])],
      // "How many actions in plan X" is answered by the list of them, which says how many.
      prior: (otherLevel ? 0.8 : 1) * (listWords.actions.words.some((w) => words.has(w)) ? 0.9 : 1) * (approvalAsked && !approvalGiven(plan) ? 0.7 : 1),
    });
  }
  // "Who leads the workforce priority" with no plan named: the plans whose priority's title it names.
  // Without the word "priority", a title of several words named whole names the part when what is
  // done about it is asked ("multi agency attendance at annual reviews of EHC plans - who owns it").
  const doneAsked = DONE_TAGS.some((t) => ctx.tags.has(t));
  if ((ctx.tags.has('priority') || doneAsked) && !clues.priorityNumber) {
    for (const named of prioritiesNamed(ctx)) {
      if (named.precision < UNNAMED_PLAN_PRECISION) continue;
      if (!ctx.tags.has('priority') && named.entry.terms.length < TITLE_TERMS) continue;
      const { planId, part: priority, plan } = byRef(ctx, named.entry.ref);
      if (!plan || readings.some((r) => r.key === `plan:${plan.id}`)) continue;
      readings.push({
        intent: { kind: 'plan', planId, focus: 'priorities', priority },
        key: `plan:${plan.id}`,
        choice: partChoice(plan, priority),
        explained: named.explained,
        precision: named.precision,
        tags,
        // A short title ("Choice") with no plan named is weaker evidence than a plan's name.
        prior: UNNAMED_PLAN_PRIOR,
      });
    }
  }
  // "What does 'some progress' mean?" with no plan named: any plan whose scale has that level.
  if (ctx.tags.has('meaning') || ctx.tags.has('status')) {
    for (const level of findCandidates(ctx.query, ctx.index, ['level'], { limit: 6 })) {
      if (level.precision < 0.99) continue;
      const { planId, part: code, plan } = byRef(ctx, level.entry.ref);
      if (!plan || readings.some((r) => r.key === `plan:${plan.id}`)) continue;
      readings.push({
        intent: { kind: 'plan', planId, focus: 'status-key', level: code },
        key: `plan:${plan.id}`,
        choice: { label: `${plan.name} (${plan.council})`, text: `status key of the ${plan.name}` },
        explained: level.explained,
        precision: 0.7,
        tags,
        prior: ctx.memory?.planId === plan.id ? 1 : 0.9,
      });
    }
  }
  return readings;
}

/** The slots of the words asking for a plan's period ("years", "cover", "timeframe"). */
function periodWordsOf(ctx: ReadContext): number[] {
  return [...period.words, ...period.spanOf, ...period.spanning].flatMap((w) => slotsOfWord(ctx, w));
}

/** "What years does it cover", "its timeframe"; not "the timeframe for its actions", which their list answers. */
function periodAsked(said: (list: string[]) => boolean): boolean {
  if (said(listWords.actions.words)) return false;
  return said(period.words) || (said(period.spanOf) && said(period.spanning));
}
