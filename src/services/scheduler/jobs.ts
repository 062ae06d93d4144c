import { runDigest, digestTime } from '../feed/digest-job';
import { feedJob, runFeed } from '../feed/feed-job';
import { runReminders } from '../reminders/reminder-job';
import { isoWeek } from './local-time';
import type { ProactiveContext } from './proactive-context';
import type { ScheduledJob } from './scheduled-job';

/**
 * The bot's scheduled jobs: update reminders once a day, the board feed once a minute, the weekly
 * digest once a week from Monday morning. Their periods are what makes each run once.
 */
export function proactiveJobs(ctx: ProactiveContext): ScheduledJob[] {
  return [
    {
      name: 'reminders',
      periodFor: ({ local }) => local.date,
      run: (job) => runReminders(ctx, job),
    },
    {
      name: feedJob,
      periodFor: ({ now }) => now.toISOString().slice(0, 16),
      run: ({ now }) => runFeed(ctx, now),
      keepRunsMs: 24 * 3_600_000,
    },
    {
      name: 'digest',
      // From Monday at 09:00 local: a bot that was down then posts the week's digest when it is back.
      periodFor: ({ local }) => (local.weekday > 1 || local.time >= digestTime ? isoWeek(local.date) : undefined),
      run: ({ local, period }) => runDigest(ctx, period, local),
    },
  ];
}
