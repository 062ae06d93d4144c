import type { Intent } from '../../nlu/intents';
import type { AskCatalogue } from './ask-catalogue';
import { type Answer, emptyAnswer, type Fact } from './answer-types';
import { cite } from './cite';
import { actionLine } from './format';

type RecommendationIntent = Extract<Intent, { kind: 'recommendation' }>;

/** How a response is said on a card. */
export const responses: Record<string, string> = {
  accepted: 'Accepted',
  'accepted-in-part': 'Accepted in part',
  rejected: 'Rejected',
  noted: 'Noted',
};

/** One recommendation: what it asked, the response to it, who owns it, by when, and the actions that answer it. */
export function answerRecommendation(catalogue: AskCatalogue, intent: RecommendationIntent): Answer {
  const { index } = catalogue;
  const r = index.data.recommendations.find((x) => x.id === intent.recommendationId)!;
  const plan = r.planId ? index.plans.get(r.planId) : undefined;
  const response = r.response ? responses[r.response] : undefined;
  // NOTE: a recommendation belongs to the plan that answers it, so it is shown on the plan card.
  const answer = emptyAnswer('plan', `${r.body}: recommendation ${r.number}`, response ? `${response}.${r.responseRaw ? ` ${r.responseRaw}` : ''}` : 'The papers record no response to this recommendation.');
  const facts: Fact[] = [{ title: 'Recommendation', value: r.text }, { title: 'Response', value: response ?? 'not recorded' }];
  if (r.owner) facts.push({ title: 'Owner', value: r.owner });
  if (r.byWhen) facts.push({ title: 'By when', value: r.byWhen.raw });
  if (r.target) facts.push({ title: 'Target', value: r.target });
  if (r.progress) facts.push({ title: 'Progress', value: r.progress });
  if (plan) facts.push({ title: 'Answered in', value: plan.name });
  answer.facts = facts;
  const actions = plan ? index.data.actions.filter((a) => a.planId === plan.id && (r.actionRefs.includes(a.ref) || a.recommendationRefs.includes(r.number))) : [];
  if (actions.length > 0) answer.sections.push({ heading: 'Actions answering it', facts: actions.map((a) => ({ title: a.ref, value: actionLine(a) })) });
  answer.sources = [cite(catalogue, r.source)].filter((s): s is string => !!s);
  answer.memory = { ...(plan ? { subject: { kind: 'plan', id: plan.id }, planId: plan.id } : {}) };
  return answer;
}
