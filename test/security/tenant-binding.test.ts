import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../src/app/start-bot';
import { createTestBot, type TestBot } from '../helpers/test-bot';
import { directory, people, press, run, say, TENANT } from './harness';
import { ACTION, now, useScenario } from './scenario';

/**
 * Issue 15, item 6: the directory is bound to the bot's tenant (BOT_TENANT_ID). A Teams user of
 * another tenant who carries a directory person's Entra object id is a stranger: no roles, none of
 * that person's questions, not that person's 1:1 chat. And an activity whose two tenant fields
 * disagree is refused before it changes anything.
 */
const OTHER = '11111111-2222-4333-8444-555555555555';

/** The activity as it would come from `tenant` (both fields), or with its two tenant fields set apart. */
function from(activity: Partial<Activity>, conversationTenant: string, channelDataTenant = conversationTenant): Partial<Activity> {
  return {
    ...activity,
    conversation: { ...activity.conversation!, tenantId: conversationTenant },
    channelData: { ...(activity.channelData as object), tenant: { id: channelDataTenant } },
  };
}

describe('the people file at start', () => {
  it("is bound to BOT_TENANT_ID, and to no tenant in local mode", () => {
    expect(loadDirectory(undefined, TENANT)).toEqual({ people: [], tenantId: TENANT });
    expect(loadDirectory(undefined)).toEqual({ people: [] });
  });
});

describe('people are bound to the bot tenant', () => {
  const scenario = useScenario();
  let t: TestBot;
  beforeAll(async () => {
    t = await createTestBot({ stores: scenario().stores, directory: { ...directory, tenantId: TENANT }, clock: () => now });
  });

  const update = async () => press(people.sam, 'action.update', { actionId: ACTION, version: await scenario().updateVersion(), status: 'A', commentary: 'Recruitment has slipped two months behind the plan.', nextSteps: 'Two more social workers start in May.', revisedDue: '', evidenceUrl: '' });

  it("refuses an officer's update from another tenant under the officer's Entra id, and records nothing", async () => {
    const s = scenario();
    const before = await s.updateVersion();
    const turn = await run(t, from(await update(), OTHER));
    expect(turn.text).toContain("Sorry, I can't take that update");
    expect(await s.updateVersion()).toBe(before);
    const home = await run(t, from(await update(), TENANT));
    expect(home.updated).toHaveLength(1);
    expect(await s.updateVersion()).toBe(before + 1);
  });

  it('refuses an update whose two tenant fields disagree, and records nothing', async () => {
    const s = scenario();
    const before = await s.updateVersion();
    const turn = await run(t, from(await update(), TENANT, OTHER));
    expect([turn.sent, turn.updated, turn.invoke]).toEqual([[], [], undefined]);
    expect(await s.updateVersion()).toBe(before);
  });

  it("refuses an administrator's command from another tenant", async () => {
    expect((await run(t, from(say(people.ada, 'outbox'), OTHER))).text).toContain('only the bot');
    expect((await run(t, from(say(people.ada, 'outbox'), TENANT))).text).toContain('Outbox');
  });

  it("shows a member of another tenant none of the questions of the member whose id they carry, and lets them withdraw none", async () => {
    const s = scenario();
    const mine = await run(t, from(say(people.jane, 'my questions'), OTHER));
    expect(mine.text).toContain('You have not submitted any questions.');
    expect(mine.text).not.toContain('Portfolio Holder attend');
    const withdrawn = await run(t, from(press(people.jane, 'question.withdraw', { questionId: s.q2 }), OTHER));
    expect(withdrawn.text).toContain('Only the member who submitted a question can withdraw it.');
    expect((await s.stores.questions.getQuestion(s.q2))?.status).toBe('submitted');
  });

  it("does not take their 1:1 chat for the person's own", async () => {
    const s = scenario();
    // NOTE: an id that sorts first, as the store picks the first of a person's 1:1 chats.
    const chat = from(say(people.jane, 'help'), OTHER);
    await run(t, { ...chat, conversation: { ...chat.conversation!, id: 'a:0-foreign-jane' } });
    expect((await s.stores.conversations.findPersonalChat(people.jane.aadObjectId!))?.id).not.toBe('a:0-foreign-jane');
  });
});
