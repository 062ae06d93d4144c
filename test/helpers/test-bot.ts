import { type Activity, TestAdapter, type TurnContext } from 'botbuilder';
import { createCardRenderer } from '../../src/cards/render';
import type { Directory } from '../../src/domain/directory';
import { openStores } from '../../src/store/open-stores';
import type { Stores } from '../../src/store/ports';
import { type Bot, createBot } from '../../src/teams/app';
import { CommandCatalogue } from '../../src/teams/commands';
import { captureLogs } from './log-capture';

export interface TestBot {
  bot: Bot;
  stores: Stores;
  logs: ReturnType<typeof captureLogs>;
  /** Runs one activity through the real app; returns what the bot sent. */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Closes the stores only when this bot opened them. */
  close(): Promise<void>;
}

/** The real Teams app over real (in-memory embedded) stores, driven by botbuilder's TestAdapter. */
export interface TestBotOptions {
  stores?: Stores;
  directory?: Directory;
  /** Fixed or moving test time; defaults to 2026-11-20 09:00 UTC. */
  clock?: () => Date;
  /** ALLOWED_TENANTS, lower-case. */
  allowedTenants?: string[];
  /** Files in the chat: allow loopback links (a local stand-in for OneDrive). Default true. */
  allowLoopbackFiles?: boolean;
  /** MAX_CONCURRENT_TURNS; the app's default otherwise. */
  maxConcurrentTurns?: number;
}

export async function createTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const owned = !options.stores;
  const stores = options.stores ?? (await openStores({}));
  const logs = captureLogs();
  const bot = createBot(
    {
      stores,
      cards: createCardRenderer(),
      logger: logs.logger,
      commands: new CommandCatalogue(),
      directory: options.directory ?? { people: [] },
      clock: options.clock ?? (() => new Date('2026-11-20T09:00:00Z')),
      timeZone: 'Europe/London',
      files: { allowLoopback: options.allowLoopbackFiles ?? true },
    },
    { startTypingTimer: false, allowedTenants: options.allowedTenants, maxConcurrentTurns: options.maxConcurrentTurns },
  );
  const adapter = new TestAdapter((context: TurnContext) => bot.handleTurn(context));
  return {
    bot,
    stores,
    logs,
    async send(activity) {
      const sent: Partial<Activity>[] = [];
      await adapter.processActivity(activity, async (context) => {
        context.onSendActivities(async (_ctx, activities, next) => {
          sent.push(...activities);
          return next();
        });
        await bot.handleTurn(context);
      });
      return sent;
    },
    close: async () => {
      if (owned) await stores.close();
    },
  };
}

/** The Adaptive Card content of the first card attachment in what was sent. */
export function firstCard(sent: Partial<Activity>[]): Record<string, unknown> | undefined {
  for (const activity of sent) {
    const attachment = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    if (attachment) return attachment.content as Record<string, unknown>;
  }
  return undefined;
}

/** All text in a card, flattened, for assertions on what a person would read. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(card);
  return out.join(' | ');
}
