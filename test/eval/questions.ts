import type { EvalQuestion } from './question-types';
import { actionQuestions } from './questions/actions';
import { followUpQuestions } from './questions/follow-ups';
import { indicatorQuestions } from './questions/indicators';
import { listQuestions } from './questions/lists';
import { meetingQuestions } from './questions/meetings';
import { passageQuestions } from './questions/passages';
import { planQuestions } from './questions/plans';
import { unanswerableQuestions } from './questions/unanswerable';

/**
 * The development set for members' questions (issue 4), in members' own words, written from the five
 * bundled packs: the questions the engine is tuned on. The blind set (`blind/questions.ts`) is the one
 * that says whether the tuning generalises. Asked in this order; questions sharing a `conversation` run
 * in one conversation.
 */
export const devQuestions: EvalQuestion[] = [
  ...indicatorQuestions,
  ...actionQuestions,
  ...listQuestions,
  ...planQuestions,
  ...meetingQuestions,
  ...passageQuestions,
  ...unanswerableQuestions,
  ...followUpQuestions,
];
