import type { EvalSession } from './eval-session';
import type { Lexicon } from './lexicon';
import type { EvalQuestion } from './question-types';
import { type Variant, variantsOf } from './robustness';
import type { QuestionResult } from './scoring';

/** One variant to ask: the turns before it in its conversation, unchanged, then the variant itself. */
export interface RobustCase {
  original: EvalQuestion;
  variant: Variant;
  /** All in one conversation of the variant's own, so no variant hears another's earlier turns. */
  turns: EvalQuestion[];
}

/** How one variant fared, scored against its original's expectation. */
export interface VariantResult {
  original: EvalQuestion;
  variant: Variant;
  result: QuestionResult;
  /** Whether the original question itself is answered right. */
  originalRight: boolean;
}

/**
 * The cases for a set of questions. Of a follow-up conversation only the last turn is varied: an
 * earlier turn's variant would test the same thing as a lone question's, while the last one tests
 * that a reworded follow-up still keeps its subject.
 */
export function robustCases(questions: EvalQuestion[], lexicon: Lexicon): RobustCase[] {
  const lastTurn = new Map<string, EvalQuestion>();
  for (const q of questions) if (q.conversation) lastTurn.set(q.conversation, q);
  const cases: RobustCase[] = [];
  for (const original of questions) {
    if (original.conversation && lastTurn.get(original.conversation) !== original) continue;
    const before = questions.slice(0, questions.indexOf(original));
    const earlier = original.conversation ? before.filter((q) => q.conversation === original.conversation) : [];
    variantsOf(original, lexicon).forEach((variant, n) => {
      const conversation = `rv-${original.id}-${variant.kind}-${n}`;
      const turns = [...earlier.map((q) => ({ ...q, conversation })), { ...original, text: variant.text, conversation }];
      cases.push({ original, variant, turns });
    });
  }
  return cases;
}

/** Asks every case through the session (one pass, in order) and scores each variant's last turn. */
export async function runRobustCases(
  session: EvalSession,
  cases: RobustCase[],
  rightById: ReadonlyMap<string, boolean>,
): Promise<VariantResult[]> {
  const results = await session.run(cases.flatMap((c) => c.turns));
  let end = 0;
  return cases.map((c) => {
    end += c.turns.length;
    const originalRight = rightById.get(c.original.id) ?? false;
    return { original: c.original, variant: c.variant, result: results[end - 1]!, originalRight };
  });
}
