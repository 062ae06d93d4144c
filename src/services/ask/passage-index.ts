import MiniSearch from 'minisearch';
import type { DocumentPage, Meeting } from '../../domain/model';
import { isStopword, rawTokens, stem } from '../../nlu/text';
import type { LoadedDocument } from './ask-catalogue';

/** A paragraph-sized piece of a document page: what a "from the papers" answer quotes. */
export interface Passage {
  id: number;
  documentId: string;
  page: DocumentPage;
  text: string;
  /** Where it sits: the council, the document, the agenda item and the section heading (searched, not shown). */
  context: string;
}

export interface PassageIndex {
  passages: Passage[];
  search: MiniSearch<Passage>;
}

export interface PassageHit {
  passage: Passage;
  /** Share of the question's subject words (or their synonyms) the passage or its context holds (0-1). */
  coverage: number;
  /** The same share, counting the passage's own words only. */
  textCoverage: number;
}

const MIN_CHARS = 200;
const MAX_CHARS = 700;

/** Pack text as plain prose: markup, table rules and tabs removed. */
export function cleanPackText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\*\*|__|^#+\s*/gm, '')
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, '')
    .replace(/\s*\|\s*/g, ' | ')
    .replace(/\t+/g, ' | ')
    .replace(/[ \u00a0]+/g, ' ')
    .trim();
}

/** A line that heads a section ("5. Voluntary and Community Sector", "## Background"). */
const heading = (line: string) => /^#{1,4}\s+\S/.test(line) || /^\*\*[^*]{3,90}\*\*$/.test(line.trim()) || /^\d{1,2}\.\s+[A-Z][^.]{2,80}$/.test(line.trim());

/** Splits pages into passages of a paragraph or a few, and indexes their words (stemmed like questions). */
export function buildPassageIndex(documents: LoadedDocument[], meetings: Meeting[] = []): PassageIndex {
  const passages: Passage[] = [];
  for (const document of documents) {
    const meeting = meetings.find((m) => m.id === document.meetingId);
    for (const page of document.pages) {
      const item = meeting?.agenda.find((a) => a.pageFrom !== undefined && a.pageFrom <= page.number && page.number <= (a.pageTo ?? a.pageFrom))?.title ?? '';
      let section = '';
      let buffer = '';
      const flush = () => {
        const text = buffer.trim();
        if (text.length >= 40) passages.push({ id: passages.length, documentId: document.id, page, text, context: `${document.council} ${document.title} ${item} ${section}` });
        buffer = '';
      };
      for (const paragraph of page.text.split(/\n\s*\n/)) {
        const first = paragraph.trim().split('\n')[0] ?? '';
        if (heading(first)) {
          flush();
          section = cleanPackText(first);
        }
        const clean = cleanPackText(paragraph);
        if (!clean || /^this page is intentionally left blank$/i.test(clean)) continue;
        if (buffer && buffer.length + clean.length > MAX_CHARS) flush();
        buffer = buffer ? `${buffer}\n${clean}` : clean;
        if (buffer.length >= MIN_CHARS) flush();
      }
      flush();
    }
  }
  const search = new MiniSearch<Passage>({
    fields: ['text', 'context'],
    idField: 'id',
    tokenize: (text) => rawTokens(text),
    processTerm: (term) => (isStopword(term) ? null : stem(term)),
  });
  search.addAll(passages);
  return { passages, search };
}

/** What the question asks for, judged from its opening words: a number, a date, or a reason. */
export type Wanted = 'number' | 'date' | 'reason' | undefined;

const looksLike: Record<Exclude<Wanted, undefined>, RegExp> = {
  number: /\d/,
  date: /\b(\d{1,2}(st|nd|rd|th)? )?(january|february|march|april|may|june|july|august|september|october|november|december)\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i,
  reason: /\b(because|reason|due to|as a result|therefore|in order to|so that|owing to|concerns?)\b/i,
};

/**
 * The passages holding most of the question's words (each slot given as its terms and synonyms,
 * already stemmed), best first: most words held, then a passage of the kind asked for (figures for
 * "how many", dates for "when", reasons for "why"), then the search engine's relevance score.
 */
export function searchPassages(index: PassageIndex, slots: string[][], wanted?: Wanted, limit = 3): PassageHit[] {
  const terms = [...new Set(slots.flat())];
  if (terms.length === 0) return [];
  // Every slot must be held (by one of its words or synonyms): an AND of ORs, which also keeps the
  // search small on a large catalogue.
  const options = {
    boost: { text: 2, context: 1 },
    // One slip in a long word only: looser matching finds "therefor" for "hereford".
    fuzzy: (term: string) => (term.length >= 8 ? 1 : false),
    tokenize: (text: string) => text.split(' '),
    processTerm: (term: string) => term,
  };
  const results = index.search.search({ combineWith: 'AND', queries: slots.map((slot) => ({ combineWith: 'OR', queries: slot })) }, options);
  return results
    .slice(0, 60)
    .map((r) => {
      const matched = new Set(r.queryTerms);
      // MiniSearch reports document terms (which may be near spellings) with their fields.
      const inText = new Set(Object.entries(r.match).filter(([, fields]) => fields.includes('text')).map(([term]) => term));
      const coverage = slots.filter((slot) => slot.some((t) => matched.has(t))).length / slots.length;
      const textCoverage = slots.filter((slot) => slot.some((t) => inText.has(t) || [...inText].some((d) => d.startsWith(t) && d.length - t.length <= 2))).length / slots.length;
      const passage = index.passages[r.id as number]!;
      const fits = wanted && looksLike[wanted].test(passage.text) ? 1 : 0;
      return { passage, coverage, textCoverage, fits, score: r.score };
    })
    // A question asking how many, when or why is answered only by a passage with a figure, a date or a reason in it.
    .filter((hit) => !wanted || hit.fits === 1)
    .sort((a, b) => b.coverage - a.coverage || b.textCoverage - a.textCoverage || b.score - a.score)
    .slice(0, limit)
    .map(({ passage, coverage, textCoverage }) => ({ passage, coverage, textCoverage }));
}
