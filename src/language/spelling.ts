import SearchableMap from 'minisearch/SearchableMap';
import { stem } from '../nlu/text';
import { type Lexicon, lexicon } from './lexicon';

/**
 * Typo tolerance at the front door: a question's chat shorthand spelt out ("yr", "govt", "cttee":
 * shorthand.json) and its misspelt words put right against the words the store holds (every name,
 * passage and glossary entry) and the words questions are made of (the language data), before
 * anything else reads the question. "who lwads 1.21" is "who leads 1.21" for
 * every reader at once, cue words included. Pure and deterministic; built once per catalogue version.
 */
export interface Speller {
  /** The text with shorthand spelt out and each misspelt word replaced by its likeliest known spelling. */
  correct(text: string): string;
}

/** Weight of a word of the language data against one occurrence in the papers: questions are made of them. */
const LANGUAGE_WORD = 1000;
/** Shortest word put right; shorter ones are too easily another word. */
const MIN_LENGTH = 4;
/** From this length two slips are put right, not one. */
const TWO_EDITS_FROM = 9;
/** A word typed in capitals up to this length is an acronym as the person meant it. */
const ACRONYM_LENGTH = 6;
const CORRECTIONS_KEPT = 5000;

/** The words of the language data: cue words, stopwords, synonyms, grammar and places. */
function languageWords(data: Lexicon): string[] {
  const phrases = [
    ...data.cues.flatMap((c) => c.words),
    ...data.stopwords,
    ...data.synonymGroups.flatMap((g) => [...g.phrases, ...(g.context ?? [])]),
    ...data.grammar.compound.openers,
    ...data.grammar.compound.attributes,
    ...data.places.places,
    ...data.shorthand.values(),
  ];
  return phrases.flatMap((p) => p.toLowerCase().match(/[a-z]+/g) ?? []);
}

/** Builds a speller over the store's texts and the language data. */
export function buildSpeller(texts: Iterable<string>, data: Lexicon = lexicon): Speller {
  const counts = new Map<string, number>();
  const add = (word: string, n: number) => counts.set(word, (counts.get(word) ?? 0) + n);
  for (const text of texts) for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) add(word, 1);
  for (const word of languageWords(data)) add(word, LANGUAGE_WORD);
  const vocabulary = new SearchableMap<number>();
  const stems = new Set<string>();
  for (const [word, n] of counts) {
    vocabulary.set(word, n);
    stems.add(stem(word));
  }
  const corrections = new Map<string, string>();

  const fix = (word: string): string => {
    const known = corrections.get(word);
    if (known !== undefined) return known;
    const fixed = bestSpelling(word, vocabulary, stems);
    if (corrections.size >= CORRECTIONS_KEPT) corrections.clear();
    corrections.set(word, fixed);
    return fixed;
  };

  return {
    correct(text) {
      // A whole word only: not "gov" of an address, nor a part of "19/20".
      const spelt = text.replace(/(?<![\w/.@])[a-z0-9]+(?:\/[a-z])?(?![\w/@]|\.\w)/gi, (typed) => data.shorthand.get(typed.toLowerCase()) ?? typed);
      return spelt.replace(/[A-Za-z]+/g, (typed) => {
        if (typed.length < MIN_LENGTH) return typed;
        if (typed === typed.toUpperCase() && typed.length <= ACRONYM_LENGTH) return typed;
        const word = typed.toLowerCase();
        const fixed = fix(word);
        return fixed === word ? typed : fixed;
      });
    },
  };
}

/** The word itself when known (or its stem is), else the most used spelling one slip away, else the word. */
function bestSpelling(word: string, vocabulary: SearchableMap<number>, stems: ReadonlySet<string>): string {
  if (vocabulary.has(word) || stems.has(stem(word))) return word;
  const candidates = new Map<string, number>();
  // Two letters swapped is one slip, though it is two edits.
  for (let i = 0; i + 1 < word.length; i += 1) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    const n = vocabulary.get(swapped);
    if (n !== undefined) candidates.set(swapped, n);
  }
  if (candidates.size === 0) {
    const near = [...vocabulary.fuzzyGet(word, word.length >= TWO_EDITS_FROM ? 2 : 1)];
    const closest = Math.min(Infinity, ...near.map(([, [, d]]) => d));
    for (const [candidate, [n, d]] of near) if (d === closest) candidates.set(candidate, n);
  }
  let best = word;
  let bestCount = 0;
  for (const [candidate, n] of candidates) {
    if (n > bestCount || (n === bestCount && candidate < best)) [best, bestCount] = [candidate, n];
  }
  return best;
}
