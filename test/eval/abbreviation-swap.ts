import type { Abbreviation, Lexicon } from './lexicon';

/**
 * Swapping one abbreviation in a question for its expansion, or one expansion for its abbreviation.
 *
 * @remarks
 * Phrases match whole ("plo" is not found in "employers", "&" not in "o&s"), an apostrophe may be left
 * out ("childrens services"), and a phrase typed in lower case is replaced in lower case, as the
 * member would have typed the other form. The packs' glossary is tried before general shorthand, and
 * within each the phrase that comes first in the question.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function phrasePattern(phrase: string, exactCase: boolean): RegExp {
  const body = escape(phrase).replace(/['’]/g, "['’]?").replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}&])${body}(?![\\p{L}\\p{N}&])`, exactCase ? 'u' : 'iu');
}

interface Hit {
  index: number;
  found: string;
  replacement: string;
}

function firstHit(text: string, entries: Abbreviation[], direction: 'expand' | 'contract'): Hit | undefined {
  let best: Hit | undefined;
  for (const entry of entries) {
    if (direction === 'expand' && !entry.expands) continue;
    const [from, to, exact] = direction === 'expand' ? [entry.short, entry.long, entry.exactCase] : [entry.long, entry.short, false];
    const match = phrasePattern(from, exact).exec(text);
    if (!match) continue;
    const typedLower = match[0] === match[0].toLowerCase();
    const replacement = typedLower && !entry.exactCase ? to.toLowerCase() : to;
    const better = !best || match.index < best.index || (match.index === best.index && match[0].length > best.found.length);
    if (better) best = { index: match.index, found: match[0], replacement };
  }
  return best;
}

/** The question with one abbreviation expanded ('expand') or one expansion abbreviated ('contract'), if it holds one. */
export function swapAbbreviation(text: string, lexicon: Lexicon, direction: 'expand' | 'contract'): string | undefined {
  const hit = firstHit(text, lexicon.pack, direction) ?? firstHit(text, lexicon.general, direction);
  if (!hit) return undefined;
  return text.slice(0, hit.index) + hit.replacement + text.slice(hit.index + hit.found.length);
}
