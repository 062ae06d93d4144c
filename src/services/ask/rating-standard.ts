import { clipAtWord } from '../../domain/clip';
import type { Indicator } from '../../domain/model';
import type { AskCatalogue } from './ask-catalogue';
import type { Answer } from './answer-types';
import type { Passage, PassageIndex } from './passage-index';
import { splitSentences } from './passage-reading';
import { isStopword } from '../../nlu/text';

/** The unit of a judgement given in words ("Good", "Requires improvement"), as the importers write it. */
export const RATING = 'rating';
const SENTENCE_CHARS = 320;

/** A heading or a standard's name compared loosely: "1.4. Information and facilities" is "1.4 information and facilities". */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/(\d)\.(?=\s|$)/g, '$1')
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();

/** What a rating is of: its name after the last dash ("HMIP rating: Court disposals – 2.3 Implementation and delivery"). */
const ratedName = (name: string) => name.split(/\s+[–—-]\s+/).at(-1)!;

/** Each document's sections by heading, first passage of each: built once per passage index. */
const byHeading = new WeakMap<PassageIndex, Map<string, Passage>>();

function sectionsOf(index: PassageIndex): Map<string, Passage> {
  let known = byHeading.get(index);
  if (!known) {
    known = new Map();
    for (const passage of index.passages) {
      const key = `${passage.documentId}|${comparable(passage.heading)}`;
      if (passage.heading && !known.has(key)) known.set(key, passage);
    }
    byHeading.set(index, known);
  }
  return known;
}

/** A word's first letters: "delivered" and "delivery" alike. */
const PREFIX = 5;
const prefixes = (text: string) => (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !isStopword(w)).map((w) => w.slice(0, PREFIX));

/** Whether a sentence speaks of what the rating's name names ("Planning is well-informed..." of "2.2 Planning"). */
function speaksOf(sentence: string, name: string): boolean {
  const said = new Set(prefixes(sentence));
  return prefixes(name).some((p) => said.has(p));
}

/**
 * A rating's section in the report that gives it ("1.4. Information and facilities"): its first
 * sentence, quoted as written, which in an inspection report states what the standard looks for
 * ("Timely and relevant information is available..."). A rating alone says how good, not at what.
 * Only a sentence speaking of what the rating's name names: a pack may print another standard's
 * sentence under a heading (000 prints 2.4's "Reviewing of progress..." under "2.3. Implementation
 * and delivery"), and that is not quoted as this one's.
 */
export function ratedSection(catalogue: AskCatalogue, indicator: Indicator): Answer['sections'] {
  if (indicator.unit !== RATING || !indicator.source) return [];
  const name = comparable(ratedName(indicator.name));
  if (!/[a-z]{3}/.test(name)) return [];
  const passage = sectionsOf(catalogue.passages).get(`${indicator.source.documentId}|${name}`);
  if (!passage) return [];
  const first = splitSentences(passage.text)[0] ?? '';
  if (!speaksOf(first, ratedName(indicator.name))) return [];
  return [{ heading: `In the papers, under “${passage.heading}”`, lines: [`“${clipAtWord(first, SENTENCE_CHARS)}”`] }];
}
