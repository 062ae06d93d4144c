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
