import { nameTerms } from '../nlu/text';

/**
 * Initialisms the papers never define but their readers use: a member types "csc" for what the papers
 * call Children's Social Care, or "vcs" for the Voluntary and Community Sector. Found, not listed: every
 * run of capitalised words in the papers and the records' names is a candidate name, and its initials
 * (of its capitalised words, and with "of" and "and" too: "Secretary of State" is "ss" and "sos") are a way of
 * writing it. A key is kept only when it is no word of its own (no English word, no word the papers
 * use) and one name clearly owns it; the papers' own glossaries and the maintained synonyms win.
 *
 * @remarks
 * The general form of the abbreviation step in search engines (Schwartz and Hearst's definitions, run
 * the other way): no question-specific rows, so an unseen council's papers bring their own.
 */

/** Small words inside a name whose initial people may keep ("Secretary of State" -> "sos"); "the", "for", "&"... drop out. */
const SPOKEN = new Set(['of', 'and']);
const MIN_WORDS = 2;
const MAX_WORDS = 5;
/** The name owning a key must be written at least this many times more often than the next. */
const DOMINANCE = 2;

export interface FoundInitialism {
  term: string;
  expansion: string;
}

/** Whether a word starts with a capital letter (a name's word) rather than being a connector. */
const isCapital = (word: string) => /^[A-Z]/.test(word);

/**
 * A run of capitalised words, connectors allowed between them (found by the regex engine, quickly).
 * Words are joined by spaces only: a tab or a line break ends a table cell or a line, and "Yes", "Ref",
 * "Ofsted" in three cells of a row are no name.
 */
const runs = /[A-Z][a-z'’]+(?:[ \u00a0]+(?:(?:of|and|&|for|the|in|to|on)[ \u00a0]+)*[A-Z][a-z'’]+)+/g;

/** A word of three or more parts joined by hyphens ("out-of-court", "face-to-face"), not part of an address. */
const compounds = /(?<![\w/.=#:-])[A-Za-z]+(?:-[A-Za-z]+){2,4}(?![\w/.=#-])/g;

/** The candidate names in one text: windows of 2-5 capitalised words of a run, and compounds, with their keys. */
function windowsOf(text: string, each: (key: string, name: string) => void): void {
  // "ooc" for "out-of-court": every part's initial, small words too (they are part of the word).
  for (const match of text.matchAll(compounds)) {
    const parts = match[0].toLowerCase().split('-');
    each(parts.map((p) => p[0]).join(''), parts.join('-'));
  }
  for (const match of text.matchAll(runs)) {
    const run = match[0].split(/\s+/);
    const lower = run.map((w) => w.toLowerCase());
    for (let start = 0; start < run.length; start += 1) {
      if (!isCapital(run[start]!)) continue;
      let label = lower[start]!;
      let capitalsKey = label[0]!;
      let spokenKey = capitalsKey;
      let capitals = 1;
      for (let end = start + 1; end < run.length && capitals < MAX_WORDS; end += 1) {
        const word = lower[end]!;
        label += ` ${word}`;
        if (!isCapital(run[end]!)) {
          if (SPOKEN.has(word)) spokenKey += word[0];
          continue;
        }
        capitalsKey += word[0];
        spokenKey += word[0];
        capitals += 1;
        each(capitalsKey, label);
        if (spokenKey !== capitalsKey) each(spokenKey, label);
      }
    }
  }
}

/** Small words a name's run may hold uncapitalised (the regex `runs` above). */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'in', 'to', 'on']);

/**
 * A term the papers define (a glossary's "Youth rehabilitation order") written as a name, so that its
 * initials ("yro") are found as a name's are, though the papers write it in lower case.
 */
export function asName(term: string): string {
  return term.replace(/[A-Za-z][a-z'’]*/g, (w) => (CONNECTORS.has(w.toLowerCase()) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1)));
}

/**
 * The initialisms the texts support, each with the name it stands for. `isWord` says whether a key is
 * a word in its own right, in English or in the papers (then it is never read as an initialism).
 */
export function findInitialisms(texts: Iterable<string>, isWord: (key: string) => boolean): FoundInitialism[] {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    windowsOf(text, (key, name) => {
      let names = counts.get(key);
      if (!names) counts.set(key, (names = new Map()));
      names.set(name, (names.get(name) ?? 0) + 1);
    });
  }
  const found: FoundInitialism[] = [];
  for (const [key, names] of counts) {
    const [first, second] = [...names].sort((a, b) => b[1] - a[1]);
    if (!first || (second && first[1] < second[1] * DOMINANCE)) continue;
    // A name of one content word ("Out of Court" is "court") would stand for too much.
    // A compound is one word of the names ("outofcourt"), however many parts it has.
    if ((nameTerms(first[0]).length < MIN_WORDS && !first[0].includes('-')) || isWord(key)) continue;
    found.push({ term: key, expansion: first[0] });
  }
  return found;
}
