import type { GlossaryEntry } from '../../src/domain/model';
import type { CatalogueStore } from '../../src/store/ports';
import { everydayWords, generalAbbreviations } from './general-abbreviations';

/** A short form and what it stands for, as the robustness suite swaps them in a question. */
export interface Abbreviation {
  short: string;
  long: string;
  /** Short to long is a fair swap: false when the packs give the short form several meanings ("FTE"). */
  expands: boolean;
  /** Match the short form only as cased here: it is also an English word ("SEND", "IT"). */
  exactCase: boolean;
}

/** The packs' glossary abbreviations first (the interesting swaps), then general chat shorthand. */
export interface Lexicon {
  pack: Abbreviation[];
  general: Abbreviation[];
}

/** Longest expansion kept: a longer one is a definition, not a name a member would type. */
const maxLongWords = 6;
const looksAbbreviated = (term: string) => /^[A-Za-z][A-Za-z0-9&]{1,7}$/.test(term) && (term.match(/[A-Z]/g)?.length ?? 0) >= 2;
/** Spellings of one meaning compare equal: case, apostrophes, plurals and punctuation aside. */
const meaningKey = (long: string) =>
  long
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.replace(/s$/, ''))
    .join(' ');

/**
 * The glossary entries the packs define as abbreviations, as swaps: the name before a definition's
 * ";" or ":" ("YJB" = "Youth Justice Board; a government body..."), whole-phrase terms and long
 * definitions dropped. `packWords` are the words the packs print in lower case: an abbreviation
 * among them ("send") is matched only in capitals.
 */
export function lexiconFromGlossary(glossary: Pick<GlossaryEntry, 'term' | 'expansion'>[], packWords: ReadonlySet<string>): Abbreviation[] {
  const kept = new Map<string, { short: string; long: string }>();
  const meanings = new Map<string, Set<string>>();
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...glossary].sort((a, b) => order(a.term, b.term) || order(a.expansion, b.expansion));
  for (const { term, expansion } of sorted) {
    const long = expansion.split(/[;:]/)[0]!.trim();
    const words = long.split(/\s+/).filter(Boolean);
    if (!looksAbbreviated(term) || words.length === 0 || words.length > maxLongWords || long.includes('.')) continue;
    const key = meaningKey(long);
    meanings.set(term, (meanings.get(term) ?? new Set()).add(key));
    if (!kept.has(`${term}\u0000${key}`)) kept.set(`${term}\u0000${key}`, { short: term, long });
  }
  return [...kept.values()].map(({ short, long }) => ({
    short,
    long,
    expands: meanings.get(short)!.size === 1,
    exactCase: short.length <= 2 || packWords.has(short.toLowerCase()),
  }));
}

/** The lower-case words of a text. */
export function lowerCaseWords(text: string, into = new Set<string>()): Set<string> {
  for (const [word] of text.matchAll(/\p{L}+/gu)) if (word === word.toLowerCase()) into.add(word);
  return into;
}

/**
 * The lexicon from what the store holds after the real importer read the packs: their glossary
 * terms, and their pages for the words printed in lower case (with everyday words the packs, being
 * formal, leave out).
 */
export async function lexiconFromStore(
  catalogue: Pick<CatalogueStore, 'listGlossary' | 'listDocuments' | 'getDocumentPages'>,
): Promise<Lexicon> {
  const packWords = new Set<string>(everydayWords);
  for (const document of await catalogue.listDocuments()) {
    for (const page of await catalogue.getDocumentPages(document.id)) lowerCaseWords(page.text, packWords);
  }
  return { pack: lexiconFromGlossary(await catalogue.listGlossary(), packWords), general: generalAbbreviations };
}
