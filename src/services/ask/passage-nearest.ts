import { clipAtWord } from '../../domain/clip';
import type { AskCatalogue } from './ask-catalogue';
import type { Answer } from './answer-types';
import { cite } from './cite';
import { distinct, unnumbered } from './passage-distinct';
import type { PassageScore } from './passage-score';

/** Nearest passages listed with an honest "not found" hold at least this share of the question. */
export const NEAREST_COVERAGE = 0.45;
/** Places listed with a "not found", and how much of the nearest one's sentence is quoted. */
const MAX_NEAREST = 3;
const NEAREST_CHARS = 240;

/** A sentence as quoted alone: without its paragraph number and bullet ("- 7.1 Government...", "- 7 areas of good"). */
const asQuoted = (sentence: string) => unnumbered(sentence).replace(/^[-•*]\s+/, '');

/**
 * A "not found" that lists where the papers come nearest, so the person can look for themselves: the
 * nearest quoted (the sentence holding most of the question), so what is there is seen without
 * opening the pack. Where "how many" or "when" was asked (`attaching`), a sentence whose figure or
 * date is not of what was asked is not quoted: its place is listed, as the others' are.
 */
export function withNearest(catalogue: AskCatalogue, answer: Answer, hits: PassageScore[], attaching: boolean): Answer {
  const lines: string[] = [];
  const places = new Set<string>();
  for (const hit of distinct(hits.filter((h) => h.coverage >= NEAREST_COVERAGE && h.requiredHeld))) {
    const place = cite(catalogue, { documentId: hit.passage.documentId, lineStart: hit.passage.page.lineStart });
    if (!place || places.has(place)) continue;
    places.add(place);
    const quoted = lines.length === 0 && (!attaching || hit.attached);
    lines.push(quoted ? `“${clipAtWord(asQuoted(hit.sentences[hit.focus] ?? hit.passage.text), NEAREST_CHARS)}” (${place})` : place);
    if (lines.length === MAX_NEAREST) break;
  }
  if (lines.length > 0) answer.sections.unshift({ heading: 'The papers come nearest here (they may not answer it)', lines });
  return answer;
}
