import { followUpWords } from '../language/follow-up-words';
import { lexicon } from '../language/lexicon';
import { listWords } from '../language/list-words';
import { questionWords } from '../language/question-words';
import { wordsOf } from '../language/patterns';
import { listClues, targetPhrasing } from './list-clues';
import type { CueTag } from './cues';
import type { ListFilter } from './intents';
import { bodiesNamed, leadFilter, leadsSomething, recommendationsNumbered, slotsOfWord, topicTerms } from './list-filters';
import { recommendationByWords } from './list-recommendations';
import { describeFilter } from './list-text';
import { findCandidates } from './match';
import { fully, mergeExplained, type ReadContext, type Reading, slotCues } from './reading';

const tags: CueTag[] = ['list', 'action', 'late', 'due', 'lead', 'status', 'priority', 'plan', 'count', 'target', 'soft', 'figure', 'more', 'recommendation'];

/** The words of asking for measures without a target ("no agreed target", "still to be set"). */
const targetWords = [...new Set([...targetPhrasing, ...lexicon.targets.askedWithout.qualifiers, ...wordsOf(lexicon.targets.askedWithout.pending)])];
/** Words a list of recommendations by their response accounts for ("rejected"). */
const responseWords = new Set(listWords.responses.listWords.words);

/** Plans named about equally well are all covered by a list ("court judgements actions"). */
const PLAN_TIE = 0.9;

