import { OutboxSender } from './outbox-sender';
import { questionRetentionJob } from '../services/questions/retention-job';
import { proactiveJobs } from '../services/scheduler/jobs';
import { Scheduler } from './scheduler';
import type { createAdapter } from '../teams/adapter';
import type { BotDeps } from '../teams/deps';
import { createProactiveDeliverer } from '../teams/proactive';
import { updateCardBuilder } from '../teams/reminder-cards';

export interface ProactiveSettings {
  adapter: ReturnType<typeof createAdapter>;
  botAppId?: string;
  /** OUTBOX_INTERVAL_MS, OUTBOX_MAX_ATTEMPTS, SCHEDULER_INTERVAL_MS. */
  outboxIntervalMs: number;
  outboxMaxAttempts: number;
  schedulerIntervalMs: number;
  /** QUESTION_RETENTION_DAYS: closed meetings' question text is blanked after this many days (0: kept; default). */
  questionRetentionDays?: number;
}

/**
 * Starts the two loops that run beside the turns in every bot instance: the scheduler (reminders,
 * board feed, weekly digest) and the outbox sender. Both are safe with several instances on one
 * database. `stop` lets the current round finish; unsent messages stay queued.
 */
export function startProactiveLoops(deps: BotDeps, settings: ProactiveSettings): { stop(): Promise<void> } {
  const sender = new OutboxSender({
    outbox: deps.stores.outbox,
    deliverer: createProactiveDeliverer({ adapter: settings.adapter, botAppId: settings.botAppId, conversations: deps.stores.conversations }),
    logger: deps.logger,
    clock: deps.clock,
    intervalMs: settings.outboxIntervalMs,
    retry: { maxAttempts: settings.outboxMaxAttempts },
  });
  const scheduler = new Scheduler({
    jobs: [
      ...proactiveJobs({
        stores: deps.stores,
        directory: deps.directory,
        cards: deps.cards,
        timeZone: deps.timeZone,
        logger: deps.logger,
        updateCard: updateCardBuilder(deps),
      }),
      questionRetentionJob(deps.stores, settings.questionRetentionDays ?? 0),
    ],
    store: deps.stores.jobs,
    clock: deps.clock,
    timeZone: deps.timeZone,
    logger: deps.logger,
    intervalMs: settings.schedulerIntervalMs,
  });
  scheduler.start();
  sender.start();
  return {
    stop: async () => {
      await Promise.all([scheduler.stop(), sender.stop()]);
    },
  };
}
