import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCardRenderer } from '../../../src/cards/render';
import { parseCadence } from '../../../src/domain/cadence';
import type { Directory } from '../../../src/domain/directory';
import { runReminders } from '../../../src/services/reminders/reminder-job';
import { proactiveJobs } from '../../../src/services/scheduler/jobs';
import { localNow } from '../../../src/services/scheduler/local-time';
import type { ProactiveContext } from '../../../src/services/scheduler/proactive-context';
import { Scheduler } from '../../../src/app/scheduler';
import { openStores } from '../../../src/store/open-stores';
import type { Stores } from '../../../src/store/ports';
import { createScratchDatabase, serverUrl } from '../../helpers/databases';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../helpers/fake-teams-connector';
import { captureLogs } from '../../helpers/log-capture';
import { cardText } from '../../helpers/test-bot';
import { senderFor } from '../outbox/outbox-harness';
import { importSeeds, useSeededStores } from './seeded-stores';

const medway = 'medway/medway-childrens-services-action-plan';
const yot = 'medway/medway-youth-offending-team-and-youth-justice-partnership-board-improvement-plan';
const sam = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const ada = '5e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b';
const ivy = '7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7';
const directory: Directory = {
  people: [
    { name: 'Sam Officer', email: 'sam.officer@council.example.gov.uk', aadObjectId: sam, roles: ['officer'], jobTitles: ['Head of Service, Safeguarding'], committees: [] },
    { name: 'Pat Early', email: 'pat.early@council.example.gov.uk', roles: ['officer'], jobTitles: ['Head of Service, Early Help and First Response'], committees: [] },
    { name: 'Ivy Info', aadObjectId: ivy, roles: ['officer'], jobTitles: ['Information Officer'], committees: [] },
    { name: 'Ada Admin', aadObjectId: ada, roles: ['admin'], jobTitles: [], committees: [] },
  ],
};
const by = { name: 'Ada Admin', aadObjectId: ada };

const stores = useSeededStores();
let connector: FakeTeamsConnector | undefined;
afterEach(async () => {
  await connector?.close();
  connector = undefined;
});

function context(s: Stores): ProactiveContext {
  return { stores: s, directory, cards: createCardRenderer(), timeZone: 'Europe/London', logger: captureLogs().logger };
}
const schedulerAt = (s: Stores, at: string) =>
  new Scheduler({ jobs: proactiveJobs(context(s)), store: s.jobs, clock: () => new Date(at), timeZone: 'Europe/London', logger: captureLogs().logger, intervalMs: 60_000 });

async function setCadence(s: Stores, planId: string, text: string, since: string) {
  const parsed = parseCadence(text, since);
  if (!parsed.ok) throw new Error(parsed.error);
  await s.planSchedules.setCadence(planId, parsed.cadence, by);
}

async function update(s: Stores, actionId: string, status: string, at: string) {
  const result = await s.actionUpdates.append(
    { id: `u-${actionId}-${at}`, actionId, planId: actionId.split('#')[0]!, status, commentary: 'Progress noted.', author: { name: 'Sam Officer', aadObjectId: sam }, at, idempotencyKey: `k-${actionId}-${at}` },
    0,
  );
  if (result.kind !== 'ok') throw new Error(result.kind);
}

/** Sends everything queued through two sender loops and the fake Teams connector. */
async function drain(s: Stores) {
  connector ??= await startFakeTeamsConnector();
  // Somewhere the bot has talked before: where it learns the service URL to start 1:1 chats.
  await s.conversations.upsert({
    id: '19:board@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1', serviceUrl: connector.url, installed: true,
    reference: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: '19:board@thread.tacv2' }, bot: { id: '28:bot', name: 'Bot' } },
  });
  const clock = () => new Date('2030-01-01T00:00:00Z');
  await Promise.all([senderFor(s, { clock }).sender.runOnce(), senderFor(s, { clock }).sender.runOnce()]);
  return connector;
}

