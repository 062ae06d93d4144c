import { lexicon } from '../../language/lexicon';
import { nameTerms } from '../../nlu/text';
import type { AskCatalogue } from './ask-catalogue';
import { cite } from './cite';
import { nameLine } from './passage-chunks';
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
const chairWords = lexicon.cues.filter((c) => c.tag === 'chair' && c.words.length > 0).flatMap((c) => c.words.filter((w) => w !== 'vice'));
const chair = `(?:vice[- ]?)?(?:${chairWords.join('|')})`;
/** The chair word just before the name: "Chair – X", "the Chairman of the X", "chair of X". */
const chairBefore = new RegExp(`(?<![\\w])${chair}\\s*(?:[–-]\\s*|of\\s+(?:the\\s+)?)$`, 'i');
/** Or just after it: "X is currently chaired by", "X, chaired by", "X's chair". */
const chairAfter = new RegExp(`^(?:,\\s*|\\s+(?:is|was|has\\s+been|will\\s+be)\\s+(?:currently\\s+|now\\s+|jointly\\s+)?|\\s+)chaired\\s+by\\b|^['’]s\\s+${chair}\\b`, 'i');
/** A line opening with the post: a title under a signature. */
const postFirst = new RegExp(`^${chair}\\b`, 'i');
/** A signatory's name (and no more) is this short, and holds no sentence. */
const MAX_SIGNATORY = 60;
/** Places (places.json) and the data's own areas, which open a body's name ("West Mercia ...") but are not what the papers call it. */
const placeNames = new Set(lexicon.places.places);
/** Fewer words than this left of a name ("Management Board") name no body in particular. */
const MIN_NAME_WORDS = 3;
const MAX_MENTIONS = 2;
/** Rows of a members table the naming sentence introduces. */
const MAX_ROWS = 16;

/**
 * Where the committee records give no chair or members, the papers may still say who chairs it in
 * prose ("The Youth Justice Service Management Board is currently chaired by..."): the sentences of
 * the council's own papers that name the body, by its whole name or by it without the place it opens
 * with, with a chair word tied to the name ("Chair – X", "chair of the X", "X is chaired by"). A
 * sentence naming only part of the name ("the Board", "scrutiny") is not taken, nor one where the chair
 * word is another body's ("Chief Nurse of the X, I chair the Y"), nor another council's papers.
 */
export function bodyMentions(catalogue: AskCatalogue, body: { name: string; council: string }): BodyMention[] {
  const names = namesOf(body.name, [...catalogue.index.areas, body.council]);
  if (names.length === 0) return [];
  const named = new RegExp(`(?<![\\w])(?:${names.map((n) => n.map(escape).join('\\s+')).join('|')})(?![\\w])`, 'gi');
  const { postings, passages } = catalogue.passages;
  // Only passages holding the rarest word of the shorter name can hold it whole (words as the index reads them).
  const terms = nameTerms(names.at(-1)!.join(' '));
  if (terms.length === 0) return [];
  const rarest = terms.map((t) => postings.get(t) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
  const out: BodyMention[] = [];
  const seen = new Set<string>();
  for (const id of rarest) {
    const passage = passages[id]!;
    if (catalogue.documents.get(passage.documentId)?.council !== body.council) continue;
    const sentences = splitSentences(passage.text).map((t) => t.trim());
    for (const [n, text] of sentences.entries()) {
      if (seen.has(text) || !chairOf(text, named)) continue;
      seen.add(text);
      const source = cite(catalogue, { documentId: passage.documentId, lineStart: passage.page.lineStart });
      // A post's title on a line of its own ("Chair – ... Board") signs what the line before names: who holds it.
      const before = sentences[n - 1];
      const signed = postFirst.test(text) && before && before.length <= MAX_SIGNATORY && !/[:.;,]$/.test(before) && !/\d/.test(before);
      // Or the name on the line below it, with a title ("Chair of the Medway Health and Wellbeing Board" / "Cllr David Brake").
      const after = sentences[n + 1];
      const signedBelow = !signed && postFirst.test(text) && after !== undefined && nameLine.test(after);
      // The table of members the sentence goes on to give ("The Membership of the Board ... in the table below:").
      const table = membersAfter(sentences, n);
      out.push({ sentence: [...(signed ? [before] : []), text, ...(signedBelow ? [after] : []), ...table].join('\n'), ...(source ? { source } : {}) });
      if (out.length >= MAX_MENTIONS) return out;
    }
  }
  return out;
}

/** Whether a sentence names the body with its chair word tied to the name. */
function chairOf(text: string, named: RegExp): boolean {
  for (const match of text.matchAll(named)) {
    const start = match.index;
    const end = start + match[0].length;
    if (chairBefore.test(text.slice(0, start)) || chairAfter.test(text.slice(end))) return true;
  }
  return false;
}

/** Membership words (cues.json `members`) that introduce a table of members. */
const membership = new RegExp(`(?<![\\w])(?:${lexicon.cues.filter((c) => c.tag === 'members').flatMap((c) => c.words).join('|')})(?![\\w])`, 'i');

/** The rows of a members table after a sentence: the next line introduces it ("The Membership of the Board ... below:"). */
function membersAfter(sentences: string[], n: number): string[] {
  const intro = sentences[n + 1];
  if (!intro || !/:\s*$/.test(intro) || intro.includes('|') || !membership.test(intro)) return [];
  const rows: string[] = [];
  for (let at = n + 2; rows.length < MAX_ROWS && sentences[at]?.includes(' | '); at++) rows.push(sentences[at]!);
  return rows.length > 0 ? [intro, ...rows] : [];
}

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
