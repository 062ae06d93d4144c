import { leadWithDifference } from '../../domain/choice-labels';
import type { Choice, Intent } from '../../nlu/intents';
import type { AskCatalogue } from './ask-catalogue';
import { type Answer, emptyAnswer } from './answer-types';

type AskBackIntent = Extract<Intent, { kind: 'ask-back' }>;

/** Two or more things matched about equally: the person picks (each button names one unambiguously). */
export function answerAskBack(intent: AskBackIntent): Answer {
  const answer = emptyAnswer('ask-back', 'Which did you mean?', intent.prompt);
  const labels = leadWithDifference(intent.choices.map((c) => c.label));
  answer.choices = intent.choices.map((choice, i) => ({ ...choice, label: labels[i]! }));
  return answer;
}

/**
 * Nothing in the catalogue or the papers matched: say so, offer near misses, and show the kinds of
 * question that can be answered, using things that really are in the data.
 */
export function notFound(catalogue: AskCatalogue, question: string, suggestions: Choice[] = []): Answer {
  const answer = emptyAnswer(
    'not-found',
    'Not found in the papers',
    `I couldn't find anything that answers "${question}" in the council papers I hold, so I won't guess.`,
  );
  answer.sections.push({
    heading: 'I can answer questions about',
    lines: [
      'Indicators: the latest figure, target, status, comparators and trend.',
      'Actions: who leads them, when they are due, their status and latest update.',
      'Lists: overdue, due by a date, led by someone, under a priority.',
      'Plans, meetings (dates, agenda, question deadlines) and anything else in the papers.',
    ],
  });
  answer.choices = [...suggestions.map((s) => ({ label: `Did you mean: ${s.label}?`, text: s.text })), ...examples(catalogue)].slice(0, 5);
  return answer;
}

/** Example questions built from the data held, so each one is answerable. */
export function examples(catalogue: AskCatalogue): Choice[] {
  const { index } = catalogue;
  const out: Choice[] = [];
  const indicator = index.data.indicators.find((i) => i.targets.some((t) => t.value !== null) && i.values.some((v) => v.value !== null));
  if (indicator) out.push({ label: `Try: ${indicator.name}`, text: `what is the ${indicator.name}${indicator.area ? ` in ${indicator.area}` : ''}?` });
  const plan = index.data.plans[0];
  if (plan) {
    const alias = [...plan.aliases].sort((a, b) => a.length - b.length)[0] ?? plan.name;
    out.push({ label: `Try: overdue actions in the ${alias}`, text: `which actions are overdue in the ${plan.name}?` });
  }
  const body = [...index.bodies.values()][0];
  if (body) out.push({ label: `Try: next ${body.name} meeting`, text: `when is the next meeting of the ${body.name} (${body.council})?` });
  return out;
}
