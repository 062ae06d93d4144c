import type { QuestionStore } from '../../store/ports';
import type { ScheduledJob } from '../scheduler/scheduler';
import { applyQuestionRetention } from './apply-retention';

/**
 * The daily retention run for questions (QUESTION_RETENTION_DAYS; 0 turns it off). Its summary
 * holds counts only: never question text.
 */
export function questionRetentionJob(questions: QuestionStore, days: number): ScheduledJob {
  return {
    name: 'question-retention',
    periodFor: ({ local }) => (days > 0 ? local.date : undefined),
    async run({ now, local }) {
      const done = await applyQuestionRetention(questions, now, local.date, days);
      return { meetings: done.length };
    },
  };
}
