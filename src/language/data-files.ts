import type { z } from 'zod';
import { followUpsFile } from './follow-up-words';
import { lexiconFiles } from './lexicon';
import { listsFile } from './list-words';
import { meetingsFile } from './meeting-words';
import { periodsFile } from './period-words';
import { plainWordsFile } from './plain-words';
import { questionsFile } from './question-words';
import { indicatorsFile, plansFile } from './record-words';
import { reportsFile } from './report-phrasings';
import { risksFile } from './risk-words';
import { stemmingFile } from './stemming';

/**
 * Every file of `src/language/data/` and the zod schema it is read with: the one list a new data
 * file joins, so that it is checked with the others (test/language/data-files.test.ts).
 */
export const dataFiles: Readonly<Record<string, z.ZodTypeAny>> = {
  ...lexiconFiles,
  'reports.json': reportsFile,
  'risks.json': risksFile,
  'lists.json': listsFile,
  'meetings.json': meetingsFile,
  'follow-ups.json': followUpsFile,
  'questions.json': questionsFile,
  'plans.json': plansFile,
  'indicators.json': indicatorsFile,
  'periods.json': periodsFile,
  'stemming.json': stemmingFile,
  'plain-words.json': plainWordsFile,
};
