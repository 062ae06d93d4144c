import { readFileSync } from 'node:fs';
import SearchableMap from 'minisearch/SearchableMap';
import { stem } from '../nlu/text';
import { type Lexicon, lexicon } from './lexicon';
import { sortedListHas } from './word-list';

/**
 * Typo tolerance at the front door: a question's chat shorthand spelt out ("yr", "govt", "cttee":
 * shorthand.json) and its misspelt words put right against the words the store holds (every name,
 * passage and glossary entry) and the words questions are made of (the language data), before
 * anything else reads the question. "who lwads 1.21" is "who leads 1.21" for every reader at once,
 * cue words included. A word of English ("ports", "parole"), a word the store holds, a name in
 * capitals, an acronym, a word with accents and anything inside an address or a path are left as
 * typed. Pure and deterministic; built once per catalogue version.
 */
export interface Speller {
  /** What it knows (kept with the question index). */
  words: SpellerWords;
  /** The text with shorthand spelt out and each misspelt word replaced by its likeliest known spelling. */
  correct(text: string): string;
}

/** Weight of a word of the language data against one occurrence in the papers: questions are made of them. */
const LANGUAGE_WORD = 1000;
/** Shortest word put right; shorter ones are too easily another word. */
const MIN_LENGTH = 4;
/** Longest word put right: anything longer is not a slip of the keyboard, and costly to look near. */
const MAX_LENGTH = 24;
/** From this length two slips are put right, not one. */
const TWO_EDITS_FROM = 9;
/** A word typed in capitals up to this length is an acronym as the person meant it. */
const ACRONYM_LENGTH = 6;
const CORRECTIONS_KEPT = 5000;

/**
 * A word as the reader sees it: letters of any alphabet (so an accented word is one word), digits
 * and "/" for shorthand such as "w/c"; never part of an address, a path or a dotted name.
 */
const wordPattern = /(?<![\p{L}\p{N}/\\.@_-])[\p{L}\p{N}]+(?:\/[a-z])?(?![\p{L}\p{N}/\\@_]|\.[\p{L}\p{N}])/gu;

/** Every word of the language data, whatever the file. */
function languageWords(data: Lexicon): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value instanceof Map) [...value.entries()].forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  // NOTE: the answer patterns are the papers' words ("Inspector", "Director"), not a question's: counted
  // as question words they would win a typo's tie against the papers' own commoner words.
  const { answers: _, ...questionWords } = data;
  walk(questionWords);
  return strings.flatMap((p) => p.toLowerCase().match(/[a-z]+/g) ?? []);
}

let english: string | undefined;
/**
 * Whether a word is English, from the an-array-of-english-words list (275,000 words): kept as its
 * JSON text, 3 MB, and searched (a binary search over the sorted text) only for a word the store
 * does not hold (then remembered), rather than held as a set several times that size.
 */
export function isEnglish(word: string): boolean {
  english ??= readFileSync(require.resolve('an-array-of-english-words/index.json'), 'utf8');
  return sortedListHas(english, word);
}

/** Lets the English word list go (3 MB): read again by the next word that needs it. */
export function forgetEnglish(): void {
  english = undefined;
}

/** The words a speller knows: each with how often it occurs, and their stems. */
export interface SpellerWords {
  vocabulary: SearchableMap<number>;
  stems: Set<string>;
  /** Hyphenated idioms the store writes, by their words typed apart: "up to date" -> "up-to-date". */
  compounds: Map<string, string>;
}

/** Small words that make a hyphenated run an idiom ("up-to-date", "out-of-court", "face-to-face"). */
const LINKS = new Set(['of', 'to', 'on', 'in', 'and', 'for', 'the', 'a', 'by', 'at', 'or']);
/** A hyphenated run of three to five words. */
const hyphenated = /(?<!-)\b[a-z]+(?:-[a-z]+){2,4}\b(?!-[a-z])/g;
/** Words read as one idiom at most. */
const MAX_COMPOUND = 5;

/** Counts the words of the store's texts and of the language data. */
export function spellerWords(texts: Iterable<string>, data: Lexicon = lexicon): SpellerWords {
  const counts = new Map<string, number>();
  const add = (word: string, n: number) => counts.set(word, (counts.get(word) ?? 0) + n);
  const all = [...texts];
  for (const text of all) for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) add(word, 1);
  const compounds = compoundsOf(all);
  for (const word of languageWords(data)) add(word, LANGUAGE_WORD);
  const vocabulary = new SearchableMap<number>();
  const stems = new Set<string>();
  // NOTE: a stopword's stem makes no other word known: "waht" (a slip of "what") would make "wahts" one.
  const stopwords = new Set(data.stopwords);
  for (const [word, n] of counts) {
    vocabulary.set(word, n);
    if (!stopwords.has(word)) stems.add(stem(word));
  }
  return { vocabulary, stems, compounds };
}

/**
 * The hyphenated idioms of the texts ("up-to-date", "out-of-court": a small word inside), by their
 * words typed apart, kept only where the texts write them hyphenated more often than apart: "Peer on
 * Peer Abuse" is a title's words, though a sentence once writes "peer-on-peer".
 */
