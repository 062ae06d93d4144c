import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../helpers/fake-teams-connector';
import { createScratchDatabase, serverUrl } from '../helpers/databases';
import { activityFixture } from '../helpers/fixtures';
import { type SpawnedBot, spawnBot } from '../helpers/spawn-bot';

const ADMIN = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const PLAN = 'medway/medway-childrens-services-action-plan';
/** The first ten actions of priority 1 of the Medway children's plan. */
const ACTIONS = Array.from({ length: 10 }, (_, n) => `${PLAN}#1.${n + 1}`);
const STATUSES = ['A', 'G', 'R'];

/** An officer's Action.Execute update, as Teams posts it. */
function update(serviceUrl: string, actionId: string, version: number, commentary: string, replyToId: string) {
  return activityFixture('invoke-card-action-personal', {
    id: `two-${replyToId}`,
    serviceUrl,
    replyToId,
    deliveryMode: undefined,
    from: { id: '29:admin', name: 'Ada Admin', aadObjectId: ADMIN },
    value: {
      action: {
        type: 'Action.Execute',
        verb: 'action.update',
        data: { actionId, version, status: STATUSES[version % STATUSES.length], commentary, nextSteps: 'Reviewed weekly.', revisedDue: '', evidenceUrl: '' },
      },
      trigger: 'manual',
    },
  });
}

async function post(bot: SpawnedBot, activity: unknown): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  expect(response.status).toBe(200);
  return response.text();
}

const acknowledged = (body: string) => /updated this on/.test(body);

/**
 * Two bot instances on one PostgreSQL database, as a council runs them behind a load balancer:
 * updates of the same actions arrive through either, Teams redelivers through the other, two officers
 * race on one card. Every acknowledged update is kept, once, in order.
 */
describe.skipIf(!serverUrl)('two bot instances on one PostgreSQL database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cb-two-'));
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let connector: FakeTeamsConnector;
  let bots: SpawnedBot[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl!);
    const people = join(dir, 'people.csv');
    writeFileSync(people, `name,email,aadObjectId,roles,jobTitles,committees\nAda Admin,ada@council.example.gov.uk,${ADMIN},admin,,\n`);
    connector = await startFakeTeamsConnector();
    const env = { SEED_ON_START: 'true', PEOPLE_FILE: people, DATABASE_URL: scratch.url };
    bots = [await spawnBot(env)];
    bots.push(await spawnBot(env));
  }, 120_000);

  afterAll(async () => {
    for (const bot of bots) await bot.stop();
    await connector?.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged update once when updates alternate between instances, are redelivered, and race', { timeout: 120_000 }, async () => {
    const kept = new Map<string, string[]>(ACTIONS.map((id) => [id, []]));
    // Each action: three updates in turn, alternating instances, every one redelivered through the other.
    await Promise.all(
      ACTIONS.map(async (actionId, a) => {
        for (let version = 0; version < 3; version += 1) {
          const commentary = `Two instances ${a}.${version}`;
          const card = `card-${a}-${version}`;
          const first = await post(bots[version % 2]!, update(connector.url, actionId, version, commentary, card));
          const again = await post(bots[(version + 1) % 2]!, update(connector.url, actionId, version, commentary, card));
          expect(acknowledged(first), `${actionId} v${version}`).toBe(true);
          expect(acknowledged(again), `${actionId} v${version} redelivered`).toBe(true);
          kept.get(actionId)!.push(`${commentary}\nNext: Reviewed weekly.`);
        }
      }),
    );
    // Two officers submit the same card (version 3) at once, one through each instance: one wins.
    const race = ACTIONS[0]!;
    const results = await Promise.all(
      bots.map((bot, b) => post(bot, update(connector.url, race, 3, `Race through instance ${b}: two cases drifted past 26 weeks.`, `race-card-${b}`))),
    );
    expect(results.filter(acknowledged)).toHaveLength(1);
    // The same officer raced both cards: told that their own other card's update won, and this one was not saved.
    expect(results.find((r) => !acknowledged(r))).toContain('You updated this action from another card after this one was shown, so this submission was not saved');
    const winner = results.findIndex(acknowledged);
    kept.get(race)!.push(`Race through instance ${winner}: two cases drifted past 26 weeks.\nNext: Reviewed weekly.`);

    const stores = await openStores({ databaseUrl: scratch.url });
    try {
      for (const [actionId, commentaries] of kept) {
        const history = await stores.actionUpdates.history(actionId);
        expect(history.map((u) => u.commentary), actionId).toEqual(commentaries);
        expect(history.map((u) => u.version)).toEqual(commentaries.map((_, i) => i + 1));
      }
    } finally {
      await stores.close();
    }
  });

  it('keeps a conversation\'s subject when the follow-up reaches the other instance', { timeout: 60_000 }, async () => {
    const ask = (bot: SpawnedBot, id: string, text: string) =>
      post(bot, activityFixture('message-personal', { id, text, serviceUrl: connector.url, conversation: { conversationType: 'personal', tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9', id: 'a:two-instances' } }));
    const before = connector.requests.length;
    await ask(bots[0]!, 'q-1', 'how long are children stuck in PLO');
    await ask(bots[1]!, 'q-2', 'and the target?');
    const replies = await connector.waitFor(before + 2);
    expect(JSON.stringify(replies.at(-1)?.body)).toContain('The target is 16 weeks.');
  });
});
