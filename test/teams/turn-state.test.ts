import { describe, expect, it } from 'vitest';
import { mergeFields, SqlTurnStorage } from '../../src/teams/state-storage';
import { activityFixture } from '../helpers/fixtures';
import { useSharedStores } from '../helpers/shared-stores';
import { createTestBot, firstCard } from '../helpers/test-bot';

const stores = useSharedStores();

describe('turn state', () => {
  it('answers 20 concurrent turns in one conversation and loses none of their state', async () => {
    const t = await createTestBot({ stores: stores() });
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.send(activityFixture('message-personal', { id: `turn-${i}`, text: 'help' }))),
    );
    expect(replies.every((sent) => firstCard(sent) !== undefined)).toBe(true);
    const key = 'msteams/28:7e5d4c3b-2a19-4f08-9e7d-6c5b4a392817/conversations/a:1pXyZ0exampleConversationIdForAPersonalChat_W9';
    const stored = await stores().state.read([key]);
    expect(stored.get(key)?.doc.turns).toBe(20);
  });

  it('keeps state across a restart of the app (a new bot over the same database)', async () => {
    const first = await createTestBot({ stores: stores() });
    await first.send(activityFixture('message-personal', { text: 'help' }));
    await first.send(activityFixture('message-personal', { text: 'help' }));
    const second = await createTestBot({ stores: stores() });
    await second.send(activityFixture('message-personal', { text: 'help' }));
    const key = 'msteams/28:7e5d4c3b-2a19-4f08-9e7d-6c5b4a392817/conversations/a:1pXyZ0exampleConversationIdForAPersonalChat_W9';
    expect((await stores().state.read([key])).get(key)?.doc.turns).toBe(3);
  });

  it('merges two instances writing different fields of one conversation instead of failing on the eTag', async () => {
    const a = new SqlTurnStorage(stores().state);
    const b = new SqlTurnStorage(stores().state);
    await a.write({ 'conv/1': { subject: 'plo', turns: 1 } });
    const readA = await a.read(['conv/1']);
    const readB = await b.read(['conv/1']);
    await a.write({ 'conv/1': { ...readA['conv/1'], subject: 'fte' } });
    await b.write({ 'conv/1': { ...readB['conv/1'], turns: 2 } });
    const final = await a.read(['conv/1']);
    expect(final['conv/1']).toMatchObject({ subject: 'fte', turns: 2 });
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
