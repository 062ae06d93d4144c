import { isRepeatOf } from '../../domain/repeated-actions';
import type { Intent } from '../../nlu/intents';
import type { ActionUpdateStore } from '../../store/ports';
import { currentStatus, dueState, holdersOf } from './action-state';
import type { AskCatalogue } from './ask-catalogue';
import { type Answer, emptyAnswer, type Fact } from './answer-types';
import { cite } from './cite';
import { formatDate } from './format';

type ActionIntent = Extract<Intent, { kind: 'action' }>;

/** An action: reference, text, lead(s) and who holds them, due date and lateness, status on the plan's own scale, latest update. */
export async function answerAction(catalogue: AskCatalogue, updates: ActionUpdateStore, intent: ActionIntent, today: string): Promise<Answer> {
  const { index } = catalogue;
  const action = index.actions.get(intent.actionId)!;
  const plan = index.plans.get(action.planId);
  const update = (await updates.latest([action.id])).get(action.id);
  const status = currentStatus(action, plan, update);
  const due = dueState(action, update, today, status.complete);

  const leads = action.leads.map((lead) => {
    const holders = holdersOf(lead, index.people.values(), plan?.council);
    return holders.length > 0 ? `${lead} (${holders.join('; ')})` : lead;
  });
  const leadText = leads.length > 0 ? leads.join('; ') : 'No lead is named in the plan.';
  const answer = emptyAnswer('action', `Action ${action.ref}${plan ? ` of the ${plan.name}` : ''}`, '');

  const lateness = status.complete ? 'It is complete.' : due.overdue ? `It is overdue: it was due by ${due.shown}.` : due.shown ? `It is due by ${due.shown}.` : `Due: ${due.text}.`;
  const headline: Record<ActionIntent['focus'], string> = {
    summary: `${action.text}`,
    lead: action.leads.length > 0 ? `Led by ${leads.join('; ')}.` : 'The plan names no lead for this action.',
    due: lateness,
    late: `${action.leads.length > 0 ? `Led by ${leads.join('; ')}. ` : ''}${lateness}`,
    // The text may end its own sentence (a quoted progress column, "...in Teams yet.").
    status: `Status: ${status.text}${/[.!?"”]$/.test(status.text) ? '' : '.'}`,
    success: action.successMeasures ? `Success measure: ${action.successMeasures}` : 'The plan gives no success measure for this action.',
    resources: action.resources ? `Resources: ${action.resources}` : 'The plan gives no resources for this action.',
    update: update ? `Latest update (${formatDate(update.at)}, ${update.author.name}): ${status.label}. "${update.commentary}"` : 'No officer has posted an update on this action in Teams yet.',
  };
  answer.headline = headline[intent.focus];

  const facts: Fact[] = [
    { title: 'Action', value: action.text },
    { title: 'Lead', value: leadText },
    { title: 'Due', value: due.text },
    { title: 'Status', value: status.text },
  ];
  if (action.partners.length > 0) facts.push({ title: 'Partners', value: action.partners.join('; ') });
  if (action.successMeasures) facts.push({ title: 'Success measure', value: action.successMeasures });
  if (action.resources) facts.push({ title: 'Resources', value: action.resources });
  const priority = plan?.priorities.find((p) => p.number === action.priority);
  if (priority) facts.push({ title: 'Priority', value: `${priority.number}: ${priority.title}` });
  if (action.recommendationRefs.length > 0) facts.push({ title: 'Answers recommendation', value: action.recommendationRefs.join(', ') });
  answer.facts = facts;

  if (update) {
    answer.sections.push({
      heading: 'Latest update',
      lines: [
        `${status.label} on ${formatDate(update.at)} by ${update.author.name}${update.previousStatus ? ` (was ${plan ? (plan.scale.levels.find((l) => l.code === update.previousStatus)?.label ?? update.previousStatus) : update.previousStatus})` : ''}.`,
        update.commentary,
        ...(update.revisedDue ? [`Now due by ${formatDate(update.revisedDue)}.`] : []),
      ].filter(Boolean),
    });
  } else if (action.statusRaw) {
    answer.sections.push({ heading: 'Progress in the plan', lines: [action.statusRaw] });
  }
  if (plan && plan.scale.levels.length > 0 && status.code) {
    answer.sections.push({ heading: `${plan.name}: status key`, facts: plan.scale.levels.map((l) => ({ title: l.label, value: l.meaning })) });
  }
  answer.notes = action.flags.filter((f) => f.severity === 'ambiguous').map((f) => f.message);
  // A response may print one action again under a second recommendation: say so, rather than leave the person to find it.
  const repeats = catalogue.index.data.actions.filter((a) => isRepeatOf(a, action));
  if (repeats.length > 0) answer.notes.push(`The plan gives the same action again as ${repeats.map((a) => a.ref).join(', ')}.`);
  answer.sources = [cite(catalogue, action.source), ...(update ? [`Update posted in Teams by ${update.author.name}, ${formatDate(update.at)}`] : [])].filter((s): s is string => !!s);
  answer.memory = { subject: { kind: 'action', id: action.id }, planId: action.planId };
  return answer;
}