/** Readings of the question as a request for a list of actions, indicators, recommendations or plans. */
export function readLists(ctx: ReadContext): Reading[] {
  const words = new Set(ctx.query.words);
  const clues = listClues(ctx);
  const people = ctx.people.filter((p) => p.precision >= 0.5);
  const roles = ctx.roles.filter((r) => r.precision >= 0.6);
  const named = people.length > 0 || roles.length > 0;
  const said = (list: string[]) => list.some((w) => words.has(w));
  const who = said(questionWords.askedBy.who);
  // "What is Becky Cooper down for": a person or role named, not asked who they are, and little else said,
  // is asked what they lead. "Who's doing the X" asks for a person, not a list.
  const leadAsked =
    named && (said(listWords.actions.words) || (!who && (ctx.tags.has('lead') || (!ctx.tags.has('contact') && mostlyNamed(ctx, [...people, ...roles])))));
  const due = ctx.period && (ctx.tags.has('due') || said(listWords.dueBy.words)) ? ctx.period : undefined;
  // One action ("is it late?", "the signs of safety action") is not a list.
  const { oneAction: one } = listWords;
  const oneAction = ctx.query.words.some((w, i) => one.words.includes(w) && !one.notBefore.includes(ctx.query.words[i + 1] ?? ''));
  const single = (oneAction || said(listWords.single.words)) && !clues.plural && !(clues.listy && !oneAction);
  if (single) return [];
  const triggered =
    clues.overdue ||
    clues.withoutTarget ||
    (due && (clues.plural || clues.listy)) ||
    (clues.plural && (clues.listy || leadAsked || !!clues.priorityNumber || !!clues.status)) ||
    (!!clues.priorityNumber && (clues.listy || ctx.followUp)) ||
    leadAsked ||
    clues.recommendationsAsked ||
    (!!clues.recommendationNumber && clues.plural) ||
    (clues.entity === 'plans' && clues.listy);
  if (!triggered) return [];

  const base: ListFilter = { entity: clues.entity };
  const explained: Map<number, number>[] = [];
  if (clues.overdue) base.overdue = true;
  if (clues.withoutTarget) {
    base.withoutTarget = true;
    if (clues.targetState) base.targetState = clues.targetState;
    explained.push(fully(targetWords.flatMap((w) => slotsOfWord(ctx, w))));
  }
  if (due) base.due = { ...(due.from ? { from: due.from } : {}), ...(due.to ? { to: due.to } : {}), label: due.label };
  if (clues.status && clues.entity !== 'recommendations') {
    base.status = clues.status;
    explained.push(fully(clues.status.split(' ').flatMap((w) => slotsOfWord(ctx, w))));
  }
  if (clues.response) {
    base.response = clues.response;
    explained.push(fully(ctx.query.words.flatMap((w) => (responseWords.has(w) ? slotsOfWord(ctx, w) : []))));
  }
  if (clues.priorityNumber) explained.push(fully(slotsOfWord(ctx, clues.priorityNumber)));
  if (clues.entity === 'indicators' && ctx.areas.length > 0) {
    base.area = ctx.areas[0]!.area;
    explained.push(fully(ctx.areas[0]!.slots));
  }
  const lead = named && leadAsked ? leadFilter(ctx, people[0], roles.filter((r) => leadsSomething(ctx, r.entry.label))[0]) : undefined;

  const readings: Reading[] = [];
  for (const named of planOptions(ctx, clues.priorityNumber)) {
    const option = ownPlan(ctx, clues.recommendationNumber, named);
    const filter: ListFilter = { ...base, ...(option.planIds.length === 1 ? { planId: option.planIds[0]! } : option.planIds.length > 1 ? { planIds: option.planIds } : {}) };
    const parts = [...explained, option.explained];
    const found = clues.recommendationNumber ? recommendationsNumbered(ctx, clues.recommendationNumber, option.planIds) : undefined;
    // A recommendation named by what it says ("the ofsted staffing capacity priority"): its own actions.
    const byWords = !clues.recommendationNumber && clues.entity === 'actions' ? recommendationByWords(ctx, new Set(option.explained?.keys()), option.planIds) : undefined;
    const restated = new Set([...(found?.restated ?? []), ...(byWords?.explained.keys() ?? [])]);

    // A lead is only named by words the plan's name does not already account for ("SEND" is the plan, not the SEN Manager),
    // nor the recommendation's own words ("leadership on foster carers" is what it says, not who leads).
    // A word the plan's name holds only in part ("Children's Services" for "head of service children in care") names the lead.
    // Nor the words of a priority's title that named the plan ("the workforce priority" is not "Workforce Development" leading).
    const titleWords = option.priority?.explained;
    if (lead && [...lead.explained].some(([s, c]) => (option.explained?.get(s) ?? 0) < Math.min(1, c) && !restated.has(s) && !titleWords?.has(s))) {
      filter.lead = lead.filter;
      parts.push(lead.explained);
    }
    const precisions = [option.precision];
    if (clues.recommendationNumber && found) {
      filter.recommendationIds = found.ids;
      parts.push(fully([...slotsOfWord(ctx, clues.recommendationNumber), ...found.slots, ...found.restated]));
      // Who made the recommendation, named, pins it down as well as a plan would.
      if (found.slots.length > 0) precisions.push(1);
    } else if (byWords) {
      filter.recommendationIds = [byWords.id];
      // Named with its maker, it is answered by its own plan's actions, whatever plan other words matched.
      if (byWords.planId && option.planIds.length > 0 && !option.planIds.includes(byWords.planId)) {
        delete filter.planIds;
        filter.planId = byWords.planId;
      }
      parts.push(byWords.explained);
    } else if (clues.entity === 'recommendations') {
      const byBody = bodiesNamed(ctx);
      if (byBody.size > 0) {
        filter.recommendationIds = [...byBody.keys()];
        parts.push(fully([...byBody.values()].flat()));
      }
    }
    if (clues.priorityNumber && option.planIds.length === 1) filter.priority = clues.priorityNumber;
    else if (option.priority && !byWords) {
      filter.priority = option.priority.number;
      parts.push(option.priority.explained);
      precisions.push(1);
    } else if (option.planIds.length === 1 && !byWords) {
      // A priority named by its title within the plan ("under governance").
      const planId = option.planIds[0]!;
      const priority = findCandidates(ctx.query, ctx.index, ['priority'], { within: (e) => e.ref.startsWith(`${planId}#`), limit: 1 })[0];
      if (priority && priority.precision >= 0.5) {
        filter.priority = priority.entry.ref.slice(planId.length + 1).split('.')[0]!.toLowerCase();
        parts.push(priority.explained);
        precisions.push(1);
      }
    }
    const covered = mergeExplained(...parts);
    // Leftover subject words narrow the list only when nothing else does ("which actions are about fostering").
    const selective = filter.lead || filter.recommendationIds || filter.priority || filter.status || filter.due || filter.withoutTarget;
    if (!selective && clues.entity === 'actions') {
      const topic = topicTerms(ctx, covered, option.planIds.length > 0 ? option.planIds : undefined);
      if (topic.terms.length > 0) {
        // Words no action holds together list nothing: "none match" would answer a question the papers may.
        if (!someActionHolds(ctx, topic.terms, option.planIds)) continue;
        filter.topic = topic.terms;
        for (const s of topic.slots) covered.set(s, 0.9);
      }
    }
    const plan = option.planIds.length === 1 ? ctx.index.plans.get(option.planIds[0]!) : undefined;
    // Nothing but a plan, and no word asking for a list: that is a question about the plan.
    const filtered = Object.keys(filter).some((k) => k !== 'entity' && k !== 'planId' && k !== 'planIds');
    if (!filtered && !clues.plural && !clues.listy && clues.entity === 'actions') continue;
    readings.push({
      intent: { kind: 'list', filter, page: 1, ...(ctx.counting ? { count: true } : {}) },
      key: `list:${JSON.stringify(filter)}`,
      choice: { label: describeFilter(filter, ctx.index), text: plan && !option.explained ? `${ctx.original} in the ${plan.name}` : ctx.original },
      explained: covered,
      precision: precisions.reduce((a, b) => a + b, 0) / precisions.length,
      tags,
      prior: 1,
      implicit: true,
    });
  }
  return readings;
}

/** Some action (of the plans, if any) holds every one of the terms in its text. */
function someActionHolds(ctx: ReadContext, terms: string[], planIds: string[]): boolean {
  const { index } = ctx;
  return index.data.actions.some((a) => (planIds.length === 0 || planIds.includes(a.planId)) && terms.every((t) => index.actionTextTerms.get(a.id)?.has(t)));
}

