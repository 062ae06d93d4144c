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

const plainPhrases = lexicon.plainCues.map(({ phrase, unlessNext }) => ({ words: phrase.split(' '), unlessNext: new Set(unlessNext ?? []) }));

/**
 * Positions of cue words used as plain English (cues.json `plain`): "due" in "due to covid" or "due
 * regard", "date" in "to date", "led" in "what led to the delays". They say nothing of a deadline or a
 * lead; "due to be completed" still asks when.
 */
export function plainCuePositions(words: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i += 1) {
    // "When is the commissioner next updating the minister": "next" before a verb says when it is done
    // again, not which meeting ("next meeting" keeps it: the verb is a meeting word).
    if (cueTags(stem(words[i]!)).includes('next') && participle(words[i + 1])) out.push(i);
    for (const phrase of plainPhrases) {
      const n = phrase.words.length;
      if (!phrase.words.every((w, k) => words[i + k] === w) || phrase.unlessNext.has(words[i + n] ?? '')) continue;
      for (let k = 0; k < n; k += 1) if (cueTags(stem(words[i + k]!)).length > 0 && !out.includes(i + k)) out.push(i + k);
    }
  }
  return out;
}

/** A verb's -ing or -ed form that names no meeting ("updating", "reviewed"; not "meeting"). */
function participle(word: string | undefined): boolean {
  return !!word && word.length >= 5 && /(?:ing|ed)$/.test(word) && !cueTags(stem(word)).includes('meeting');
}
