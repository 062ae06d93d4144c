import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EvalSession, evalClock, openEvalSession, sampleDirectory } from './eval-session';
import { answer, type EvalQuestion, notFound } from './question-types';

const q = (id: string, text: string, extra: Partial<EvalQuestion> = {}): EvalQuestion => ({
  id,
  topic: 'meeting',
  packs: [],
  text,
  expect: notFound(),
  ...extra,
});

describe('the eval harness, over the real app and the bundled packs', () => {
  let session: EvalSession;
  beforeAll(async () => {
    session = await openEvalSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('starts from a fresh store holding the five bundled packs', async () => {
    expect(await session.bot.stores.health.counts()).toMatchObject({ plans: 8, actions: 199, indicators: 223, meetings: 20, documents: 5 });
  });

  it('loads the sample directory, as PEOPLE_FILE would', () => {
    expect(sampleDirectory().people.map((p) => p.name)).toContain('Sam Officer');
  });

  it('reads a plain-text reply as no answer kind, and scores it a miss without a wrong figure', async () => {
    const [result] = await session.run([q('ping-01', 'ping', { expect: answer(['pong']) })]);
    expect(result).toMatchObject({
      conversationId: 'eval-ping-01',
      got: { kind: 'none', text: 'pong' },
      right: false,
      wrongFigure: false,
      missing: [],
    });
    expect(result!.ms).toBeGreaterThan(0);
  });

  it('reads the text of a card reply (the help card carries no answer kind)', async () => {
    const [result] = await session.run([q('help-01', 'help')]);
    expect(result!.got.kind).toBe('none');
    expect(result!.got.text).toContain('What I can do');
    expect(result!.right).toBe(false);
  });

  it('asks the turns of a conversation in one Teams conversation, and each question alone in its own', async () => {
    const results = await session.run([
      q('fu-01', 'ping', { conversation: 'same' }),
      q('fu-02', 'ping', { conversation: 'same' }),
      q('ind-01', 'ping'),
    ]);
    expect(results.map((r) => r.conversationId)).toEqual(['eval-same', 'eval-same', 'eval-ind-01']);
    expect(await session.bot.stores.conversations.get('a:eval-same')).toMatchObject({ conversationType: 'personal' });
    expect(await session.bot.stores.conversations.get('a:eval-ind-01')).toBeDefined();
  });

  it('sends channel questions with an @mention and group-chat questions as group chats', async () => {
    const [channel, group] = await session.run([
      q('ch-01', 'ping', { surface: 'channel' }),
      q('gc-01', 'ping', { surface: 'groupChat' }),
    ]);
    expect(channel!.got.text).toBe('pong');
    expect(group!.got.text).toBe('pong');
    const channels = await session.bot.stores.conversations.list({ conversationType: 'channel' });
    expect(channels.some((c) => c.id.startsWith('19:eval-ch-01@thread.tacv2'))).toBe(true);
    expect(await session.bot.stores.conversations.get('19:eval-gc-01@thread.v2')).toMatchObject({ conversationType: 'groupChat' });
  });

  it('runs at a fixed clock inside the packs\' period', () => {
    expect(evalClock.toISOString()).toBe('2020-01-02T10:00:00.000Z');
  });
});
