import type { PassageScore } from './passage-score';

/**
 * A passage found by its section's heading alone ("18. Risks to achieving and sustaining improvement"
 * for "what are the risks to achieving improvement"): none of the question's words is in its own text,
 * so it answers only as part of its section, which the heading titles.
 */
export const byTitle = (hit: PassageScore) => hit.titled || (hit.textShare === 0 && hit.sectionShare > 0);

/**
 * Hits with the same matching sentence (a report printed in two packs) counted once; and the passages
 * of one section found by its heading alone, as the section (its first passage found). The first
 * `limit` of them, when only those are wanted: each other hit's sentence need not be compared.
 */
export function distinct(hits: PassageScore[], limit = Infinity): PassageScore[] {
  const seen = new Set<string>();
  const kept: PassageScore[] = [];
  for (const h of hits) {
    if (kept.length >= limit) break;
    const key = byTitle(h) ? `${h.passage.documentId}\n${h.passage.context}\n${h.passage.outline}\n${h.passage.heading}` : samenessOf(h.sentences[h.focus] ?? h.passage.text);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(h);
  }
  return kept;
}

/**
 * A sentence as compared for sameness: lower case, without its paragraph number or punctuation.
 * Remembered: the same passages' sentences come back question after question, and making it (two
 * regular expressions over the sentence) was most of the cost of choosing what to show.
 */
function samenessOf(text: string): string {
  let key = sameness.get(text);
  if (key === undefined) {
    key = unnumbered(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (sameness.size >= SAMENESS_KEPT) sameness.clear();
    sameness.set(text, key);
  }
  return key;
}
const sameness = new Map<string, string>();
const SAMENESS_KEPT = 5000;

/** A paragraph's number or letter and its bullet ("- 1.4.1.", "5.", "(ii)", "a)", "b."), not its first word ("are the...") nor a count ("12 children"). */
const paragraphNumber = /^[\s\-•*]*(?:\d+(?:\.\d+)+\.?|\d+[.)]|\(?[a-zA-Z]{1,4}\)|[a-zA-Z]\.)\s+/;

/** A sentence without its paragraph number or letter and bullet ("- 7.1 Government advice..." is "Government advice..."). */
export const unnumbered = (sentence: string) => sentence.replace(paragraphNumber, '');