/** Card text as a person reads it (cards escape Markdown characters in data). */
const unescaped = (text: string) => text.replace(/\\([\\`*_[\]()#+!<>|~-])/g, '$1');

/** Who each 1:1 chat was started with, and the cards sent there. */
function messagesByPerson(c: FakeTeamsConnector): Map<string, string[]> {
  const members = new Map<string, string>();
  c.requests.filter((r) => /\/v3\/conversations\/?$/.test(r.path)).forEach((r, i) => members.set(`a:created-${i + 1}`, (r.body.members as { id: string }[])[0]!.id));
  const out = new Map<string, string[]>();
  for (const r of c.activities()) {
    const conversation = decodeURIComponent(/conversations\/([^/]+)\/activities/.exec(r.path)![1]!);
    const who = members.get(conversation) ?? conversation;
    out.set(who, [...(out.get(who) ?? []), unescaped(cardText(r.body.attachments))]);
  }
  return out;
}

describe('update reminders', () => {
  it('reminds each lead once, across two scheduler instances sharing one store', async () => {
    const s = stores();
    await setCadence(s, medway, 'monthly on 4', '2026-11-01');
    await update(s, `${medway}#1.9`, 'A', '2026-11-20T10:00:00Z');
    await update(s, `${medway}#1.6`, 'B', '2026-10-01T10:00:00Z');
    // Friday 27 November 2026 is five working days before the 4 December due date.
    const at = '2026-11-27T07:00:00Z';

    const [first, second] = await Promise.all([schedulerAt(s, at).runOnce(), schedulerAt(s, at).runOnce()]);

    const reminderRuns = [...first, ...second].filter((r) => r.job === 'reminders');
    expect(reminderRuns.map((r) => r.outcome).sort()).toEqual(['ran', 'skipped']);
    const keys = (await s.outbox.list({ limit: 100 })).map((m) => m.key).sort();
    expect(keys).toEqual([`reminder-leads:${medway}:2026-12:${ada}`, `reminder:${medway}:2026-12:${sam}`]);
    expect((await s.outbox.get(`reminder:${medway}:2026-12:${sam}`))?.nextAttemptAt).toBe('2026-11-27T09:00:00.000Z');

    const byPerson = messagesByPerson(await drain(s));
    expect([...byPerson.keys()].sort()).toEqual([ada, sam].sort());
    const samCard = byPerson.get(sam)!.join('\n');
    expect(byPerson.get(sam)).toHaveLength(1);
    expect(samCard).toContain("Update due: Medway Children's Services Action Plan");
    expect(samCard).toContain('due by 4 December 2026');
    expect(samCard).toContain('Your update on 6 actions');
    for (const ref of ['1.10', '1.11', '1.13', '1.7', '1.8', '5.10']) expect(samCard).toContain(`Update ${ref}`);
    expect(samCard).not.toContain('Update 1.9'); // updated this cycle
    expect(samCard).not.toContain('Update 1.6'); // updated to Blue (complete)
    expect(samCard).not.toContain('Update 2.1'); // "End of September COMPLETED" in the plan
    const adaCard = byPerson.get(ada)!.join('\n');
    expect(adaCard).toContain('Leads I could not remind');
    expect(adaCard).toContain('Head of Quality Assurance');
    expect(adaCard).toContain('Pat Early'); // in the directory, but with no Teams id
  });

  it('sends nothing twice after a restart, even when the job is run again by hand', async () => {
    const s = stores();
    await setCadence(s, medway, 'monthly on 4', '2026-11-01');
    const at = '2026-11-27T07:00:00Z';
    await schedulerAt(s, at).runOnce();
    const c = await drain(s);
    const sentBefore = c.activities().length;

    const again = await schedulerAt(s, '2026-11-27T15:00:00Z').runOnce();
    expect(again.find((r) => r.job === 'reminders')?.outcome).toBe('skipped');
    await runReminders(context(s), { local: localNow(new Date('2026-11-28T10:00:00Z'), 'Europe/London') });
    await drain(s);

    expect(c.activities()).toHaveLength(sentBefore);
    expect(sentBefore).toBe(2);
  });

  it("tells the plan's administrators which actions are overdue, after the due date", async () => {
    const s = stores();
    await setCadence(s, medway, 'monthly on 4', '2026-11-01');
    await update(s, `${medway}#1.9`, 'G', '2026-12-03T10:00:00Z');
    const rounds = await schedulerAt(s, '2026-12-07T08:00:00Z').runOnce();
    expect(rounds.find((r) => r.job === 'reminders')?.summary).toMatchObject({ overdueNotices: 1 });

    const notice = messagesByPerson(await drain(s)).get(ada)!.find((text) => text.includes('Overdue updates'))!;
    expect(notice).toContain('had no update by 4 December 2026');
    expect(notice).toContain('Action 1.10: Head of Service, Safeguarding; Head of Service, Early Help and First Response (Sam Officer, Pat Early)');
    expect(notice).not.toContain('Action 1.9:');
  });

  it('reminds before the board meets when the cadence follows its meetings', async () => {
    const s = stores();
    await setCadence(s, yot, '5 working days before Youth Justice Partnership Board', '2020-06-01');
    // The imported papers hold the board's meeting of 13 July 2020: due 6 July, reminders from 29 June.
    await schedulerAt(s, '2020-07-01T08:30:00Z').runOnce();

    const ivyCard = messagesByPerson(await drain(s)).get(ivy)!.join('\n');
    expect(ivyCard).toContain('due by 6 July 2020, ahead of the meeting on 13 July 2020');
    expect(ivyCard).toContain('Update 2B');
    expect(ivyCard).toContain('Update 4A');
  });

  it("uses the plan's own administrators when its settings name them", async () => {
    const s = stores();
    await setCadence(s, medway, 'monthly on 4', '2026-11-01');
    await s.planSettings.update(medway, { administrators: [sam] }, by);
    await schedulerAt(s, '2026-12-07T08:00:00Z').runOnce();
    const targets = (await s.outbox.list({ limit: 100 })).filter((m) => m.key.startsWith('overdue:')).map((m) => m.target);
    expect(targets).toEqual([{ kind: 'user', aadObjectId: sam }]);
  });
});

const postgresUrl = serverUrl;
if (postgresUrl) {
  describe('update reminders on PostgreSQL (DATABASE_URL)', () => {
    let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
    beforeAll(async () => {
      scratch = await createScratchDatabase(postgresUrl);
    });
    afterAll(async () => {
      await scratch?.drop();
    });

    it('are queued once by two instances with their own connection pools', async () => {
      const [a, b] = [await openStores({ databaseUrl: scratch.url }), await openStores({ databaseUrl: scratch.url })];
      try {
        await importSeeds(a);
        await setCadence(a, medway, 'monthly on 4', '2026-11-01');
        const at = '2026-11-27T07:00:00Z';
        const rounds = (await Promise.all([schedulerAt(a, at).runOnce(), schedulerAt(b, at).runOnce()])).flat();
        expect(rounds.filter((r) => r.job === 'reminders').map((r) => r.outcome).sort()).toEqual(['ran', 'skipped']);
        expect((await b.outbox.list({ limit: 100 })).map((m) => m.key).sort()).toEqual([
          `reminder-leads:${medway}:2026-12:${ada}`,
          `reminder:${medway}:2026-12:${sam}`,
        ]);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });
}
