import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCardRenderer } from '../../src/cards/render';
import type { DirectoryPerson } from '../../src/domain/directory';
import { proactiveJobs } from '../../src/services/scheduler/jobs';
import { Scheduler } from '../../src/app/scheduler';
import { activityFixture } from '../helpers/fixtures';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../helpers/fake-teams-connector';
import { captureLogs } from '../helpers/log-capture';
import { cardText } from '../helpers/test-bot';
import { senderFor } from '../services/outbox/outbox-harness';
import { directory, from, people, plo, press, say, useUpdatesHarness } from './updates-harness';

const h = useUpdatesHarness();
const medway = 'medway/medway-childrens-services-action-plan';
const channelId = '19:4f7c0d6a1b2e4c3d9e8f7a6b5c4d3e2f@thread.tacv2';
let connector: FakeTeamsConnector;
beforeEach(async () => {
  await h().stores.sql.exec('TRUNCATE outbox, job_runs, job_state, conversations');
  connector = await startFakeTeamsConnector();
});
afterEach(async () => {
  await connector.close();
});

/** A message typed in the board's channel (with the @mention), by `who`. */
const inChannel = (text: string, who: DirectoryPerson) =>
  activityFixture('message-channel', { text: `<at>Board and scrutiny</at> ${text}`, from: from(who), serviceUrl: connector.url });

const textOf = async (activity: Parameters<ReturnType<typeof h>['run']>[0]) => (await h().run(activity)).sent.map((a) => a.text).join('\n');

/** The scheduled jobs and the outbox, as they run beside the bot, at `at`. */
async function runJobsAt(at: string) {
  const context = { stores: h().stores, directory, cards: createCardRenderer(), timeZone: 'Europe/London', logger: captureLogs().logger };
  const scheduler = new Scheduler({ jobs: proactiveJobs(context), store: h().stores.jobs, clock: () => new Date(at), timeZone: 'Europe/London', logger: context.logger, intervalMs: 60_000 });
  const rounds = await scheduler.runOnce();
  await senderFor(h().stores, { clock: () => new Date(at) }).sender.runOnce();
  return rounds;
}

const posts = () => connector.activities().filter((r) => r.path === `/v3/conversations/${encodeURIComponent(channelId)}/activities`);
const amber = { actionId: plo, version: 0, status: 'A', commentary: 'Two cases have drifted past 26 weeks.', nextSteps: 'Weekly tracker review from 1 December.', revisedDue: '', evidenceUrl: '' };

describe('the board feed', () => {
  it('is set by an administrator in the channel, and the channel itself is kept to post to', async () => {
    const reply = await textOf(inChannel("set feed for Medway Children's Services Action Plan", people.ada));
    expect(reply).toBe(
      "From now on, status changes to Medway Children's Services Action Plan are posted in this channel, with a digest of the week's changes and overdue actions every Monday.",
    );
    expect((await h().stores.planSchedules.get(medway))?.feed).toMatchObject({ conversationId: channelId, since: '2026-11-20T09:30:00.000Z', setBy: { name: 'Ada Admin' } });
    expect(await h().stores.conversations.get(channelId)).toMatchObject({ conversationType: 'channel', serviceUrl: connector.url, reference: { conversation: { id: channelId } } });
  });

  it('is refused to anyone who does not administer the plan, and set nowhere', async () => {
    const reply = await textOf(inChannel("set feed for Medway Children's Services Action Plan", people.sam));
    expect(reply).toBe("Sorry, only the administrators of Medway Children's Services Action Plan can choose where its updates are posted. Ask one of them, or the council's bot administrator.");
    expect((await h().stores.planSchedules.get(medway))?.feed).toBeUndefined();
  });

  it('has to be set in a channel, not a chat', async () => {
    expect(await textOf(say("set feed for Medway Children's Services Action Plan", people.ada))).toMatch(/in the channel the board should see the updates in/);
  });

  it('posts a status change to the channel as a card once the update is recorded, and only once', async () => {
    await h().run(inChannel('set feed for medway childrens services', people.ada));
    const recorded = await h().run(press('action.update', amber));
    expect(recorded.invoke?.type).toBe('application/vnd.microsoft.card.adaptive');

    const rounds = await runJobsAt('2026-11-20T09:31:00Z');
    expect(rounds.find((r) => r.job === 'feed')?.summary).toEqual({ posted: 1, updates: 1 });
    expect(posts()).toHaveLength(1);
    const card = cardText(posts()[0]!.body.attachments);
    expect(card).toContain('Action 1.9: set to Amber \\(no status before\\)');
    expect(card).toContain('Sam Officer updated this on 20 November 2026 at 09:30.');
    expect(card).toContain('Two cases have drifted past 26 weeks.');
    expect(card).toContain('action.history');

    await runJobsAt('2026-11-20T09:32:00Z');
    await runJobsAt('2026-11-20T09:45:00Z');
    expect(posts()).toHaveLength(1);
  });

  it('posts nothing for updates made before it was set, or once it is stopped', async () => {
    const earlier = { id: 'u-earlier', actionId: plo, planId: medway, status: 'A', commentary: 'Before the feed.', author: { name: 'Sam Officer' }, at: '2026-11-20T09:00:00Z', idempotencyKey: 'earlier' };
    expect((await h().stores.actionUpdates.append(earlier, 0)).kind).toBe('ok');
    await h().run(inChannel('set feed for medway childrens services', people.ada)); // at 09:30
    await runJobsAt('2026-11-20T09:31:00Z');
    expect(posts()).toHaveLength(0);

    expect(await textOf(inChannel('stop feed for medway childrens services', people.ada))).toBe(
      "Status changes to Medway Children's Services Action Plan are no longer posted anywhere.",
    );
    expect((await h().stores.planSchedules.get(medway))?.feed).toBeUndefined();
  });

  it("posts a weekly digest on Monday with the week's changes and what is overdue", async () => {
    await h().run(inChannel('set feed for medway childrens services', people.ada));
    await h().run(press('action.update', amber));
    await runJobsAt('2026-11-21T09:00:00Z'); // Saturday: the status change only
    expect(posts()).toHaveLength(1);

    const rounds = await runJobsAt('2026-11-23T09:05:00Z'); // Monday
    expect(rounds.find((r) => r.job === 'digest')).toMatchObject({ outcome: 'ran', period: '2026-W48', summary: { posted: 1 } });
    const digest = cardText(posts()[1]!.body.attachments);
    expect(digest).toContain('Weekly digest: 16 November 2026 to 23 November 2026');
    expect(digest).toContain('1 status change in the past week');
    expect(digest).toContain('Action 1.9: set to Amber');
    expect(digest).toContain('Overdue');
    expect(digest).toContain('Action 1.11: due October 2019');
    expect(digest).toMatch(/\d+ actions are past the due date and not complete/);

    await runJobsAt('2026-11-24T09:05:00Z');
    expect(posts()).toHaveLength(2);
  });
});
