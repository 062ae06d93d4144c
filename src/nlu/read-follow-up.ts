import { followUpWords } from '../language/follow-up-words';
import type { CueTag } from './cues';
import { toIntent as actionIntent, actionChoice } from './read-actions';
import { comparatorMention, indicatorChoice, toIntent as indicatorIntent } from './read-indicators';
import { meetingReading } from './read-meetings';
import { planChoice, readPlans } from './read-plans';
import type { ListFilter } from './intents';
import { describeFilter } from './list-text';
import { fully, type ReadContext, type Reading } from './reading';

const pluralPointers = new Set(followUpWords.pointers.plural);
/** The plan's weight against the list shown last when its actions' leads or due dates are asked of "them". */
const PLAN_AFTER_LIST = 0.9;

const indicatorTags: CueTag[] = ['figure', 'comparator', 'target', 'trend', 'status', 'soft', 'count'];
const actionTags: CueTag[] = ['action', 'lead', 'due', 'late', 'update', 'status', 'soft'];

/**
 * Readings that keep the subject of the last answer: "and the target?", "who leads it?", "what
 * about Worcestershire?" (the same measure, another place).
 */
export function readFollowUp(ctx: ReadContext): Reading[] {
  const subject = ctx.memory?.subject;
  if (!subject) return [];
  const prior = ctx.followUp ? 0.97 : 0.75;
  const { index } = ctx;

  if (subject.kind === 'indicator') {
    const current = index.indicators.get(subject.id);
    if (!current) return [];
    const elsewhere = ctx.areas
      .map((a) => ({ a, i: (index.indicatorsByName.get(current.name) ?? []).find((i) => i.area === a.area) }))
      .filter((x) => x.i !== undefined);
    const target = elsewhere[0]?.i ?? current;
    // "Who leads it?" after a figure: the action it measures.
    const action = current.planId && current.actionRef ? index.actions.get(`${current.planId}#${current.actionRef}`) : undefined;
    return [
      {
        intent: indicatorIntent(target, ctx),
        key: `indicator:${target.id}`,
        choice: indicatorChoice(target),
        explained: fully([...elsewhere.flatMap((x) => x.a.slots), ...(comparatorMention(target, ctx)?.slots ?? [])]),
        precision: 1,
        tags: indicatorTags,
        prior,
        implicit: true,
      },
      ...(action && elsewhere.length === 0
        ? [{ intent: actionIntent(action, ctx), key: `action:${action.id}`, choice: actionChoice(action, index), explained: new Map(), precision: 1, tags: actionTags.filter((t) => t !== 'status'), prior: prior * 0.95, implicit: true }]
        : []),
    ];
  }
  if (subject.kind === 'action') {
    const action = index.actions.get(subject.id);
    if (!action) return [];
    // "And the target?" after an action: the figures that measure it.
    const measures = (index.indicatorsByActionRef.get(action.ref.toLowerCase()) ?? []).filter((i) => i.planId === action.planId);
    return [
      { intent: actionIntent(action, ctx), key: `action:${action.id}`, choice: actionChoice(action, index), explained: new Map(), precision: 1, tags: actionTags, prior, implicit: true },
      ...measures.map((i) => ({ intent: indicatorIntent(i, ctx), key: `indicator:${i.id}`, choice: indicatorChoice(i), explained: new Map(), precision: 1, tags: indicatorTags.filter((t) => t !== 'status'), prior: prior * 0.95, implicit: true })),
    ];
  }
  // "When are they due", "who leads them" after a list of actions: the same list (the page shown),
  // whose lines give each action's lead and due date. Only for "they", "them", "those": "who owns it"
  // is asked of the plan, and "which of them are overdue" narrows the list (read-lists.ts).
  const list = subject.kind === 'list' && ctx.memory?.list?.filter.entity === 'actions' ? ctx.memory.list : undefined;
  const plural = ctx.original.toLowerCase().split(/[^a-z]+/).some((w) => pluralPointers.has(w));
  const listed = list && plural && (ctx.tags.has('lead') || ctx.tags.has('due')) ? [actionsAgain(ctx, list, prior)] : [];
  const planPrior = listed.length > 0 ? prior * PLAN_AFTER_LIST : prior;
  if (subject.kind === 'plan' || (subject.kind === 'list' && ctx.memory?.planId)) {
    const plan = index.plans.get(subject.kind === 'plan' ? subject.id : ctx.memory!.planId!);
    if (!plan) return [];
    const entry = { kind: 'plan' as const, ref: plan.id, label: plan.name, terms: [], termSet: new Set<string>(), totalWeight: 0, core: new Set<string>(), coreWeight: 0 };
    const fake = { entry, explained: new Map<number, number>(), precision: 1, strength: 0 };
    return [
      ...listed,
      ...readPlans({ ...ctx, plans: [fake] })
        .filter((r) => r.key === `plan:${plan.id}`)
        .map((r) => ({ ...r, choice: planChoice(plan), prior: planPrior, implicit: true })),
    ];
  }
  if (listed.length > 0) return listed;
  if (subject.kind === 'meeting') {
    const body = index.bodies.get(subject.id);
    if (!body) return [];
    // The same meeting, unless the question names another date.
    const date = ctx.memory?.meetingDate;
    const onDay = !ctx.period && date && !ctx.tags.has('next') ? { ...ctx, period: { from: date, to: date, label: date, positions: [] } } : ctx;
    return [{ ...meetingReading(onDay, body, new Map(), 1), prior, implicit: true }];
  }
  return [];
}

/** The list of actions last shown, at the page shown: what "they" are when their leads or due dates are asked. */
function actionsAgain(ctx: ReadContext, list: { filter: ListFilter; page: number }, prior: number): Reading {
  const label = describeFilter(list.filter, ctx.index);
  return {
    intent: { kind: 'list', filter: list.filter, page: list.page },
    key: `list:${JSON.stringify(list.filter)}`,
    // Its button asks for the list by its name, not with the words that were ambiguous.
    choice: { label, text: label },
    explained: new Map(),
    precision: 1,
    tags: ['lead', 'due', 'soft'],
    prior,
    implicit: true,
  };
}
