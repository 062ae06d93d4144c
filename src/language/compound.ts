import { type Lexicon, lexicon } from './lexicon';

/**
 * Two questions in one ("when is 1.9 due and what's the target", "who leads it? is it late"): the
 * parts, in order. A part boundary is a question mark or semicolon with more to follow, or a joiner
 * ("and", "also", "&") followed by how a question begins ("what", "who's", "is it") or by an
 * attribute asked of the same subject ("and the target"). Anything else stays whole: "children and
 * young people" or "red and amber actions" are one question. Pure; the words are grammar.json.
 */
export function splitCompound(text: string, grammar: Lexicon['grammar'] = lexicon.grammar): string[] {
  const starts = startsOfSecondQuestion(grammar);
  const parts: string[] = [];
  for (const sentence of text.split(/[?;]+(?=\s*\S)/)) {
    let rest = sentence;
    for (;;) {
      const cut = firstCut(rest, grammar.compound.joiners, starts);
      if (!cut) break;
      parts.push(rest.slice(0, cut.at));
      rest = rest.slice(cut.next);
    }
    parts.push(rest);
  }
  const kept = parts.map(tidy).filter((p) => /[a-z0-9]/i.test(p));
  return kept.length > 0 ? kept.slice(0, MAX_PARTS) : [text.trim()];
}

/** More parts than this is a list of things, not of questions: the rest is dropped from the split. */
const MAX_PARTS = 3;

const tidy = (part: string) => part.replace(/^[\s,.\-–—:]+|[\s,.\-–—:?]+$/g, '').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const folded = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'");

function startsOfSecondQuestion(grammar: Lexicon['grammar']): RegExp {
  const words = [...grammar.compound.openers, ...grammar.compound.attributes].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`^(?:${words.join('|')})(?![a-z0-9'])`);
}

/** The first joiner in the text followed by the start of a second question, with something before it. */
function firstCut(text: string, joiners: string[], starts: RegExp): { at: number; next: number } | undefined {
  const lower = folded(text);
  const alternatives = [...joiners].sort((a, b) => b.length - a.length).map(escape).join('|');
  const joiner = new RegExp(`(?:^|[\\s,])(?:${alternatives})(?=\\s)`, 'g');
  for (const match of lower.matchAll(joiner)) {
    const at = match.index ?? 0;
    const next = at + match[0].length;
    const after = lower.slice(next).trimStart();
    if (!/[a-z0-9]/.test(lower.slice(0, at)) || !starts.test(after)) continue;
    return { at, next: next + (lower.length - next - after.length) };
  }
  return undefined;
}
