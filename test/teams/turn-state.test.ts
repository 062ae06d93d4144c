import { describe, expect, it } from 'vitest';
import { mergeFields, SqlTurnStorage } from '../../src/teams/state-storage';
import { readSeedFiles } from '../../src/import/seed-files';
import { importFiles } from '../../src/services/import-files';
import type { Stores } from '../../src/store/ports';
import { activityFixture } from '../helpers/fixtures';
import { useSharedStores } from '../helpers/shared-stores';
import { cardText, createTestBot, firstCard } from '../helpers/test-bot';

const stores = useSharedStores();

const key = 'msteams/28:7e5d4c3b-2a19-4f08-9e7d-6c5b4a392817/conversations/a:1pXyZ0exampleConversationIdForAPersonalChat_W9';

async function importSeeds(): Promise<void> {
  const imported = await importFiles(stores().catalogue, readSeedFiles());
  if (!imported.ok) throw new Error(imported.errors.join('\n'));
}

describe('turn state', () => {
  it('answers 20 concurrent turns in one conversation, and the last subject is what a follow-up is about', async () => {
    await importSeeds();
    const t = await createTestBot({ stores: stores() });
    const questions = ['who leads 2.3?', 'how long are children stuck in PLO'];
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.send(activityFixture('message-personal', { id: `turn-${i}`, text: questions[i % 2] }))),
    );
    expect(replies.every((sent) => firstCard(sent) !== undefined)).toBe(true);
    // NOTE: turns in one conversation are serialised in arrival order, so the PLO question came last.
    const followUp = cardText(firstCard(await t.send(activityFixture('message-personal', { id: 'turn-20', text: 'and the target?' }))));
    expect(followUp).toContain('The target is 16 weeks.');
  });

  it('keeps state across a restart of the app (a new bot over the same database)', async () => {
    await importSeeds();
    const first = await createTestBot({ stores: stores() });
    await first.send(activityFixture('message-personal', { id: 'q-1', text: 'how long are children stuck in PLO' }));
    const second = await createTestBot({ stores: stores() });
    const followUp = cardText(firstCard(await second.send(activityFixture('message-personal', { id: 'q-2', text: 'and the target?' }))));
    expect(followUp).toContain('The target is 16 weeks.');
  });

  it('writes nothing for a turn that changes nothing (an echo turn after the first)', async () => {
    let upserts = 0;
    const conversations = { ...stores().conversations, upsert: async (record: Parameters<Stores['conversations']['upsert']>[0]) => { upserts += 1; return stores().conversations.upsert(record); } };
    const t = await createTestBot({ stores: { ...stores(), conversations } });
    await t.send(activityFixture('message-personal', { id: 'p-1', text: 'ping' }));
    const before = (await stores().state.read([key])).get(key)?.etag;
    await t.send(activityFixture('message-personal', { id: 'p-2', text: 'ping' }));
    await t.send(activityFixture('message-personal', { id: 'p-3', text: 'ping' }));
    expect((await stores().state.read([key])).get(key)?.etag).toBe(before);
    expect(upserts).toBe(1);
    expect((await stores().conversations.get('a:1pXyZ0exampleConversationIdForAPersonalChat_W9'))?.reference).not.toHaveProperty('activityId');
  });

  it('merges two instances writing different fields of one conversation instead of failing on the eTag', async () => {
    const a = new SqlTurnStorage(stores().state);
    const b = new SqlTurnStorage(stores().state);
    await a.write({ 'conv/1': { subject: 'plo', count: 1 } });
    const readA = await a.read(['conv/1']);
    const readB = await b.read(['conv/1']);
    await a.write({ 'conv/1': { ...readA['conv/1'], subject: 'fte' } });
    await b.write({ 'conv/1': { ...readB['conv/1'], count: 2 } });
    const final = await a.read(['conv/1']);
    expect(final['conv/1']).toMatchObject({ subject: 'fte', count: 2 });
  });
});

describe('mergeFields', () => {
  it.each([
    ['keeps their change to a field we did not touch', { a: 1, b: 1 }, { a: 1, b: 2 }, { a: 5, b: 1 }, { a: 5, b: 2 }],
    ['our change wins on a field both changed', { a: 1 }, { a: 2 }, { a: 3 }, { a: 3 }],
    ['our deletion removes the field', { a: 1, b: 1 }, { a: 1, b: 1 }, { a: 1 }, { a: 1 }],
    ['their new field survives', {}, { c: 1 }, { a: 1 }, { a: 1, c: 1 }],
  ])('%s', (_name, base, stored, ours, expected) => {
    expect(mergeFields(base, stored, ours)).toEqual(expected);
  });
});

describe('writing turn state', () => {
  it('does not write a document that only came back with its keys in another order', async () => {
    const storage = new SqlTurnStorage(stores().state);
    await storage.write({ 'conv/k': { ask: { subject: { kind: 'action', id: 'a1' }, planId: 'p' } } });
    const read = await storage.read(['conv/k']);
    const etag = read['conv/k']!.eTag;
    // The same values, keys in a different order (as jsonb hands them back and a route sets them again).
    await storage.write({ 'conv/k': { eTag: etag, ask: { planId: 'p', subject: { id: 'a1', kind: 'action' } } } });
    expect((await stores().state.read(['conv/k'])).get('conv/k')?.etag).toBe(etag);
    await storage.write({ 'conv/k': { eTag: etag, ask: { planId: 'q', subject: { id: 'a1', kind: 'action' } } } });
    expect((await stores().state.read(['conv/k'])).get('conv/k')?.etag).not.toBe(etag);
  });
});
