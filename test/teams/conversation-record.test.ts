import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../src/domain/conversations';
import { ConversationRecorder, toConversationRecord } from '../../src/teams/conversation-record';
import { activityFixture } from '../helpers/fixtures';

function recorder(failFirst = false) {
  const written: ConversationRecord[] = [];
  let now = 0;
  let fail = failFirst;
  const store = {
    upsert: async (record: ConversationRecord) => {
      if (fail) {
        fail = false;
        throw new Error('store down');
      }
      written.push(record);
    },
  };
  return { written, advance: (ms: number) => (now += ms), recorder: new ConversationRecorder(store, () => now) };
}

describe('conversation references', () => {
  it('leaves out the id of the message answered, so a reference does not change turn by turn', () => {
    const record = toConversationRecord(activityFixture('message-personal', { id: 'm-1' }));
    expect(record?.reference).not.toHaveProperty('activityId');
    expect(record).toEqual(toConversationRecord(activityFixture('message-personal', { id: 'm-2' })));
  });

  it('keeps the person in a 1:1 chat\'s reference (to find their chat later), and not the last speaker in a channel', () => {
    const personal = toConversationRecord(activityFixture('message-personal'));
    expect(personal?.reference).toHaveProperty('user.aadObjectId');
    const one = toConversationRecord(activityFixture('message-channel', { from: { id: '29:a', name: 'A', aadObjectId: 'a' } }));
    const other = toConversationRecord(activityFixture('message-channel', { from: { id: '29:b', name: 'B', aadObjectId: 'b' } }));
    expect(one?.reference).not.toHaveProperty('user');
    expect(one).toEqual(other);
  });

  it('writes a reference when it is new, changed, or a quarter of an hour old, and not otherwise', async () => {
    const r = recorder();
    await r.recorder.remember(activityFixture('message-personal', { id: 'm-1' }));
    await r.recorder.remember(activityFixture('message-personal', { id: 'm-2' }));
    expect(r.written).toHaveLength(1);
    await r.recorder.remember(activityFixture('message-personal', { id: 'm-3', serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect(r.written).toHaveLength(2);
    expect(r.written[1]?.serviceUrl).toBe('https://smba.trafficmanager.net/emea/');
    r.advance(15 * 60_000);
    await r.recorder.remember(activityFixture('message-personal', { id: 'm-4', serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect(r.written).toHaveLength(3);
  });

  it('always writes on install and membership events', async () => {
    const r = recorder();
    await r.recorder.remember(activityFixture('message-personal', { id: 'm-1' }));
    await r.recorder.remember(activityFixture('message-personal', { id: 'm-2', type: 'conversationUpdate' }));
    await r.recorder.remember(activityFixture('message-personal', { id: 'm-3', type: 'installationUpdate' }));
    expect(r.written).toHaveLength(3);
  });

  it('tries again on the next turn when a write failed', async () => {
    const r = recorder(true);
    await expect(r.recorder.remember(activityFixture('message-personal', { id: 'm-1' }))).rejects.toThrow('store down');
    await r.recorder.remember(activityFixture('message-personal', { id: 'm-2' }));
    expect(r.written).toHaveLength(1);
  });
});
