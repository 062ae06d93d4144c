import { lexicon } from '../../language/lexicon';
import { isStopword, stem } from '../../nlu/text';
import type { AskCatalogue } from './ask-catalogue';
import { cite } from './cite';
import { splitSentences } from './passage-reading';

/** A sentence of the papers saying who chairs a committee or board, with where it is. */
export interface BodyMention {
  sentence: string;
  source?: string;
}

/**
 * The words that say who chairs a body (cues.json `chair`). Words for members are not taken: "the
 * cabinet member", "members of the public" and "too many new members" say nothing of who sits on it.
 */
const roleWords = lexicon.cues.filter((c) => c.tag === 'chair').flatMap((c) => c.words);
const rolePattern = new RegExp(`\\b(?:${roleWords.join('|')})(?:ed|ing)?\\b`, 'i');
/** A line opening with the post: a title under a signature. */
const postFirst = new RegExp(`^(?:vice[- ]?)?(?:${roleWords.join('|')})\\b`, 'i');
/** A signatory's name (and no more) is this short. */
const MAX_SIGNATORY = 60;
/** Places (places.json) and the data's own areas, which open a body's name ("West Mercia ...") but are not what the papers call it. */
const placeNames = new Set(lexicon.places.places);
/** Fewer words than this left of a name ("Management Board") name no body in particular. */
const MIN_NAME_WORDS = 3;
const MAX_MENTIONS = 2;

/**
 * Where the committee records give no chair or members, the papers may still say who chairs it in
 * prose ("The Youth Justice Service Management Board is currently chaired by..."): the sentences that
 * name the body, by its whole name or by it without the place it opens with, beside a word for its chair. A sentence naming only part of the name ("the Board", "scrutiny") is not taken: it may be
 * another body's.
 */
export function bodyMentions(catalogue: AskCatalogue, body: { name: string; council: string }): BodyMention[] {
  const names = namesOf(body.name, [...catalogue.index.areas, body.council]);
  if (names.length === 0) return [];
  const named = new RegExp(`\\b(?:${names.map((n) => n.map(escape).join('\\s+')).join('|')})\\b`, 'i');
  const out: BodyMention[] = [];
  const seen = new Set<string>();
  const { postings, passages } = catalogue.passages;
  // Only passages holding the rarest word of the shorter name can hold it whole.
  const terms = names.at(-1)!.map((w) => w.toLowerCase()).filter((w) => !isStopword(w));
  if (terms.length === 0) return [];
  const rarest = terms.map((w) => postings.get(stem(w)) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
  for (const id of rarest) {
    const passage = passages[id]!;
    if (!named.test(passage.text)) continue;
    const sentences = splitSentences(passage.text).map((t) => t.trim());
    for (const [n, text] of sentences.entries()) {
      if (seen.has(text) || !named.test(text) || !rolePattern.test(text.replace(named, ''))) continue;
      seen.add(text);
      const source = cite(catalogue, { documentId: passage.documentId, lineStart: passage.page.lineStart });
      // A post's title on a line of its own ("Chair – ... Board") signs what the line before names: who holds it.
      const before = sentences[n - 1];
      const signed = postFirst.test(text) && before && before.length <= MAX_SIGNATORY && !/[:.]$/.test(before);
      // The table of members the sentence goes on to give ("The Membership of the Board ... in the table below:").
      const table = tableAfter(sentences, n);
      out.push({ sentence: [...(signed ? [before] : []), text, ...table].join('\n'), ...(source ? { source } : {}) });
      if (out.length >= MAX_MENTIONS) return out;
    }
  }
  return out;
}

/** The rows of a table following a sentence in its passage, with the line introducing it ("...in the table below:"). */
function tableAfter(sentences: string[], n: number): string[] {
  let at = n + 1;
  const intro = sentences[at] && /:\s*$/.test(sentences[at]!) && !sentences[at]!.includes('|') ? [sentences[at++]!] : [];
  const rows: string[] = [];
  while (rows.length < MAX_ROWS && sentences[at]?.includes(' | ')) rows.push(sentences[at++]!);
  return rows.length > 0 ? [...intro, ...rows] : [];
}
const MAX_ROWS = 16;

/** The body's name as words, whole and without the place it opens with ("West Mercia", "Medway"), if enough is left. */
function namesOf(name: string, areas: string[]): string[][] {
  const words = name.split(/\s+/).filter(Boolean);
  const placeWords = new Set([...areas, ...placeNames].flatMap((a) => a.toLowerCase().split(/\s+/)));
  let from = 0;
  while (from < words.length && placeWords.has(words[from]!.toLowerCase())) from += 1;
  const names = [words];
  if (from > 0 && words.length - from >= MIN_NAME_WORDS) names.push(words.slice(from));
  return words.length >= MIN_NAME_WORDS ? names : [];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
