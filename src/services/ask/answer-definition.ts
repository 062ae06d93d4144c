import type { Indicator } from '../../domain/model';
import type { AskCatalogue } from './ask-catalogue';
import { type Answer, emptyAnswer } from './answer-types';
import { cite } from './cite';

const sameSource = (a: Indicator, b: Indicator) =>
  a.definition?.source.documentId === b.definition?.source.documentId && a.definition?.source.lineStart === b.definition?.source.lineStart;

/**
 * What an indicator measures, in the words of the table that defines it. A definition row that
 * defines several measures ("Re-offending: (i) ... (ii) ...") answers with each; the same measure in
 * several areas is one definition, given once.
 */
export function answerDefinition(catalogue: AskCatalogue, indicator: Indicator): Answer {
  const definition = indicator.definition!;
  const siblings = [...catalogue.index.indicators.values()].filter((i) => i.definition && sameSource(i, indicator));
  const byName = new Map<string, string>();
  for (const i of [indicator, ...siblings]) if (!byName.has(i.name)) byName.set(i.name, i.definition!.text);
  const title = byName.size === 1 ? indicator.name : 'What the measures are';
  const answer = emptyAnswer('indicator', title, '');
  answer.headline = [...byName].map(([name, text]) => `${name}: ${text.replace(/\.?$/, '.')}`).join(' ');
  answer.facts = [...byName].map(([name, text]) => ({ title: name, value: text }));
  if (indicator.unit) answer.facts.push({ title: 'Unit', value: indicator.unit });
  answer.sources = [cite(catalogue, definition.source)].filter((s): s is string => !!s);
  answer.memory = { subject: { kind: 'indicator', id: indicator.id } };
  return answer;
}
