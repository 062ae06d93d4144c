import { lexicon } from '../language/lexicon';
import { periodWords } from '../language/period-words';
import { stemming } from '../language/stemming';

/**
 * Text to comparable terms: the one tokeniser used for both the catalogue and the question, so a
 * name and a question that mean the same thing produce the same terms.
 */

/** Words that carry no subject: dropped from names and questions alike (src/language/data/stopwords.json). */
const stopwords = new Set(lexicon.stopwords);

/** Words kept out of name matching but still meaningful to the cue reader (see cues.ts). */
export function isStopword(term: string): boolean {
  return stopwords.has(term);
}

/** A reference such as 1.9, 2.3.1, 1A, A.1, 4(i), 2(ii), or a range such as 14-17. */
export const refPattern = /^(?:\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?|\d{1,2}[a-z]|[a-k]\.\d{1,2}|\d{1,2}-\d{1,2})$/;

/**
 * A pure function of short strings, remembered: the same names and words are read question after
 * question (a record's name by every reader that weighs it), and each reading runs a dozen regexes.
 * Long texts (a passage) are read once and kept by their callers, so they are not remembered here.
 */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  memos.push(known);
  return (text) => {
    if (text.length > REMEMBERED_LENGTH) return read(text);
    let value = known.get(text);
    if (value === undefined) {
      if (known.size >= REMEMBERED_TEXTS) known.clear();
      known.set(text, (value = read(text)));
    }
    return value;
  };
}
const REMEMBERED_LENGTH = 200;
const memos: Map<string, unknown>[] = [];

/**
 * Empties the memos: building an index reads every name of the catalogue through them, which no
 * question asks again soon; kept, they held 4 to 8 MB of an idle bot's heap.
 */
export function forgetRememberedTexts(): void {
  for (const memo of memos) memo.clear();
}
/**
 * Texts kept per function before starting again. Full of question-length texts the three memos hold
 * about 15 MB (50,000 held 72 MB: a stream of distinct messages filled them in minutes).
 */
const REMEMBERED_TEXTS = 10000;

/** Lower-cases, folds quotes and dashes, joins hyphenated words, and drops possessives. */
export const normaliseText = remembered(normalise);