/** The people or roles named account for most of what the question says. */
function mostlyNamed(ctx: ReadContext, names: ReturnType<typeof findCandidates>): boolean {
  const content = ctx.query.slots.map((s, n) => ({ s, n })).filter(({ s }) => slotCues(s).length === 0);
  if (content.length === 0) return false;
  const covered = new Set(names.flatMap((m) => [...m.explained.keys()]));
  const weight = (list: typeof content) => list.reduce((sum, { s }) => sum + s.weight, 0);
  return weight(content.filter(({ n }) => covered.has(n))) >= weight(content) * 0.6;
}

interface PlanOption {
  planIds: string[];
  explained?: Map<number, number>;
  precision: number;
  /** The priority whose title named the plan ("the our people priority"), and the words naming it. */
  priority?: { number: string; explained: Map<number, number>; precision: number };
}

/** Which plans a list is about: those named (several if named equally), else the conversation's, else all. */
function planOptions(ctx: ReadContext, priorityNumber: string | undefined): PlanOption[] {
  const named = ctx.plans;
  if (named.length > 0) {
    const top = named[0]!;
    const value = (p: (typeof named)[number]) => p.strength * (0.6 + 0.4 * p.precision);
    const tied = named.filter((p) => value(p) >= value(top) * PLAN_TIE && [...p.explained.keys()].join() === [...top.explained.keys()].join());
    if (tied.length > 1) return [{ planIds: tied.map((p) => p.entry.ref), explained: top.explained, precision: Math.min(...tied.map((p) => p.precision)) }];
    return named.slice(0, 4).map((p) => ({ planIds: [p.entry.ref], explained: p.explained, precision: p.precision }));
  }
  if (priorityNumber && ctx.memory?.planId) return [{ planIds: [ctx.memory.planId], precision: 1 }];
  if (priorityNumber) {
    return [...ctx.index.plans.values()]
      .filter((p) => p.priorities.some((x) => x.number.toLowerCase() === priorityNumber))
      .map((p) => ({ planIds: [p.id], precision: 0.9 }));
  }
  const remembered = ctx.followUp ? ctx.memory?.planId : undefined;
  // A priority named by its title alone ("the partnership and engagement priority"): each plan holding
  // one of that title, with that priority (the best named of the plan's). A follow-up stays in the
  // conversation's plan unless another plan's priority is named more fully than any of its own ("its
  // actions under the workforce priority" after the children's plan; "the our governance priority").
  const titled = ctx.tags.has('priority') ? prioritiesByTitle(ctx) : [];
  if (remembered) {
    // "Its actions", "their priorities": the conversation's plan, whatever else the words could name.
    if (titled.length === 0 || ctx.query.words.some((w) => possessive.has(w))) return [{ planIds: [remembered], precision: 1 }];
    const own = findCandidates(ctx.query, ctx.index, ['priority'], { within: (e) => e.ref.startsWith(`${remembered}#`), limit: 1 })[0]?.precision ?? 0;
    const others = titled.filter((option) => option.planIds[0] !== remembered && option.priority!.precision > own);
    return others.length > 0 ? others : [{ planIds: [remembered], precision: 1 }];
  }
  return titled.length > 0 ? titled : [{ planIds: [], precision: 1 }];
}

/** The plans holding a priority whose title the question names, each with that priority. */
function prioritiesByTitle(ctx: ReadContext): PlanOption[] {
  const titled = findCandidates(ctx.query, ctx.index, ['priority'], { limit: 4 }).filter((m) => m.precision >= PRIORITY_TITLED);
  const byPlan = new Map<string, (typeof titled)[number]>();
  for (const m of titled) if (!byPlan.has(planOf(m.entry.ref))) byPlan.set(planOf(m.entry.ref), m);
  return [...byPlan].map(([planId, m]) => ({
    planIds: [planId],
    precision: PRIORITY_TITLED,
    priority: { number: priorityOf(m.entry.ref), explained: m.explained, precision: m.precision },
  }));
}
/** A priority entry's plan and its top-level number ("plan#2.1": "plan", "2"). */
const planOf = (ref: string) => ref.split('#')[0]!;
const priorityOf = (ref: string) => ref.slice(ref.indexOf('#') + 1).split('.')[0]!.toLowerCase();
const possessive = new Set(followUpWords.pointers.possessive);
/** How much of a priority's title names it; a plan found by one is named as surely. */
const PRIORITY_TITLED = 0.5;

/**
 * Recommendations of a body the question names ("ofsted priority 3") are answered by their own plan's
 * actions: a plan matched on other words ("response to risk" is not the "Executive response") gives
 * way to it.
 */
function ownPlan(ctx: ReadContext, recommendationNumber: string | undefined, option: PlanOption): PlanOption {
  if (!recommendationNumber || option.planIds.length === 0) return option;
  const found = recommendationsNumbered(ctx, recommendationNumber, option.planIds);
  if (found.slots.length === 0) return option;
  const ids = new Set(found.ids);
  const own = [...new Set(ctx.index.data.recommendations.flatMap((r) => (ids.has(r.id) && r.planId ? [r.planId] : [])))];
  return own.length === 0 || own.some((p) => option.planIds.includes(p)) ? option : { planIds: own, precision: option.precision };
}
