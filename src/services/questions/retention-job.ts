import type { ScheduledJob } from '../scheduler/scheduled-job';
import { applyQuestionRetention, type RetentionStores } from './apply-retention';

/**
 * The daily retention run for questions (QUESTION_RETENTION_DAYS; 0 turns it off). Its summary
 * holds counts only: never question text.
 */
export function questionRetentionJob(stores: RetentionStores, days: number): ScheduledJob {
  return {
    name: 'question-retention',
    periodFor: ({ local }) => (days > 0 ? local.date : undefined),
    async run({ now, local }) {
      const done = await applyQuestionRetention(stores, now, local.date, days);
      return { meetings: done.length };
    },
  };
}
