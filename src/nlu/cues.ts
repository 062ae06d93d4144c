import { cueTagNames, lexicon } from '../language/lexicon';
import { stem } from './text';

/**
 * Words that say what kind of answer is wanted rather than what it is about. A reading of the
 * question (indicator, action, list...) explains a cue word when its kind uses that cue; so "target"
 * pulls towards an indicator and "overdue" towards a list, without ruling anything out. The words are
 * data, in src/language/data/cues.json.
 */
export type CueTag = (typeof cueTagNames)[number];

const table: Record<string, CueTag[]> = {};
for (const { tag, words } of lexicon.cues) for (const w of words) (table[stem(w)] ??= []).push(tag);

/** The cue tags of a word (already stemmed), if it is a cue word. */
export function cueTags(term: string): CueTag[] {
  return table[term] ?? [];
}

/** Tags present in a question's words (raw words; stemmed here). */
export function questionTags(words: string[]): Set<CueTag> {
  const out = new Set<CueTag>();
  for (const w of words) for (const tag of cueTags(stem(w))) out.add(tag);
  return out;
}
