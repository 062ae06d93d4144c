import type { Polarity } from '../../../domain/model';

/**
 * Measure names stacked in one cell are printed one after another with no separator:
 * "Contacts to referrals Referrals going on to assessment Rate of assessment closed NFA".
 * A new name starts where a capitalised word, an acronym followed by more words, "%" or "No."
 * follows a lower-case word that does not need an object ("of Medway" does not split).
 */

const JOINERS = new Set(['of', 'in', 'on', 'to', 'the', 'a', 'an', 'for', 'with', 'by', 'and', 'or', 'at', 'from', 'as', 'than', 'into', 'within', 'per']);

function splitPoints(words: string[]): number[] {
  const points: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1];
    const word = words[i];
    if (word.startsWith('%')) {
      if (!/\d$/.test(prev)) points.push(i);
      continue;
    }
    const prevPlain = /^[a-z][a-z'’-]*[;,)']?$/.test(prev) && !JOINERS.has(prev.replace(/[;,)']$/, ''));
    const afterClause = /[;)]$/.test(prev) || /'$/.test(prev);
    if (!prevPlain && !afterClause) continue;
    // "… approved for 14-17 years olds 14-17 year olds with …": an age range opens a new name.
    const rangeWord = /^\d+-\d+/.test(word);
    const titleWord = /^[A-Z][a-z]/.test(word) || rangeWord;
    const acronymLead = /^[A-Z]{2,}$/.test(word) && i < words.length - 1;
    if (titleWord || acronymLead) points.push(i);
  }
  return points;
}

/** Splits a stacked measure cell into exactly `count` names, or returns undefined when the text does not show where. */
export function splitMeasureNames(text: string, count: number): string[] | undefined {
  if (count === 1) return [text];
  const words = text.split(' ');
  const points = splitPoints(words);
  if (points.length !== count - 1) return undefined;
  return [0, ...points].map((start, k) => words.slice(start, points[k] ?? words.length).join(' '));
}

/** In layouts without a Measure column the measure's name ends the Success Measures text. */
export function measureFromSuccess(text: string): string {
  const words = text.split(' ');
  const points = splitPoints(words);
  return points.length ? words.slice(points[points.length - 1]).join(' ') : text;
}

const stem = (w: string) => w.toLowerCase().replace(/[^a-z]/g, '').replace(/s$/, '');
const contentWords = (text: string) =>
  text.split(/\s+/).map(stem).filter((w) => w.length > 2 && !JOINERS.has(w) && w !== 'the');

const LOWER = /^(reduc\w*|fewer|decrease\w*|lower)\b/i;
const HIGHER = /^(increase\w*|improv\w*|more|higher|net gain)\b/i;

/**
 * Higher or lower is better only when the text says so: the measure's own name opens with a
 * direction ("Net gain in…"), or the success measures say "Reduction in X" where every word of X
 * is in the measure's name ("Reduction in unfilled posts" for "% unfilled posts").
 */
export function readPolarity(name: string, successMeasures: string): Polarity {
  if (LOWER.test(name) || /\b(reduced|decreased)$/i.test(name)) return 'lower-is-better';
  if (HIGHER.test(name) || /\b(increased|improved)$/i.test(name)) return 'higher-is-better';
  const nameWords = new Set(contentWords(name));
  // Layouts without a Measure column end the success text with the measure's own name.
  const success = successMeasures.endsWith(name) ? successMeasures.slice(0, -name.length) : successMeasures;
  for (const clause of success.split(/[;.]\s*/)) {
    const m = /^(reduc\w*|decrease\w*|increase\w*|improve\w*)\s+(?:in|of)\s+(.+)$|^(fewer|more)\s+(.+)$/i.exec(clause.trim());
    if (!m) continue;
    const cue = m[1] ?? m[3];
    const object = contentWords(m[2] ?? m[4]);
    if (object.length === 0 || !object.every((w) => nameWords.has(w))) continue;
    return LOWER.test(cue) || /^fewer$/i.test(cue) ? 'lower-is-better' : 'higher-is-better';
  }
  return 'unknown';
}
