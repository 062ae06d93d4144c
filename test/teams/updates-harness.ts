import { type Activity, INVOKE_RESPONSE_KEY, TestAdapter } from 'botbuilder';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Directory, DirectoryPerson } from '../../src/domain/directory';
import type { Stores } from '../../src/store/ports';
import type { SqlClient } from '../../src/store/sql/sql-client';
import { activityFixture } from '../helpers/fixtures';
import { openSeedStores } from '../helpers/seed-ask-catalogue';
import { createTestBot, type TestBot } from '../helpers/test-bot';

/** Officers' updates driven through the real app over the seeded store, with a directory matching the fixtures. */

const person = (name: string, aadObjectId: string, roles: DirectoryPerson['roles'], jobTitles: string[] = []): DirectoryPerson => ({
  name,
  aadObjectId,
  roles,
  jobTitles,
  committees: [],
});

/** Sam leads 1.9 (the fixtures' officer); Jane is the personal fixture's councillor. */
export const people = {
  sam: person('Sam Officer', '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', ['officer'], ['Head of Service, Safeguarding']),
  jane: person('Cllr Jane Example', '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', ['member', 'chair']),
  ada: person('Ada Admin', '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c', ['admin'], ['Head of Business Change (People)']),
  chris: person('Chris Carer', '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', ['officer'], ["Head of Service, Children in Care"]),
  quinn: person('Quinn Quality', '9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b', ['officer'], ['Head of Quality Assurance']),
};
export const directory: Directory = { people: Object.values(people) };

export const plo = 'medway/medway-childrens-services-action-plan#1.9';
export const now = new Date('2026-11-20T09:30:00Z');

export interface Turn {
  sent: Partial<Activity>[];
  updated: Partial<Activity>[];
  /** The invoke response body (Action.Execute): `{ statusCode, type, value }`. */
  invoke?: { statusCode: number; type: string; value: unknown };
}

export interface Harness {
  bot: TestBot;
  stores: Stores & { sql: SqlClient };
  run(activity: Partial<Activity>): Promise<Turn>;
}

/** The `from` of a fixture, replaced by a directory person. */
export const from = (who: DirectoryPerson) => ({ id: `29:${who.aadObjectId}`, name: who.name, aadObjectId: who.aadObjectId });

/** A message typed in the officer's 1:1 chat (the personal fixture, from `who`). */
export const say = (text: string, who: DirectoryPerson = people.sam) => activityFixture('message-personal', { text, from: from(who) });

/** An Action.Execute press on a card in a 1:1 chat or a channel. */
export function press(verb: string, data: Record<string, unknown>, options: { who?: DirectoryPerson; where?: 'personal' | 'channel'; replyToId?: string } = {}) {
  const base = activityFixture(`invoke-card-action-${options.where ?? 'personal'}`) as Partial<Activity> & { value: { action: Record<string, unknown> } };
  return {
    ...base,
    ...(options.who ? { from: from(options.who) } : {}),
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
    value: { ...base.value, action: { ...base.value.action, verb, data } },
  } as Partial<Activity>;
}

/** Opens one seeded store for the file; each test starts with no updates, values, settings or state. */
export function useUpdatesHarness(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    const stores = await openSeedStores();
    const bot = await createTestBot({ stores, directory, clock: () => now });
    const adapter = new TestAdapter(async () => undefined);
    harness = {
      bot,
      stores,
      async run(activity) {
        const turn: Turn = { sent: [], updated: [] };
        await adapter.processActivity(activity, async (context) => {
          context.onSendActivities(async (_ctx, activities, next) => {
            turn.sent.push(...activities.filter((a) => a.type !== 'invokeResponse'));
            return next();
          });
          context.onUpdateActivity(async (_ctx, updated, next) => {
            turn.updated.push(updated);
            return next();
          });
          await bot.bot.handleTurn(context);
          const response = context.turnState.get(INVOKE_RESPONSE_KEY) as { value?: { body?: Turn['invoke'] } } | undefined;
          if (response?.value?.body) turn.invoke = response.value.body;
        });
        return turn;
      },
    };
  });
  afterAll(async () => {
    await harness?.stores.close();
  });
  beforeEach(async () => {
    await harness!.stores.sql.exec('TRUNCATE action_updates, recorded_values, plan_settings, bot_state');
  });
  return () => harness!;
}

/** The card in an invoke response or the first card attachment sent. */
export function cardOf(turn: Turn): Record<string, unknown> | undefined {
  if (turn.invoke?.type === 'application/vnd.microsoft.card.adaptive') return turn.invoke.value as Record<string, unknown>;
  for (const activity of turn.sent) {
    const attachment = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    if (attachment) return attachment.content as Record<string, unknown>;
  }
  return undefined;
}

/** Every input of a card by id, with the value it shows. */
export function inputsOf(card: unknown): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>;
      if (typeof node.type === 'string' && node.type.startsWith('Input.') && typeof node.id === 'string') found[node.id] = node.value;
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** The data an Action.Execute on the card sends (its first one). */
export function executeData(card: unknown): Record<string, unknown> {
  const actions = ((card as { actions?: { type: string; data?: Record<string, unknown> }[] }).actions ?? []).filter((a) => a.type === 'Action.Execute');
  return actions[0]?.data ?? {};
}