function normalise(text: string): string {
  let t = text.toLowerCase();
  // Accents, curly quotes and dashes: none in plain ASCII, most of the papers' sentences.
  if (nonAscii.test(t)) {
    t = t
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
      .replace(/[\u201c\u201d\u201e]/g, '"')
      .replace(/[\u2013\u2014\u2212]/g, ' - ');
  } else if (t.includes('`')) t = t.replace(/`/g, "'");
  // What only figures need reading for: none in most sentences.
  const figures = digit.test(t);
  // A financial year written with four-digit years or "fy" ("2019-20", "2019/2020", "fy 19-20") is "2019/20".
  if (figures) t = t.replace(/(?<![-/\d])\b(?:fy\s*)?((?:19|20)\d\d|\d\d)\s*[-/]\s*((?:19|20)\d\d|\d\d)\b(?![-/]\d)/g, financialYear);
  if (t.includes('&')) t = t.replace(/&/g, ' and ');
  if (t.includes('%')) t = t.replace(/%/g, ' percent ');
  if (figures) {
    t = t
      // OCR and fast typing leave "1. 10" for the reference 1.10.
      .replace(/\b(\d{1,2})\. (\d{1,2})\b/g, '$1.$2')
      // Ordinals: "19th" and "19 th" are both 19.
      .replace(/\b(\d{1,2}) ?(?:st|nd|rd|th)\b/g, '$1')
      .replace(/(\d),(\d{3})\b/g, '$1$2');
  }
  if (t.includes('-')) t = t.replace(/([a-z])-(?=[a-z])/g, '$1');
  return t.includes("'") ? t.replace(/'s\b/g, '').replace(/s'(?=\s|$)/g, 's').replace(/'/g, '') : t;
}
const nonAscii = /[^\x00-\x7f]/;
const digit = /\d/;

/**
 * A pair of years one apart as a financial year ("2019-20", "2019/2020", "fy 19-20", "18/19" are
 * "2019/20" and "2018/19"); anything else as it was: "14-17" is an age range, "2018-2020" two years,
 * "16-17" (year olds) and "03/04" (a day and month) may be neither.
 */
function financialYear(whole: string, first: string, second: string, at: number, text: string): string {
  const start = first.length === 4 ? Number(first) : Number(first) + (Number(first) >= 50 ? 1900 : 2000);
  const end = Number(second.slice(-2));
  // Two digits each side of a slash, the second no month: "18/19" is a year, "10/11" may be 10 November,
  // and "16/17 year olds", "scored 19/20" or "page 13/14" are none (periods.json `financialYear`).
  const slashed = /^\d\d\s*\/\s*\d\d$/.test(whole) && end > 12 && !agesOrScores(text, at, at + whole.length);
  const marked = whole.startsWith('fy') || first.length === 4 || slashed;
  return marked && (start + 1) % 100 === end ? `${start}/${second.slice(-2)}` : whole;
}

const { slashedNotBefore, slashedNotAfter } = periodWords.financialYear;
const notBefore = new Set(slashedNotBefore);
const notAfter = new Set(slashedNotAfter);
/** Whether the words around a slashed pair make it ages, a score or pages rather than a year. */
function agesOrScores(text: string, from: number, to: number): boolean {
  const next = /^[\s-]*([a-z]+)/.exec(text.slice(to))?.[1];
  const before = /([a-z]+)\.?\s*$/.exec(text.slice(Math.max(0, from - 20), from))?.[1];
  return (next !== undefined && notBefore.has(next)) || (before !== undefined && notAfter.has(before));
}

/** Splits normalised text into raw tokens, keeping references (1.9, 2.3.1, 1a, 14-17) whole. */
export function rawTokens(text: string): string[] {
  // A copy: callers may change the list they are given.
  return text.length > REMEMBERED_LENGTH ? tokens(text) : knownTokens(text).slice();
}
const knownTokens = remembered(tokens);

const plainWord = /^[a-z]+$/;

function tokens(text: string, normalised = normaliseText(text)): string[] {
  const out: string[] = [];
  for (const piece of normalised.split(/[^a-z0-9.\-()/]+/)) {
    // Most pieces are plain words: nothing below changes them.
    if (plainWord.test(piece)) {
      out.push(piece);
      continue;
    }
    const bracketed = /^(\d{1,2}|[a-k])\(([ivx]{1,4})\)[.]?$/.exec(piece);
    if (bracketed) {
      out.push(`${bracketed[1]}(${bracketed[2]})`);
      continue;
    }
    const trimmed = piece.replace(/^[.\-(/]+|[.\-)/]+$/g, '');
    if (!trimmed) continue;
    if (/^\d{4}\/\d{2}$|^\d{2}\/\d{2}$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(trimmed)) {
      out.push(trimmed);
      continue;
    }
    if (refPattern.test(trimmed)) {
      out.push(trimmed);
      continue;
    }
    for (const part of trimmed.split(/[.\-()/]+/)) if (part) out.push(part);
  }
  return out;
}

/** Words whose ending is not a plural or tense ("news" is not "new"): src/language/data/stemming.json. */
const unchanged = new Set(stemming.unchanged);

/**
 * A light English stemmer: enough to make "approve", "approved" and "approvals", or "meet", "meets"
 * and "meeting" compare equal, without the surprises of a full Porter stemmer on council jargon.
 */
export function stem(term: string): string {
  if (term.length <= 3) return term;
  let known = stems.get(term);
  if (known === undefined) {
    if (stems.size >= REMEMBERED_WORDS) stems.clear();
    stems.set(term, (known = stemOf(term)));
  }
  return known;
}
/** Stems by word: a passage read for a question stems every word of it, and the papers' words repeat. */
const stems = new Map<string, string>();
memos.push(stems);
/** Words kept before starting again: the five seed packs hold about 5,000 distinct words. */
const REMEMBERED_WORDS = 50000;

function stemOf(term: string): string {
  if (/\d/.test(term) || unchanged.has(term)) return term;
  let t = term;
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('sses')) t = t.slice(0, -2);
  else if (t.endsWith('s') && !/(ss|us|is)$/.test(t)) t = t.slice(0, -1);
  let cut = false;
  if (t.length > 5 && t.endsWith('ing')) (t = t.slice(0, -3)), (cut = true);
  else if (t.length > 4 && t.endsWith('ed')) (t = t.slice(0, -2)), (cut = true);
  if (t.length > 4 && t.endsWith('e')) t = t.slice(0, -1);
  // "running" and "planned" are "run" and "plan": a doubled consonant left by an ending goes.
  if ((t.length > 4 || (cut && t.length === 4)) && /([bdglmnprt])\1$/.test(t)) t = t.slice(0, -1);
  return t;
}

/** The terms of a name or phrase, stemmed, stopwords dropped. */
export function nameTerms(text: string): string[] {
  return text.length > REMEMBERED_LENGTH ? termsOf(text) : knownTerms(text).slice();
}
const termsOf = (text: string) => knownTokens(text).filter((t) => !stopwords.has(t)).map(stem);
const knownTerms = remembered(termsOf);

/** The same as nameTerms, not remembered: for text read once and kept by the caller (a passage's sentences). */
export function nameTermsOnce(text: string): string[] {
  return tokens(text, normalise(text))
    .filter((t) => !stopwords.has(t))
    .map(stem);
}

/** Normalised text for exact comparisons of names ("Head of Service, Safeguarding" = "head of service safeguarding"). */
export function comparable(text: string): string {
  return knownTokens(text).join(' ');
}
