import type { GlossaryEntry } from '../domain/model';
import { lexicon, type SynonymGroup } from '../language/lexicon';
import { nameTerms } from './text';

/** One phrase of a synonym group, as terms. */
export interface SynonymPhrase {
  terms: string[];
  group: number;
  /** The phrase stands for different things in different groups ("fte"): weaker evidence. */
  ambiguous?: boolean;
}

/** The phrases, with lookups by first term and by group (so a question is matched in one pass). */
export interface Synonyms {
  phrases: SynonymPhrase[];
  byFirst: Map<string, SynonymPhrase[]>;
  byGroup: Map<number, SynonymPhrase[]>;
  /** Per group that has one, the phrases (as terms) whose presence picks that group's meaning. */
  context: Map<number, string[][]>;
}

/** Longest glossary expansion taken as a synonym; longer ones are definitions, not names. */
const MAX_EXPANSION_TERMS = 6;

/**
 * The maintained groups (src/language/data/synonyms.json) plus one group per short glossary entry (term =
 * expansion), and one per initialism found in the papers whose key neither of those already reads.
 */
export function compileSynonyms(
  glossary: GlossaryEntry[],
  maintained: readonly SynonymGroup[] = lexicon.synonymGroups,
  found: readonly { term: string; expansion: string }[] = [],
): Synonyms {
  const groups: SynonymGroup[] = [...maintained];
  for (const entry of glossary) {
    const expansion = nameTerms(entry.expansion);
    if (expansion.length === 0 || expansion.length > MAX_EXPANSION_TERMS) continue;
    groups.push({ phrases: [entry.term, entry.expansion] });
  }
  // An initialism joins the group that already says its name (one meaning, said once more); a key
  // that group or any other already reads is left to them.
  const groupOf = new Map<string, number>();
  /** Groups found from initials, with their key: only the key is read in a question. */
  const named = new Map<number, string>();
  groups.forEach((g, n) => g.phrases.forEach((p) => groupOf.set(nameTerms(p).join(' '), n)));
  for (const entry of found) {
    if (groupOf.has(nameTerms(entry.term).join(' '))) continue;
    const owner = groupOf.get(nameTerms(entry.expansion).join(' '));
    if (owner === undefined) {
      // The name is what the initials stand for, not a way of asking for them: only the key is read.
      named.set(groups.length, nameTerms(entry.term).join(' '));
      groups.push({ phrases: [entry.term, entry.expansion] });
    } else groups[owner] = { ...groups[owner]!, phrases: [...groups[owner]!.phrases, entry.term] };
  }
  const phrases: SynonymPhrase[] = [];
  const context = new Map<number, string[][]>();
  groups.forEach((group, n) => {
    if (group.context) context.set(n, group.context.map(nameTerms).filter((t) => t.length > 0));
    const unique = new Set<string>();
    for (const phrase of group.phrases) {
      const terms = nameTerms(phrase);
      const key = terms.join(' ');
      if (terms.length === 0 || unique.has(key)) continue;
      unique.add(key);
      phrases.push({ terms, group: n });
    }
  });
  // A phrase in two groups that share nothing else has two meanings ("fte"); two groups sharing more
  // ("yot" and "youth offending team" in both) are one meaning said twice.
  const members = new Map<number, Set<string>>();
  for (const p of phrases) members.set(p.group, (members.get(p.group) ?? new Set()).add(p.terms.join(' ')));
  const groupsOf = new Map<string, number[]>();
  for (const p of phrases) groupsOf.set(p.terms.join(' '), [...(groupsOf.get(p.terms.join(' ')) ?? []), p.group]);
  for (const p of phrases) {
    const key = p.terms.join(' ');
    const groups = groupsOf.get(key) ?? [];
    p.ambiguous = groups.some((a, i) => groups.slice(i + 1).some((b) => ![...members.get(a)!].some((m) => m !== key && members.get(b)!.has(m))));
  }
  const byFirst = new Map<string, SynonymPhrase[]>();
  const byGroup = new Map<number, SynonymPhrase[]>();
  for (const phrase of phrases) {
    const key = named.get(phrase.group);
    if (key === undefined || key === phrase.terms.join(' ')) byFirst.set(phrase.terms[0]!, [...(byFirst.get(phrase.terms[0]!) ?? []), phrase]);
    byGroup.set(phrase.group, [...(byGroup.get(phrase.group) ?? []), phrase]);
  }
  return { phrases, byFirst, byGroup, context };
}
