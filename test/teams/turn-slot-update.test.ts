import { type Activity, TestAdapter, type TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/store/ports';
import { activityFixture } from '../helpers/fixtures';
import { openSeedStores } from '../helpers/seed-ask-catalogue';
import { createTestBot } from '../helpers/test-bot';
import { directory, now, plo, press } from './updates-harness';

let stores: Stores;
beforeAll(async () => {
  stores = await openSeedStores();
});
afterAll(() => stores.close());

describe('a card replaced for everyone while Teams is slow', () => {
  it('lends its turn slot to another conversation while the replacement travels', async () => {
    const t = await createTestBot({ stores, directory, clock: () => now, maxConcurrentTurns: 1 });
    let arrive!: () => void;
    const slowTeams = new Promise<void>((resolve) => (arrive = resolve));
    const updated: Partial<Activity>[] = [];
    const adapter = new TestAdapter(async () => undefined);
    // Teams takes the replaced card only when told to.
    adapter.updateActivity = async (_context: TurnContext, activity: Partial<Activity>) => {
      updated.push(activity);
      await slowTeams;
    };
    const run = (activity: Partial<Activity>) => {
      const sent: Partial<Activity>[] = [];
      return adapter
        .processActivity(activity, async (context) => {
          context.onSendActivities(async (_c, activities, next) => (sent.push(...activities), next()));
          await t.bot.handleTurn(context);
        })
        .then(() => sent);
    };
    const data = { actionId: plo, version: 0, status: 'A', commentary: 'Two cases have drifted past 26 weeks.', nextSteps: 'Weekly tracker review from 1 December.', revisedDue: '', evidenceUrl: '' };
    const saving = run(press('action.update', data));
    let saved = false;
    void saving.then(() => (saved = true));
    await expect.poll(() => updated.length, { timeout: 20_000 }).toBe(1);
    const ping = activityFixture('message-personal', { id: 'p-1', text: 'ping' });
    ping.conversation = { ...ping.conversation!, id: 'a:another-conversation' };
    // The one slot is free while the card travels: another conversation is answered meanwhile.
    expect((await run(ping)).length).toBeGreaterThan(0);
    expect(saved).toBe(false);
    arrive();
    await saving;
    expect((await stores.actionUpdates.history(plo)).map((u) => u.status)).toEqual(['A']);
  });
});
