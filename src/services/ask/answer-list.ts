import { clipAtWord } from '../../domain/clip';
import { compareRefs } from '../../domain/refs';
import { leadMatches } from '../../domain/lead-matches';
import type { Action } from '../../domain/model';
import { type Intent, type ListFilter, plansOf } from '../../nlu/intents';
import { describeFilter } from '../../nlu/list-text';
import type { ActionUpdateLog, PlanSettingsStore, RecordedValueStore } from '../../store/ports';
import { levelOf } from '../../domain/update-scale';
import { currentStatus, dueState } from './action-state';
import type { AskCatalogue } from './ask-catalogue';
import { cite } from './cite';
import { type Answer, emptyAnswer, type ListItem, type ListRows } from './answer-types';
import { listIndicators } from './list-indicators';
import { wholesSection } from './numbered-figures';
import { listWords } from '../../language/list-words';
import { plural } from './format';

type ListIntent = Extract<Intent, { kind: 'list' }>;

/** Items per card, as the README states: about two phone screens (8 measured 1,300 px tall at 344 px wide). */
export const PAGE_SIZE = 8;

/** Actions (or indicators) matching the filters, a page at a time, always saying how many there are in total. */
export async function answerList(
  catalogue: AskCatalogue,
  stores: { actionUpdates: ActionUpdateLog; recordedValues: RecordedValueStore; planSettings: PlanSettingsStore },
  intent: ListIntent,
  today: string,
): Promise<Answer> {
  const { filter } = intent;
  const heading = describeFilter(filter, catalogue.index);
  const rows: ListRows =
    filter.entity === 'indicators'
      ? await listIndicators(catalogue, stores, filter)
      : filter.entity === 'recommendations'
        ? eager(listRecommendations(catalogue, filter))
        : filter.entity === 'plans'
          ? eager(listPlans(catalogue))
          : await listActions(catalogue, stores.actionUpdates, filter, today);
  const total = rows.total;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(intent.page, pages);
  const answer = emptyAnswer('list', heading, '');
  const noun = { indicators: 'indicator', actions: 'action', recommendations: 'recommendation', plans: 'plan' }[filter.entity];
  if (total === 0) {
    answer.headline = `None: no ${noun}s match.${filter.overdue || filter.status ? ` ${statusCaveat(catalogue, filter)}` : ''}`;
    // "What does Lisa Morgan lead": no action names her, but a plan's priority may ("Lead: Assistant Director / Lisa Morgan").
    if (filter.entity === 'actions' && filter.lead && leadOnly(filter)) ledPriorities(catalogue, filter, answer);
  } else {
    const shown = `${(page - 1) * PAGE_SIZE + 1}–${Math.min(page * PAGE_SIZE, total)}`;
    answer.headline = `${plural(total, noun)} in total${pages > 1 ? `; showing ${shown} (page ${page} of ${pages})` : ''}.${filter.overdue || filter.status ? ` ${statusCaveat(catalogue, filter)}` : ''}`;
    answer.items = await rows.page((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    if (page < pages) answer.choices.push({ label: `Show the next ${Math.min(PAGE_SIZE, total - page * PAGE_SIZE)}`, text: 'more' });
  }
  // Measures named together that are parts of one numbered figure ("2.4.2" and "2.4.3"): how that figure stands.
  if (filter.indicatorIds) answer.sections.push(...wholesSection(catalogue.index, filter.indicatorIds.flatMap((id) => catalogue.index.indicators.get(id) ?? [])));
  if (intent.page > pages && total > 0) answer.notes.push('That was the last page.');
  answer.sources = sourcesOf(catalogue, filter);
  answer.memory = { subject: { kind: 'list', id: heading }, list: { filter, page }, ...(filter.planId ? { planId: filter.planId } : {}) };
  return answer;
}

/**
 * The actions answering some recommendations, by plan: the refs the recommendations name, and the
 * recommendation numbers an action may name. Sets: "recs" alone chooses every recommendation.
 */
function answeringActions(index: AskCatalogue['index'], ids: string[]): (action: Action) => boolean {
  const chosen = new Set(ids);
  const byPlan = new Map<string, { refs: Set<string>; numbers: Set<string> }>();
  for (const r of index.data.recommendations) {
    if (!chosen.has(r.id) || r.planId === undefined) continue;
    let plan = byPlan.get(r.planId);
    if (!plan) byPlan.set(r.planId, (plan = { refs: new Set(), numbers: new Set() }));
    for (const ref of r.actionRefs) plan.refs.add(ref);
    plan.numbers.add(r.number);
  }
  return (action) => {
    const plan = byPlan.get(action.planId);
    return !!plan && (plan.refs.has(action.ref) || action.recommendationRefs.some((n) => plan.numbers.has(n)));
  };
}

async function listActions(catalogue: AskCatalogue, updates: ActionUpdateLog, filter: ListFilter, today: string): Promise<ListRows> {
  const { index } = catalogue;
  const answering = filter.recommendationIds ? answeringActions(index, filter.recommendationIds) : undefined;
  const topic = filter.topic ?? [];
  const planIds = plansOf(filter);
  const candidates = (planIds ? index.data.actions.filter((a) => planIds.includes(a.planId)) : index.data.actions).filter((action) => {
    const plan = index.plans.get(action.planId);
    // NOTE: "priority 1.1" in a plan with sub-priorities (West Mercia) names the sub-priority.
    const wanted = filter.priority?.toLowerCase();
    if (wanted && action.priority?.toLowerCase() !== wanted && action.extra?.subPriority?.toLowerCase() !== wanted) return false;
    if (answering && !answering(action)) return false;
    if (filter.lead) {
      if (filter.lead.council && plan?.council && filter.lead.council !== plan.council) return false;
      if (action.leads.length === 0 || !action.leads.some((lead) => leadMatches(lead, filter.lead!.titles, filter.lead!.match))) return false;
    }
    if (topic.length > 0) {
      const terms = index.actionTextTerms.get(action.id);
      if (!terms || !topic.every((t) => terms.has(t))) return false;
    }
    return true;
  });
  // Plan by plan in the council's numbering (1.2 before 1.10); a due-date sort below keeps it for ties.
  candidates.sort((a, b) => a.planId.localeCompare(b.planId) || compareRefs(a.ref, b.ref));
  const latest = await updates.latest(candidates.map((a) => a.id));
  // Filter on dates and statuses first; the (slower) wording is made only for the page shown.
  const rows: { action: Action; due?: string }[] = [];
  for (const action of candidates) {
    const plan = index.plans.get(action.planId);
    const update = latest.get(action.id);
    const complete = update ? !!(plan && levelOf(plan.scale, update.status)?.complete) : !!action.due?.completed || !!(plan && levelOf(plan.scale, action.status)?.complete);
    const date = update?.revisedDue ?? action.due?.date;
    if (filter.overdue && (complete || !date || date >= today)) continue;
    if (filter.due && (!date || (filter.due.from && date < filter.due.from) || (filter.due.to && date > filter.due.to))) continue;
    if (filter.status && !statusMatches(filter.status, currentStatus(action, plan, update))) continue;
    rows.push({ action, ...(date ? { due: date } : {}) });
  }
  if (filter.overdue || filter.due) rows.sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  const item = (action: Action): ListItem => {
    const plan = index.plans.get(action.planId);
    const update = latest.get(action.id);
    const status = currentStatus(action, plan, update);
    const due = dueState(action, update, today, status.complete);
    const lead = action.leads.length > 0 ? action.leads.join('; ') : 'no lead named';
    return {
      title: `${action.ref}: ${clipAtWord(action.text, 140)}`,
      detail: `${planIds?.length === 1 ? '' : `${plan?.name ?? action.planId}. `}Lead: ${lead}. Due: ${due.text}. Status: ${status.label ?? 'none recorded'}.`,
    };
  };
  return { total: rows.length, page: async (from, to) => rows.slice(from, to).map((r) => item(r.action)) };
}

/** A list asked for by its lead alone (and plan): "which overdue actions does she lead" is not answered by a priority she leads. */
const leadOnly = (filter: ListFilter) => Object.keys(filter).every((key) => ['entity', 'lead', 'planId', 'planIds'].includes(key));

/** The plans' priorities a lead asked about leads as a whole, said beside a list of no actions, each a button. */
function ledPriorities(catalogue: AskCatalogue, filter: ListFilter, answer: Answer): void {
  const lead = filter.lead!;
  const planIds = plansOf(filter);
  for (const plan of catalogue.index.plans.values()) {
    if ((planIds && !planIds.includes(plan.id)) || (lead.council && plan.council !== lead.council)) continue;
    for (const priority of plan.priorities) {
      if (!priority.lead || !leadMatches(priority.lead, lead.titles, lead.match)) continue;
      answer.notes.push(`${lead.label} leads priority ${priority.number} of the ${plan.name} as a whole (${priority.title}); its actions name their own leads.`);
      answer.choices.push({ label: `Priority ${priority.number}: ${clipAtWord(priority.title, 60)}`, text: `priority ${priority.number} of the ${plan.name}` });
    }
  }
}

/** A list's rows: how many there are, and the wording of a page of them (made only when shown). */

const eager = (items: ListItem[]): ListRows => ({ total: items.length, page: async (from, to) => items.slice(from, to) });


/** A status word against an action's current status on its plan's scale. */
function statusMatches(term: string, status: ReturnType<typeof currentStatus>): boolean {
  const t = term.toLowerCase();
  // What the phrase means whatever the scale ("done"), or the words to look for in it (lists.json).
  const row = listWords.statuses.find((s) => s.phrases.includes(t));
  if (row?.means === 'none') return !status.code;
  if (row?.means === 'complete') return status.complete;
  const wanted = row?.scale ?? t;
  const words = [status.code, status.label, status.meaning].filter(Boolean).map((s) => s!.toLowerCase());
  return words.some((w) => w === wanted || w.includes(wanted));
}

function statusCaveat(catalogue: AskCatalogue, filter: ListFilter): string {
  const planIds = plansOf(filter);
  const actions = planIds ? catalogue.index.data.actions.filter((a) => planIds.includes(a.planId)) : catalogue.index.data.actions;
  const without = actions.filter((a) => !a.status).length;
  if (without === 0) return '';
  return filter.overdue
    ? 'Overdue means past its due date with no complete status (from the plan or an officer update).'
    : `${plural(without, 'action')} ${without === 1 ? 'has' : 'have'} no status in the plan; only officers' updates in Teams give them one.`;
}

function sourcesOf(catalogue: AskCatalogue, filter: ListFilter): string[] {
  // Measures named one by one are cited as each one's own answer cites it.
  if (filter.indicatorIds) {
    const cited = filter.indicatorIds.map((id) => cite(catalogue, catalogue.index.indicators.get(id)?.source));
    return [...new Set(cited.filter((s): s is string => !!s))];
  }
  const plans = (plansOf(filter) ?? []).map((id) => catalogue.index.plans.get(id)).filter((p) => p !== undefined);
  if (plans.length === 0) return [`All ${filter.entity === 'plans' ? 'plans' : filter.entity} imported from the papers${filter.entity === 'actions' ? ", with officers' updates posted in Teams" : ''}.`];
  return plans.map((plan) => {
    const document = catalogue.documents.get(plan.source.documentId);
    return `${plan.name}${document ? `, in ${document.title}` : ''}${filter.entity === 'actions' ? ", with officers' updates posted in Teams" : ''}.`;
  });
}

function listRecommendations(catalogue: AskCatalogue, filter: ListFilter): ListItem[] {
  const planIds = plansOf(filter);
  return catalogue.index.data.recommendations
    .filter((r) => (!filter.recommendationIds || filter.recommendationIds.includes(r.id)) && (!planIds || (r.planId && planIds.includes(r.planId))) && (!filter.response || r.response === filter.response))
    .sort((a, b) => (a.planId ?? '').localeCompare(b.planId ?? '') || compareRefs(a.number, b.number))
    .map((r) => ({
      title: `${r.number}: ${clipAtWord(r.text, 160)}`,
      detail: `${r.body}. Response: ${r.response ? r.response.replace(/-/g, ' ') : 'not recorded'}.${r.owner ? ` Owner: ${r.owner}.` : ''}`,
    }));
}

/** How many actions each plan has, counted once per catalogue (not a pass over every action per plan). */
function actionCounts(actions: readonly Action[]): Map<string, number> {
  let counts = countsByPlan.get(actions);
  if (!counts) {
    counts = new Map();
    for (const a of actions) counts.set(a.planId, (counts.get(a.planId) ?? 0) + 1);
    countsByPlan.set(actions, counts);
  }
  return counts;
}
const countsByPlan = new WeakMap<readonly Action[], Map<string, number>>();

function listPlans(catalogue: AskCatalogue): ListItem[] {
  return catalogue.index.data.plans.map((plan) => {
    const actions = actionCounts(catalogue.index.data.actions).get(plan.id) ?? 0;
    return { title: plan.name, detail: `${plan.council}. ${plural(actions, 'action')}, ${plural(plan.priorities.length, 'priority', 'priorities')}.${plan.owner ? ` Owner: ${plan.owner}.` : ''}` };
  });
}

