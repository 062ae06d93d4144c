import { blindQuestions2 } from './blind/batch2';
import { blindQuestions3 } from './blind/batch3';
import { blindQuestions4 } from './blind/batch4';
import { blindQuestions5 } from './blind/batch5';
import { blindQuestions } from './blind/questions';
import type { EvalQuestion } from './question-types';
import { devQuestions } from './questions';

/**
 * The question sets, the five blind batches first, the order `npm run eval` reports them in.
 *
 * @remarks
 * The blind sets were written from random seed lines before the engine first met it, are committed as
 * written and are never edited to pass: their figures are the honest ones. The second blind batch (blind2)
 * was drawn with another seed from lines the first did not use (blind/SAMPLE2.md), and the third (blind3) with a
 * third seed from lines neither earlier batch used (blind/SAMPLE3.md), written before the engine ever answered it, and the
 * fourth (blind4) with a fourth seed from lines none of the first three used (blind/SAMPLE4.md), likewise written before
 * any run, and the fifth (blind5) with a fifth seed from lines none of the first four used (blind/SAMPLE5.md), likewise
 * written before any run. The development set is the one the engine is tuned on. This is the one module that imports the
 * blind sets, so nothing else reaches for it by accident.
 */
export const questionSets = { blind: blindQuestions, blind2: blindQuestions2, blind3: blindQuestions3, blind4: blindQuestions4, blind5: blindQuestions5, dev: devQuestions } satisfies Record<string, EvalQuestion[]>;
export type SetName = keyof typeof questionSets;
export const setNames = Object.keys(questionSets) as SetName[];
