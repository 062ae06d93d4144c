import { questionWords } from '../language/question-words';
import type { CueTag } from './cues';
import { comparable } from './text';
import { CONTEXT_CREDIT, councilSlots, mergeExplained, type ReadContext, type Reading, scaled } from './reading';

const tags: CueTag[] = ['person', 'contact', 'soft'];

/**
 * Readings of the question as "who is ...": a person by name, or whoever holds a role. A council
 * named beside them ("the lead member in Medway") says which, as context rather than as the name.
 */
export function readPeople(ctx: ReadContext): Reading[] {
  const readings: Reading[] = [];
  // "Who is ..." or a contact asked for; a name alone more often asks what they do (a list of their actions).
  const asked = ctx.query.words.some((w) => questionWords.askedBy.who.includes(w)) || ctx.tags.has('contact') || ctx.tags.has('person');
  const prior = asked ? 1 : 0.7;
  for (const match of ctx.people.slice(0, 5)) {
    const person = ctx.index.people.get(match.entry.ref);
    if (!person) continue;
    readings.push({
      intent: { kind: 'person', names: [person.name] },
      key: `person:${match.entry.ref}`,
      choice: { label: person.name, text: `who is ${person.name}` },
      explained: mergeExplained(match.explained, scaled(councilSlots(ctx, [person.council]), CONTEXT_CREDIT)),
      precision: match.precision,
      tags,
      prior,
    });
  }
  for (const match of ctx.roles.slice(0, 5)) {
    const title = match.entry.label;
    const holders = ctx.index.holders.get(comparable(title)) ?? [];
    readings.push({
      intent: { kind: 'person', names: holders.map((p) => p.name), role: title },
      key: `role:${match.entry.ref}`,
      choice: { label: title, text: `who is the ${title}` },
      explained: mergeExplained(match.explained, scaled(councilSlots(ctx, holders.map((h) => h.council)), CONTEXT_CREDIT)),
      precision: match.precision,
      tags,
      // A role nobody in the papers holds can only be answered with "not named".
      prior: (holders.length > 0 ? 0.97 : 0.85) * prior,
    });
  }
  return readings;
}