function compoundsOf(texts: readonly string[]): Map<string, string> {
  const joined = new Map<string, { run: string; n: number }>();
  for (const text of texts) {
    for (const run of text.toLowerCase().match(hyphenated) ?? []) {
      const parts = run.split('-');
      if (!parts.slice(1, -1).some((p) => LINKS.has(p))) continue;
      const key = parts.join(' ');
      const seen = joined.get(key);
      if (seen) seen.n += 1;
      else joined.set(key, { run, n: 1 });
    }
  }
  const out = new Map<string, string>();
  if (joined.size === 0) return out;
  const apart = new Map<string, number>();
  const spaced = new RegExp(`\\b(?:${[...joined.keys()].map((k) => k.replace(/ /g, '\\s+')).join('|')})\\b`, 'g');
  for (const text of texts) for (const m of text.toLowerCase().matchAll(spaced)) apart.set(m[0].replace(/\s+/g, ' '), (apart.get(m[0].replace(/\s+/g, ' ')) ?? 0) + 1);
  for (const [key, { run, n }] of joined) if (n > (apart.get(key) ?? 0)) out.set(key, run);
  return out;
}

/** An ending that makes a known word's other form ("closures", "chaired", "funding"). */
const inflection = /(?:s|ed|ing)$/;

/**
 * Whether a word is a form of a known word: its stem is a known word's, and it has an ending the stem
 * took off ("closures", "chaired") or is the stem itself but for a final "e" ("reprioritise" where the
 * papers write "reprioritised"). Sharing a stem alone is not enough: "wherre" and "where" share
 * "wher" (a final "e" and a doubled letter go), and "wherre" is a slip.
 */
function formOfKnown(word: string, stems: ReadonlySet<string>): boolean {
  const base = stem(word);
  return stems.has(base) && (inflection.test(word) || base === word.replace(/e$/, ''));
}

/** Builds a speller over the store's texts and the language data. */
export function buildSpeller(texts: Iterable<string>, data: Lexicon = lexicon): Speller {
  return spellerOver(spellerWords(texts, data), data);
}

/** A speller over words already counted (a kept question index holds them). */
export function spellerOver(words: SpellerWords, data: Lexicon = lexicon): Speller {
  const { vocabulary, stems, compounds } = words;
  const corrections = new Map<string, string>();

  const fix = (word: string): string => {
    const known = corrections.get(word);
    if (known !== undefined) return known;
    const fixed = vocabulary.has(word) || formOfKnown(word, stems) || isEnglish(word) ? word : nearest(word, vocabulary);
    if (corrections.size >= CORRECTIONS_KEPT) corrections.clear();
    corrections.set(word, fixed);
    return fixed;
  };

  return {
    words,
    correct(typedText) {
      const text = joinCompounds(typedText, compounds);
      return text.replace(wordPattern, (typed, at: number) => {
        const capitals = typed === typed.toUpperCase() && /\p{Lu}/u.test(typed);
        // NOTE: "PCT" or "INFO" typed in capitals is an acronym, not chat shorthand.
        const spelt = capitals ? undefined : data.shorthand.get(typed.toLowerCase());
        if (spelt) return spelt;
        if (!/^[A-Za-z]+$/.test(typed) || typed.length < MIN_LENGTH || typed.length > MAX_LENGTH) return typed;
        if (capitals && typed.length <= ACRONYM_LENGTH) return typed;
        // A name: a capital mid-sentence ("ask Jane Cole").
        if (/^[A-Z][a-z]/.test(typed) && !/(^|[.?!]\s*)$/.test(text.slice(0, at).trimEnd())) return typed;
        const word = typed.toLowerCase();
        const fixed = fix(word);
        return fixed === word ? typed : fixed;
      });
    },
  };
}

/** The text with each hyphenated idiom of the store typed as separate words written as the store writes it. */
function joinCompounds(text: string, compounds: ReadonlyMap<string, string>): string {
  if (compounds.size === 0) return text;
  const words = [...text.matchAll(/[A-Za-z]+/g)];
  let out = '';
  let from = 0;
  for (let i = 0; i < words.length; i += 1) {
    for (let n = Math.min(MAX_COMPOUND, words.length - i); n >= 3; n -= 1) {
      const run = words.slice(i, i + n);
      // Only words typed apart by single spaces: "up to date" is the idiom, "up, to date" is not.
      const gaps = run.slice(1).every((w, k) => text.slice(run[k]!.index! + run[k]![0].length, w.index!) === ' ');
      const joined = gaps ? compounds.get(run.map((w) => w[0].toLowerCase()).join(' ')) : undefined;
      if (!joined) continue;
      const last = run[n - 1]!;
      out += text.slice(from, run[0]!.index!) + joined;
      from = last.index! + last[0].length;
      i += n - 1;
      break;
    }
  }
  return out + text.slice(from);
}

/** The most used spelling one slip away (a swap of two letters counts as one), else the word itself. */
function nearest(word: string, vocabulary: SearchableMap<number>): string {
  const candidates = new Map<string, number>();
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
