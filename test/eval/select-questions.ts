import type { EvalQuestion } from './question-types';

/**
 * The questions to ask for `--only`: the named ones plus the earlier turns of their conversations (a
 * follow-up means nothing without the question before it). No ids: all of them.
 */
export function selectQuestions(all: EvalQuestion[], ids?: string[]): EvalQuestion[] {
  if (!ids || ids.length === 0) return all;
  const wanted = new Set(ids);
  const unknown = ids.filter((id) => !all.some((q) => q.id === id));
  if (unknown.length > 0) throw new Error(`no such question: ${unknown.join(', ')}`);
  const lastIndex = new Map<string, number>();
  all.forEach((q, index) => {
    if (wanted.has(q.id) && q.conversation) lastIndex.set(q.conversation, index);
  });
  return all.filter((q, index) => wanted.has(q.id) || (q.conversation !== undefined && index < (lastIndex.get(q.conversation) ?? -1)));
}

/**
 * `--only` over several sets: each id is looked up in every set, and each set asks its own named
 * questions (with their earlier turns). A set holding none of the ids asks nothing; an id in no set
 * is an error. No ids: every set asks all of its questions.
 */
export function selectFromSets<K extends string>(sets: Record<K, EvalQuestion[]>, ids?: string[]): Record<K, EvalQuestion[]> {
  const keys = Object.keys(sets) as K[];
  if (!ids || ids.length === 0) return sets;
  const unknown = ids.filter((id) => !keys.some((k) => sets[k].some((q) => q.id === id)));
  if (unknown.length > 0) throw new Error(`no such question: ${unknown.join(', ')}`);
  const out = {} as Record<K, EvalQuestion[]>;
  for (const k of keys) {
    const mine = ids.filter((id) => sets[k].some((q) => q.id === id));
    out[k] = mine.length > 0 ? selectQuestions(sets[k], mine) : [];
  }
  return out;
}
