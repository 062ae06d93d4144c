import type { ReadReply } from './card-reading';
import { describeNeedle, shows } from './matching';
import { answerKinds, type EvalQuestion, type ReplyKind } from './question-types';

/** How one question fared. */
export interface QuestionResult {
  question: EvalQuestion;
  conversationId: string;
  got: ReadReply;
  right: boolean;
  /** An answer-kind reply that shows a ruled-out figure, misses a required one, or answers the unanswerable. */
  wrongFigure: boolean;
  /** Required strings the reply did not show, as printed in the report. */
  missing: string[];
  /** Ruled-out strings the reply showed. */
  forbidden: string[];
  /** Time from sending the question to having the reply, in ms. */
  ms: number;
  /** Set when the turn threw instead of replying. */
  error?: string;
}

const isAnswerKind = (kind: ReplyKind | 'none') => (answerKinds as readonly string[]).includes(kind);

/**
 * Scores one reply against its expectation.
 *
 * @remarks
 * Right: the kind matches (any answer kind for an 'answer' expectation), every mustContain is shown
 * and no mustNotContain is. A wrong figure is worse than a miss: an answer-kind reply that shows a
 * mustNotContain string (an invented deadline, the other council's figure), or that misses a
 * mustContain while answering. An ask-back or a not-found is never a wrong figure: saying "I don't
 * know" is the honest way to miss.
 */
export function scoreReply(question: EvalQuestion, got: ReadReply): Pick<QuestionResult, 'right' | 'wrongFigure' | 'missing' | 'forbidden'> {
  const expect = question.expect;
  const required = 'mustContain' in expect ? (expect.mustContain ?? []) : [];
  const ruledOut = 'mustNotContain' in expect ? (expect.mustNotContain ?? []) : [];
  const missing = required.filter((needle) => !shows(got.text, needle)).map(describeNeedle);
  const forbidden = ruledOut.filter((needle) => shows(got.text, needle));
  const answered = isAnswerKind(got.kind);

  const kindMatches = expect.kind === 'answer' ? answered : got.kind === expect.kind;
  const right = kindMatches && missing.length === 0 && forbidden.length === 0;
  const wrongFigure = answered && (forbidden.length > 0 || (expect.kind === 'answer' && missing.length > 0));
  return { right, wrongFigure, missing, forbidden };
}
