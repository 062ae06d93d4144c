import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/store/ports';
import { activityFixture } from '../helpers/fixtures';
import { invokeResponse } from '../helpers/invoke-response';
import { cardText, createTestBot, type TestBot } from '../helpers/test-bot';
import { openSeedStores } from '../helpers/seed-ask-catalogue';

/**
 * The search-based message extension through the real app: Teams' composeExtension/query and
 * composeExtension/selectItem invokes, from a group chat's compose box, over the five seed packs.
 */
let stores: Stores;
let t: TestBot;

beforeAll(async () => {
  stores = await openSeedStores();
  t = await createTestBot({ stores });
});

afterAll(async () => {
  await stores.close();
});

interface Attachment {
  contentType: string;
  content: Record<string, unknown>;
  preview?: { contentType: string; content: { title: string; text: string; tap: { type: string; value: unknown } } };
}
type Result = { type: string; text?: string; attachmentLayout?: string; attachments?: Attachment[] };

async function search(question: unknown, extra: Record<string, unknown> = {}): Promise<Result> {
  const base = activityFixture('invoke-compose-query-groupchat') as { value: Record<string, unknown> };
  const parameters = question === undefined ? [] : [{ name: 'question', value: question }];
  const sent = await t.send({ ...base, value: { ...base.value, parameters, ...extra } } as never);
  const response = invokeResponse(sent);
  expect(response.status).toBe(200);
  return (response.body as { composeExtension: Result }).composeExtension;
}

async function pick(value: unknown): Promise<Result> {
  const sent = await t.send(activityFixture('invoke-compose-select-item-groupchat', { value }));
  const response = invokeResponse(sent);
  expect(response.status).toBe(200);
  return (response.body as { composeExtension: Result }).composeExtension;
}

describe('the compose-box search', () => {
  it('answers "PLO" with result cards that carry the figure and their source, each with a preview', async () => {
    const result = await search('PLO');
    expect(result.type).toBe('result');
    expect(result.attachments!.length).toBeGreaterThan(0);
    for (const attachment of result.attachments!) {
      expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(attachment.preview!.contentType).toBe('application/vnd.microsoft.card.thumbnail');
      expect(attachment.preview!.content.title.length).toBeGreaterThan(0);
      expect(attachment.preview!.content.tap).toMatchObject({ type: 'invoke', value: { q: 'PLO' } });
      // The card inserted has its source and no buttons that would post back into someone else's chat.
      expect(String(attachment.content.fallbackText)).toMatch(/Source: /);
      expect(attachment.content.actions ?? []).toEqual([]);
      expect(JSON.stringify(attachment.content).length).toBeLessThanOrEqual(28_000);
    }
    // The same words in the chat give the same first answer.
    const chat = await t.send(activityFixture('message-personal', { text: 'PLO', id: 'compose-chat-1', conversation: { id: 'a:compose-chat', conversationType: 'personal', tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9' } }));
    const chatCard = chat.flatMap((a) => a.attachments ?? [])[0]!.content as Record<string, unknown>;
    expect(result.attachments!.map((a) => a.content.fallbackText)).toContain(chatCard.fallbackText);
  });

  it('gives an action with its lead and due date for "who leads 1.9"', async () => {
    const result = await search('who leads 1.9');
    expect(result.type).toBe('result');
    const text = cardText(result.attachments![0]!.content);
    expect(text).toMatch(/1\.9/);
    expect(String(result.attachments![0]!.content.fallbackText)).toMatch(/Lead/i);
  });

  it('offers each reading of a question that matches several things as its own result, instead of asking back', async () => {
    // In the chat, "who leads 1.1" asks back: the ref is in several plans.
    const chat = await t.send(activityFixture('message-personal', { text: 'who leads 1.1', id: 'compose-chat-2', conversation: { id: 'a:compose-chat-2', conversationType: 'personal', tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9' } }));
    const asked = chat.flatMap((a) => a.attachments ?? [])[0]!.content as { body: { id?: string }[] };
    expect(asked.body[0]!.id).toBe('answer-kind-ask-back');
    const result = await search('who leads 1.1');
    expect(result.type).toBe('result');
    const titles = result.attachments!.map((a) => a.preview!.content.title);
    expect(titles.length).toBeGreaterThan(1);
    for (const title of titles) expect(title).toMatch(/^Action 1\.1 of /);
    expect(result.attachments!.map((a) => (a.content.body as { id?: string }[])[0]!.id)).toEqual(titles.map(() => 'answer-kind-action'));
    expect(titles).toContain("Action 1.1 of the Medway Children's Services Action Plan".replace(/'/g, "'"));
  });

  it('says what the papers lack about a named committee, for each committee a search could mean', async () => {
    const result = await search('next CYP scrutiny');
    expect(result.type).toBe('result');
    const text = result.attachments!.map((a) => String(a.content.fallbackText)).join('\n');
    expect(text).toContain('Not in the papers: Children and Young People Overview and Scrutiny Committee');
    expect(text).toMatch(/name no meeting of the Children and Young People Overview and Scrutiny Committee after 20 November 2026/);
  });

  it('says nothing was found, as a message, when nothing answers', async () => {
    const result = await search('zxqv wibble frobnicate');
    expect(result).toEqual({ type: 'message', text: expect.stringMatching(/^Nothing in the council papers answers "zxqv wibble frobnicate"\. Try a ref/) });
  });

  it('answers an empty, missing or malformed query with a message saying what to type, never an error', async () => {
    for (const question of ['', '   ', undefined, 42, { nested: true }]) {
      const result = await search(question);
      expect(result.type, JSON.stringify(question)).toBe('message');
      expect(result.text).toMatch(/Type a question or a ref/);
    }
    expect((await search('a'.repeat(1200))).text).toMatch(/up to 1000 characters; this one has 1200/);
    // A malformed payload is an empty search, not an error.
    for (const parameters of ['PLO', [null], [42], { question: 'PLO' }]) {
      const result = await search(undefined, { parameters });
      expect(result.type, JSON.stringify(parameters)).toBe('message');
    }
    const sent = await t.send(activityFixture('invoke-compose-query-groupchat', { value: null }));
    expect((invokeResponse(sent).body as { composeExtension: Result }).composeExtension.type).toBe('message');
    // An unknown command id (an old client, or Copilot naming it otherwise) is still answered.
    expect((await search('PLO', { commandId: 'somethingElse' })).type).toBe('result');
  });

  it('inserts the picked result: selectItem answers the same search again and returns that card', async () => {
    const searched = await search('PLO');
    const chosen = searched.attachments![0]!;
    const picked = await pick(chosen.preview!.content.tap.value);
    expect(picked.type).toBe('result');
    expect(picked.attachments).toHaveLength(1);
    expect(picked.attachments![0]!.content.fallbackText).toBe(chosen.content.fallbackText);
  });

  it('refuses a picked item that is not one of its own, with a message', async () => {
    for (const value of [{}, { q: 'PLO', n: 99 }, { q: 'PLO', n: 0, admin: true }, 'PLO', null]) {
      const picked = await pick(value);
      expect(picked.type, JSON.stringify(value)).toBe('message');
      expect(picked.text).toMatch(/not one I recognise|no longer there/);
    }
  });
});
