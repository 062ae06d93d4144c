import type { Plan, Recommendation } from '../../domain/model';
import { periodInTitle } from '../../domain/plan-period';
import { compareRefs, isUnderPart } from '../../domain/refs';
import { answersRecommendations } from '../../language/record-words';
import type { Intent } from '../../nlu/intents';
import type { ActionUpdateStore } from '../../store/ports';
import { currentStatus } from './action-state';
import type { AskCatalogue } from './ask-catalogue';
import { responses } from './answer-recommendation';
import { type Answer, emptyAnswer, type Fact } from './answer-types';
import { cite } from './cite';
import { actionLine, capital, formatDate, listed, plural } from './format';

type PlanIntent = Extract<Intent, { kind: 'plan' }>;

const kindNames: Record<string, string> = {
  'improvement-plan': 'Improvement plan',
  'inspection-action-plan': 'Inspection action plan',
  'delivery-plan': 'Delivery plan',
  'plan-on-a-page': 'Plan on a page',
  'executive-response': 'Executive response to recommendations',
  'recommendation-tracker': 'Recommendation tracker',
};

/** Actions listed under a part, and leads named in its headline. */
const MAX_ACTIONS_SHOWN = 12;
const MAX_LEADS_SAID = 3;
/** The recommendations a plan answers numbered as its part, or under it ("4", "4(i)", "4(ii)"), in order. */
function recommendationsUnder(catalogue: AskCatalogue, planId: string, part: string): Recommendation[] {
  const number = part.toLowerCase();
  return catalogue.index.data.recommendations
    .filter((r) => r.planId === planId && (r.number.toLowerCase() === number || r.number.toLowerCase().startsWith(`${number}(`)))
    .sort((a, b) => compareRefs(a.number, b.number));
}

/** What a plan calls its parts, one and many: an executive response's are the recommendations it answers. */
const partWords = (plan: Plan): [string, string] => (answersRecommendations(plan) ? ['recommendation', 'recommendations'] : ['priority', 'priorities']);

