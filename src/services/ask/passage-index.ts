import SearchableMap from 'minisearch/SearchableMap';
import { lexicon } from '../../language/lexicon';
import { anyOf } from '../../language/patterns';
import type { DocumentPage, GlossaryEntry, Meeting } from '../../domain/model';
import { nameTerms } from '../../nlu/text';
import { interner } from '../../nlu/catalogue-index';
import type { DocumentSummary } from '../../domain/catalogue-records';
import { chunkPage, type Outline } from './passage-chunks';

/** A document with its pages, as the passage index reads it. */
export type LoadedDocument = DocumentSummary & { pages: DocumentPage[] };

/** Where a page sits, without its text: what answers cite once the indexes are built. */
export type PageRange = Omit<DocumentPage, 'text'>;

/** A document with where its pages sit, as a built catalogue keeps it (passages hold the text asked for). */
export type KeptDocument = DocumentSummary & { pages: PageRange[] };

export { cleanPackText } from './passage-chunks';

/** A paragraph-sized piece of a document page: what a "from the papers" answer quotes. */
export interface Passage {
  id: number;
  documentId: string;
  page: PageRange;
  text: string;
  /** The heading of the section it sits under (searched, and shown above the quote). */
  heading: string;
  /** The headings its section sits under: a part, marked-up and numbered ones ("Appendix 7 / Worcestershire Local Information"; searched, not shown). */
  outline: string;
  /** Where it sits: the council, the document and the agenda item (searched, not shown). */
  context: string;
  /** It is a form's value, its heading the label ("Directorate responsible" / "Children and Families"): its own words are its label's. */
  value?: true;
}

/**
 * The papers cut into passages, with an inverted index over their words (stemmed as questions are),
 * each word's document frequency and a typo-tolerant vocabulary. Built once per catalogue version.
 */
export interface PassageIndex {
  passages: Passage[];
  /** Term -> ids of the passages whose text or heading holds it, ascending. */
  postings: Map<string, number[]>;
  /** Every term of the passages, with the number of passages holding it (for near spellings). */
  vocabulary: SearchableMap<number>;
  /** Abbreviations the glossary spells out ("ilac" -> inspection local authority children servic). */
  expansions: Map<string, string[]>;
  /** The places the data holds figures or papers for, as terms ("telford", "wrekin"). */
  areas: string[][];
}

/** Longest glossary expansion used to read an abbreviation in a passage as its words. */
const MAX_EXPANSION_TERMS = 6;

/**
 * The agenda's list of items and pages ("4. | Review of ... | (Pages 3 - 6)"), or anything under a
 * heading "Agenda": the meeting answers say it better, and its "To receive declarations of interest"
 * is not what the minutes record ("There were no declarations of interest").
 */
function isAgendaListing(text: string): boolean {
  const lines = text.split('\n');
  return lines.filter((l) => /\(Pages?\s+\d+/i.test(l)).length * 2 >= lines.length;
}

/**
 * A piece too short to say anything (a page number, a fragment): under 40 characters, unless it is a
 * whole sentence of four words or more ("There were no named substitutes.", a minute's whole record).
 */
const tooShort = (text: string) => text.length < 40 && !(/^[A-Z][^|]*[a-z]\.$/.test(text) && text.split(/\s+/).length >= 4);

/** The heading of an agenda's list of items (answers.json `listings.agenda`). */
const agendaHeading = new RegExp(`^${anyOf(lexicon.answers.listings.agenda)}$`, 'i');

/** Splits pages into passages and indexes their words. */
export function buildPassageIndex(documents: LoadedDocument[], meetings: Meeting[] = [], glossary: GlossaryEntry[] = [], places: string[] = []): PassageIndex {
  const passages: Passage[] = [];
  for (const document of documents) {
    const meeting = meetings.find((m) => m.id === document.meetingId);
    let heading = '';
    let outline: Outline = [];
    let lastItem: string | undefined;
    for (const page of [...document.pages].sort((a, b) => a.lineStart - b.lineStart)) {
      const item = meeting?.agenda.find((a) => a.pageFrom !== undefined && a.pageFrom <= page.number && page.number <= (a.pageTo ?? a.pageFrom))?.title ?? '';
      // Each report of a pack numbers its sections afresh.
      if (item !== lastItem) outline = [];
      lastItem = item;
      const cut = chunkPage(page.text, heading, outline);
      heading = cut.heading;
      outline = cut.outline;
      for (const chunk of cut.chunks) {
        if ((tooShort(chunk.text) && !chunk.value) || isAgendaListing(chunk.text) || agendaHeading.test(chunk.heading.trim())) continue;
        const context = `${document.council} ${document.title} ${item}`;
        passages.push({ id: passages.length, documentId: document.id, page, text: chunk.text, heading: chunk.heading, outline: chunk.parents, context, ...(chunk.value ? { value: true as const } : {}) });
      }
    }
  }
  sharePassageStrings(passages);
  const expansions = new Map<string, string[]>();
  for (const entry of glossary) {
    const short = nameTerms(entry.term);
    const long = nameTerms(entry.expansion);
    if (short.length === 1 && long.length > 1 && long.length <= MAX_EXPANSION_TERMS && !expansions.has(short[0]!)) expansions.set(short[0]!, long);
  }
  const postings = new Map<string, number[]>();
  for (const passage of passages) {
    const terms = new Set(nameTerms(`${passage.heading} ${passage.text}`));
    // An abbreviation also stands for its words: "ILACS" is an inspection.
    for (const term of [...terms]) for (const word of expansions.get(term) ?? []) terms.add(word);
    for (const term of terms) {
      const list = postings.get(term);
      if (list) list.push(passage.id);
      else postings.set(term, [passage.id]);
    }
  }
  const vocabulary = new SearchableMap<number>();
  for (const [term, list] of postings) vocabulary.set(term, list.length);
  const areas = [...new Set([...places, ...documents.map((d) => d.council)].filter(Boolean))].map((a) => nameTerms(a)).filter((t) => t.length > 0);
  return { passages, postings, vocabulary, expansions, areas };
}

/**
 * Makes passages that sit in the same document, item and section hold one string for each of those,
 * not one each: made per passage on building, and read back one per passage from a kept index.
 */
export function sharePassageStrings(passages: Passage[]): void {
  const intern = interner();
  for (const passage of passages) {
    passage.documentId = intern(passage.documentId);
    passage.heading = intern(passage.heading);
    passage.outline = intern(passage.outline);
    passage.context = intern(passage.context);
  }
}

/**
 * Whether two passages are of one section: the same document and agenda item (a pack prints several
 * reports, each with its own "Resource implications"), under the same numbered headings and heading.
 */
export function sameSection(a: Passage, b: Passage): boolean {
  return a.documentId === b.documentId && a.context === b.context && a.outline === b.outline && a.heading === b.heading;
}

/** How many passages hold a term. */
export function documentFrequency(index: PassageIndex, term: string): number {
  return index.postings.get(term)?.length ?? 0;
}
