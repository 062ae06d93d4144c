import { dev2Questions } from './dev2/questions';
import { dev3Questions } from './dev3/questions';
import { dev4Questions } from './dev4/questions';
import { dev5Questions } from './dev5/questions';
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
 * in one conversation. The second part (`dev2/`, ids `devb-`) was written later from other randomly
 * drawn seed lines, away from the blind set's, to tune on questions the engine was not built around.
 * The third (`dev3/`, ids `devc-`) was drawn mostly from table rows and front sheets (indicators,
 * actions, meetings), where the blind set showed the readers fitted to the first two sets' wording;
 * its first run, before any tuning on it, is recorded in its SAMPLE.md. The fourth (`dev4/`, ids `devd-`) was drawn
 * with seed 20261210 from lines no earlier batch used, to tune on fresh misses. The fifth (`dev5/`, ids `deve-`)
 * was drawn within strata of structured records (meetings, plan actions, plans, indicators), where the held-out
 * batches score lowest, from lines no earlier development batch used; its first run is recorded in its SAMPLE.md.
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
  ...dev2Questions,
  ...dev3Questions,
  ...dev4Questions,
  ...dev5Questions,
];
