import type { CueTag } from './cues';
import { findCandidates } from './match';
import type { ReadContext, Reading } from './reading';

const tags: CueTag[] = ['meaning', 'soft'];
/** Words asking for a figure or a deed, not a meaning ("what's the PLO figure"). */
const figureish: CueTag[] = ['figure', 'target', 'trend', 'comparator', 'status', 'lead', 'due', 'late'];

/** Readings of the question as "what does PLO stand for?", from the packs' glossaries. */
export function readGlossary(ctx: ReadContext): Reading[] {
  return findCandidates(ctx.query, ctx.index, ['glossary'], { limit: 3 })
    .filter((m) => m.precision >= 0.99)
    .map((match) => ({
      intent: { kind: 'glossary' as const, term: match.entry.label },
      key: `glossary:${match.entry.ref}`,
      choice: { label: match.entry.label, text: `what does ${match.entry.label} stand for` },
      explained: match.explained,
      precision: 1,
      tags,
      // NOTE: an abbreviation alone ("PLO?", "what is MASH") asks for its meaning; one inside a longer
      // question ("what did the report say about the RAA") is about the thing, not the word.
      prior: ctx.tags.has('meaning') ? 1 : figureish.some((t) => ctx.tags.has(t)) ? 0.6 : ctx.query.slots.length <= match.explained.size ? 0.92 : 0.6,
    }));
}