/** A plan: its priorities with action counts, statuses now, the status key in its own words, version, date and owner. */
export async function answerPlan(catalogue: AskCatalogue, updates: ActionUpdateStore, intent: PlanIntent): Promise<Answer> {
  const plan = catalogue.index.plans.get(intent.planId)!;
  const actions = catalogue.index.data.actions.filter((a) => a.planId === plan.id);
  const latest = await updates.latest(actions.map((a) => a.id));
  const statuses = actions.map((a) => currentStatus(a, plan, latest.get(a.id)));
  const counts = new Map<string, number>();
  for (const s of statuses) counts.set(s.label ?? 'No status recorded', (counts.get(s.label ?? 'No status recorded') ?? 0) + 1);
  const version = plan.versions.at(-1);
  const level = intent.level ? plan.scale.levels.find((l) => l.code === intent.level) : undefined;

  const answer = emptyAnswer('plan', plan.name, '');
  const defaultScale = plan.flags.some((f) => f.code === 'default-status-scale');
  const ordered = [...plan.scale.levels].sort((a, b) => a.rank - b.rank);
  const rankOf = (l: (typeof ordered)[number]) => ordered.indexOf(l) + 1;
  const lowest = ordered[0]?.label;
  const highest = ordered.at(-1)?.label;
  const statusLine = [...counts].map(([label, n]) => `${label}: ${n}`).join('; ');
  const [one, many] = partWords(plan);
  const covers = periodInTitle(plan.name);
  const headline: Record<PlanIntent['focus'], string> = {
    summary: `${plural(actions.length, 'action')} under ${plural(plan.priorities.length, one, many)}. Status now: ${statusLine || 'no actions'}.`,
    priorities: `${plural(plan.priorities.length, one, many)}: ${plan.priorities.map((p) => `${p.number} ${p.title}`).join('; ')}.`,
    'status-key': defaultScale
      ? `The ${plan.name} does not define a status key of its own. For officers' updates I use a default scale, which is not from the plan: ${plan.scale.levels.map((l) => `${l.label}: ${l.meaning}`).join('; ')}.`
      : level
        ? `In the ${plan.name}, "${level.label}" means: ${level.meaning.toLowerCase() === level.label.toLowerCase() ? `${level.meaning} (the plan gives no further definition; it is level ${rankOf(level)} of ${plan.scale.levels.length}, from ${lowest} up to ${highest})` : level.meaning}.`
        : plan.scale.levels.length > 0
          ? `The plan's status key: ${plan.scale.levels.map((l) => `${l.label}: ${l.meaning}`).join('; ')}.`
          : 'The plan gives no status key.',
    owner: plan.owner ? `The plan is owned by ${plan.owner}.` : 'The papers do not say who owns the plan.',
    period: covers
      ? `The ${plan.name} covers ${covers}, as its title says.`
      : `The ${plan.name}'s title gives no period${version ? `; its latest version is ${version.version}${version.date ? `, ${formatDate(version.date)}` : ''}` : ''}.`,
    version: version ? `Version ${version.version}${version.date ? `, ${formatDate(version.date)}` : ''}${version.note ? `: ${version.note}` : ''}.` : 'The papers give no version for the plan.',
  };
  answer.headline = headline[intent.focus];
  const priority = intent.priority ? plan.priorities.find((p) => p.number === intent.priority) : undefined;
  if (priority) {
    const under = actions.filter((a) => isUnderPart(a, priority.number)).sort((a, b) => compareRefs(a.ref, b.ref));
    // With no lead for the part as a whole, who leads its actions is the answer to "who leads it".
    const actionLeads = [...new Set(under.flatMap((a) => a.leads))];
    const leads = priority.lead
      ? `Lead: ${priority.lead}.`
      : `The plan names no lead for the ${one} as a whole${actionLeads.length > 0 ? `; ${under.length === 1 ? 'its action is' : 'its actions are'} led by ${listed(actionLeads, MAX_LEADS_SAID)}` : ''}.`;
    answer.headline = `${capital(one)} ${priority.number}: ${priority.title}. ${leads} ${plural(under.length, 'action')}.`;
    // Its sub-priorities ("2.1", "2.2" under "2"), and what the plan says of it in its own words ("What's working well?").
    const subs = plan.priorities.filter((p) => p.number.startsWith(`${priority.number}.`));
    if (subs.length > 0) answer.sections.push({ heading: `Under ${one} ${priority.number}`, facts: subs.map((p) => ({ title: p.number, value: `${p.title}${p.lead ? ` (lead: ${p.lead})` : ''}` })) });
    for (const part of priority.narrative ?? []) answer.sections.push({ heading: part.heading, lines: [part.text] });
    // A part that is a recommendation answered: what each recommendation numbered under it got ("4(i)", "4(ii)").
    const answered = answersRecommendations(plan) ? recommendationsUnder(catalogue, plan.id, priority.number) : [];
    if (answered.length > 0) {
      answer.sections.push({ heading: 'Responses', facts: answered.map((r) => ({ title: r.number, value: r.response ? (responses[r.response] ?? r.response) : 'not recorded' })) });
    }
    const shown = under.length > MAX_ACTIONS_SHOWN ? ` (the first ${MAX_ACTIONS_SHOWN} of ${under.length})` : '';
    answer.sections.push({ heading: `Actions under ${one} ${priority.number}${shown}`, facts: under.slice(0, MAX_ACTIONS_SHOWN).map((a) => ({ title: a.ref, value: actionLine(a) })) });
    // The rest a page at a time, as a list of them.
    if (shown) answer.choices.push({ label: `All ${under.length} actions under ${one} ${priority.number}`, text: `actions under ${one} ${priority.number} of the ${plan.name}` });
  }

  const facts: Fact[] = [{ title: 'Council', value: plan.council }];
  facts.push({ title: 'Type', value: kindNames[plan.kind] ?? plan.kind });
  facts.push({ title: 'Owner', value: plan.owner ?? 'not stated' });
  facts.push({ title: 'Version', value: version ? `${version.version}${version.date ? ` (${formatDate(version.date)})` : ''}` : 'not stated' });
  if (plan.date) facts.push({ title: 'Date', value: formatDate(plan.date) });
  facts.push({ title: 'Actions', value: String(actions.length) });
  facts.push({ title: 'Status now', value: statusLine || 'no actions' });
  answer.facts = facts;

  if (plan.priorities.length > 0) {
    answer.sections.push({
      heading: capital(many),
      facts: plan.priorities.map((p) => {
        const n = actions.filter((a) => isUnderPart(a, p.number)).length;
        return { title: p.number, value: `${p.title} (${plural(n, 'action')}${p.lead ? `; lead: ${p.lead}` : ''})` };
      }),
    });
  }
  answer.sections.push(
    plan.scale.levels.length > 0
      ? {
          heading: defaultScale ? 'Status key (a default: the plan defines none)' : "Status key, in the plan's words",
          facts: [...plan.scale.levels].sort((a, b) => b.rank - a.rank).map((l) => ({ title: l.code === level?.code ? `${l.label} (asked)` : l.label, value: l.meaning })),
        }
      : { heading: 'Status key', lines: ['The plan gives no status key.'] },
  );
  if (plan.versions.length > 1) {
    answer.sections.push({ heading: 'Versions', lines: plan.versions.map((v) => `${v.version}${v.date ? ` (${formatDate(v.date)})` : ''}${v.note ? `: ${v.note}` : ''}`) });
  }
  answer.notes = plan.flags.filter((f) => f.severity === 'ambiguous').map((f) => f.message);
  answer.sources = [cite(catalogue, plan.source)].filter((s): s is string => !!s);
  answer.memory = { subject: { kind: 'plan', id: plan.id }, planId: plan.id };
  return answer;
}
