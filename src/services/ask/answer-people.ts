import { heldDatesText } from '../../domain/due-date';
import type { Intent } from '../../nlu/intents';
import { comparable, nameTerms } from '../../nlu/text';
import type { AskCatalogue } from './ask-catalogue';
import { type Answer, emptyAnswer } from './answer-types';
import { cite } from './cite';

type GlossaryIntent = Extract<Intent, { kind: 'glossary' }>;
type PersonIntent = Extract<Intent, { kind: 'person' }>;

/** What an abbreviation stands for, from the packs' glossaries (every meaning they give). */
export function answerGlossary(catalogue: AskCatalogue, intent: GlossaryIntent): Answer {
  const key = nameTerms(intent.term).join(' ');
  const entries = catalogue.index.data.glossary.filter((g) => nameTerms(g.term).join(' ') === key);
  const meanings = [...new Map(entries.map((e) => [e.expansion.toLowerCase(), e])).values()];
  const answer = emptyAnswer(
    'passage',
    intent.term,
    meanings.length === 1 ? `${intent.term} stands for ${meanings[0]!.expansion}.` : `The papers use ${intent.term} for ${meanings.length} things: ${meanings.map((m) => m.expansion).join('; ')}.`,
  );
  answer.quote = meanings.map((m) => `${m.term}: ${m.expansion}`).join('\n');
  answer.sources = [...new Set(meanings.map((m) => cite(catalogue, m.source)).filter((s): s is string => !!s))];
  return answer;
}

/** Who someone is (their titles, with dates) or who holds a role, as the papers and the directory name them. */
export function answerPerson(catalogue: AskCatalogue, intent: PersonIntent, today: string): Answer {
  const people = intent.names.map((n) => catalogue.index.people.get(comparable(n))).filter((p) => p !== undefined);
  const title = intent.role ?? people[0]?.name ?? 'Who is who';
  const describe = (p: (typeof people)[number]) =>
    `${p.name}: ${p.titles.length > 0 ? p.titles.map((t) => `${t.title}${heldDatesText(t) ? ` (${heldDatesText(t)})` : ''}`).join('; ') : 'no title given'}${p.council ? ` (${p.council})` : ''}${p.email ? `, ${p.email}` : ''}${p.phone ? `, tel ${p.phone}` : ''}`;
  let headline: string;
  if (intent.role) {
    const current = people.filter((p) => p.titles.some((t) => (!t.until || t.until >= today) && (!t.from || t.from <= today)));
    headline = people.length === 0
      ? `The papers name no one as ${intent.role}.`
      : `${intent.role}: ${people.map((p) => p.name).join(', ')}.${current.length < people.length ? ' The papers give dates for some of these roles; check who holds it now.' : ''}`;
  } else {
    headline = people.length > 0 ? describe(people[0]!) : 'The papers do not name this person.';
  }
  const answer = emptyAnswer('passage', title, headline);
  answer.quote = people.map(describe).join('\n');
  const sources = catalogue.index.data.people.filter((p) => intent.names.some((n) => comparable(n) === comparable(p.name))).map((p) => cite(catalogue, p.source));
  answer.sources = [...new Set(sources.filter((s): s is string => !!s))];
  if (people.some((p) => !catalogue.index.data.people.some((q) => comparable(q.name) === comparable(p.name)))) answer.sources.push('The council directory (PEOPLE_FILE)');
  return answer;
}
