import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCardRenderer } from '../../src/cards/render';
import { loadConfig } from '../../src/config';
import type { Directory } from '../../src/domain/directory';
import { createLogger, type Logger } from '../../src/logger';
import { loadDirectory, type RunningBot, startBot } from '../../src/app/start-bot';
import { proactiveJobs } from '../../src/services/scheduler/jobs';
import { Scheduler } from '../../src/app/scheduler';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../helpers/fake-teams-connector';
import { activityFixture } from '../helpers/fixtures';
import { memoryLog, post } from './log-memory';

/**
 * Issue 8: "No secrets or personal data in logs; a test captures the logs of a full workflow and
 * checks."
 *
 * The real server (startBot, as `npm start` runs it) with its logger at the default level (info),
 * writing into memory instead of stdout, runs a whole cycle over HTTP: the welcome, a member's
 * question, an officer's update with commentary and an indicator value, the board feed, a question
 * window opened in a channel, members' questions, the chair's review (accept, reject with a reason,
 * a written answer approved, the pack), the outbox delivering notices and feed posts, the
 * scheduler's jobs, and a turn that fails. Then no line at info level or above may hold a person's
 * name, e-mail or Entra id, or any text they typed. (With Bot Framework credentials, the secret and
 * tokens: log-privacy-credentials.test.ts.)
 */

const COMMITTEE = 'Children and Young People Overview and Scrutiny Committee';
const person = (name: string, email: string, aadObjectId: string, roles: string, jobTitle = '', committee = '') => ({ name, email, aadObjectId, roles, jobTitle, committee });
const people = {
  chair: person('Cllr Ottoline Quayle', 'ottoline.quayle@council.example.gov.uk', '3c1d9e2a-7b6f-4e5d-8c4b-2a1f0e9d8c7b', 'member;chair', '', COMMITTEE),
  member: person('Cllr Perpetua Vantongeren', 'perpetua.vantongeren@council.example.gov.uk', '4d2e0f3b-8c7a-4f6e-9d5c-3b2a1f0e9d8c', 'member', '', COMMITTEE),
  other: person('Cllr Leofric Ashdown-Pym', 'leofric.ashdown-pym@council.example.gov.uk', '5e3f1a4c-9d8b-4a7f-8e6d-4c3b2a1f0e9d', 'member', '', COMMITTEE),
  officer: person('Bartholomew Kettleby', 'bartholomew.kettleby@council.example.gov.uk', '6f4a2b5d-0e9c-4b8a-9f7e-5d4c3b2a1f0e', 'officer', 'Head of Service, Safeguarding'),
  admin: person('Wilhelmina Strudwick', 'wilhelmina.strudwick@council.example.gov.uk', '7a5b3c6e-1f0d-4c9b-8a8f-6e5d4c3b2a1f', 'admin', 'Head of Business Change (People)'),
};
type Person = (typeof people)[keyof typeof people];

/** What people typed: each has a word found nowhere else. */
const typed = {
  ask: 'how long are kids waiting in PLO now, asks Quixoticmarmalade?',
  commentary: 'Two Zephyrcobbler cases drifted past 26 weeks; tracker rebuilt.',
  nextSteps: 'Weekly Gildenmoss review of every case from Monday.',
  valueNote: 'Average of Thistlewaite cases closed in the month.',
  question: 'How many Brindlequark foster households has the council gained this year?',
  secondQuestion: 'Will the Portfolio Holder explain the Vorpalwinch transport budget overspend?',
  reason: 'The Quillfeather budget was reported in January, so it is not taken again.',
  answer: 'In the year to March the council gained 6 Marrowglade households, net.',
  errorTurn: 'what is the status of action 1.9, Obsidianflute?',
};

const peopleCsv = ['name,email,aadObjectId,roles,jobTitles,committees', ...Object.values(people).map((p) => [p.name, p.email, p.aadObjectId, p.roles, `"${p.jobTitle}"`, p.committee].join(','))].join('\n');

/** Personal data and secrets that must never be in a log line at info level or above. */
const personalData = [
  ...Object.values(people).flatMap((p) => [p.name, p.email, p.aadObjectId, ...p.name.split(' ').filter((w) => w.length > 4 && w !== 'Cllr')]),
  ...Object.values(typed),
  ...['Quixoticmarmalade', 'Zephyrcobbler', 'Gildenmoss', 'Thistlewaite', 'Brindlequark', 'Vorpalwinch', 'Quillfeather', 'Marrowglade', 'Obsidianflute'],
];

describe('logs of a full workflow, at the default level, in local mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-logs-'));
  const log = memoryLog();
  let bot: RunningBot;
  let connector: FakeTeamsConnector;
  let n = 0;

  const from = (p: Person) => ({ id: `29:${p.aadObjectId}`, name: p.name, aadObjectId: p.aadObjectId });
  // Teams' 1:1 chat ids are opaque, not the person's Entra id.
  const personal = (p: Person) => ({ conversationType: 'personal', tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9', id: `a:1chat${Buffer.from(p.email).toString('base64url').slice(-12)}` });
  const say = (p: Person, text: string, where: 'personal' | 'channel' = 'personal') =>
    post(
      bot.port,
      where === 'channel'
        ? activityFixture('message-channel', { id: `m-${++n}`, serviceUrl: connector.url, from: from(p), text: `<at>Board and scrutiny</at> ${text}` })
        : activityFixture('message-personal', { id: `m-${++n}`, serviceUrl: connector.url, from: from(p), text, conversation: personal(p) }),
    );
  const press = async (p: Person, verb: string, data: Record<string, unknown>, where: 'personal' | 'channel' = 'personal') => {
    const base = activityFixture(`invoke-card-action-${where}`) as Partial<Activity>;
    const reply = await post(bot.port, {
      ...base,
      id: `i-${++n}`,
      serviceUrl: connector.url,
      from: from(p),
      ...(where === 'personal' ? { conversation: personal(p) } : {}),
      value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
    });
    return JSON.stringify(reply.body);
  };
  /** The data of the first Action.Execute with `verb` in an invoke's answer. */
  const dataOf = (answer: string, verb: string): Record<string, unknown> => {
    let found: Record<string, unknown> | undefined;
    const walk = (v: unknown) => {
      if (found || !v || typeof v !== 'object') return;
      if (Array.isArray(v)) return v.forEach(walk);
      const node = v as Record<string, unknown>;
      if (node.type === 'Action.Execute' && node.verb === verb) found = node.data as Record<string, unknown>;
      else Object.values(node).forEach(walk);
    };
    walk(JSON.parse(answer));
    if (!found) throw new Error(`no ${verb} button in ${answer.slice(0, 300)}`);
    return found;
  };
  const store = () => bot.stores;
  let logger: Logger;
  let directory: Directory;

  beforeAll(async () => {
    connector = await startFakeTeamsConnector();
    const peopleFile = join(dataDir, 'people.csv');
    writeFileSync(peopleFile, peopleCsv);
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dataDir, 'db'), PEOPLE_FILE: peopleFile, OUTBOX_INTERVAL_MS: '100' });
    expect(config.LOG_LEVEL).toBe('info');
    logger = createLogger(config.LOG_LEVEL, log.sink);
    bot = await startBot(config, logger);
    directory = loadDirectory(peopleFile);

    // The welcome, a member's question, the board feed, an officer's update and a value.
    const welcome = activityFixture('conversation-update-bot-added-to-team', { serviceUrl: connector.url });
    expect((await post(bot.port, welcome)).status).toBe(200);
    expect((await say(people.member, typed.ask)).status).toBe(200);
    expect((await say(people.admin, 'set feed for medway childrens services', 'channel')).status).toBe(200);
    const form = await press(people.officer, 'action.open', { actionId: 'medway/medway-childrens-services-action-plan#1.9' });
    const updated = await press(people.officer, 'action.update', { ...dataOf(form, 'action.update'), status: 'A', commentary: typed.commentary, nextSteps: typed.nextSteps, revisedDue: '', evidenceUrl: '' });
    expect(updated).toContain('updated this on');
    const record = await press(people.officer, 'indicator.open', { actionId: 'medway/medway-childrens-services-action-plan#1.9' });
    const recorded = await press(people.officer, 'indicator.record', { ...dataOf(record, 'indicator.record'), indicatorId: (dataOf(record, 'indicator.record').offered as string[])[0], period: 'Last month', periodEnd: '', value: '30', commentary: typed.valueNote });
    expect(recorded).toContain('Value recorded');

    // A question window for a meeting five weeks ahead, opened in the committee's channel.
    const inFiveWeeks = new Date(Date.now() + 35 * 86_400_000).toISOString().slice(0, 10);
    const meeting = { body: COMMITTEE, date: inFiveWeeks, time: '18:30', venue: 'Town Hall', agenda: '8 Portfolio Holder\n9 Sufficiency Strategy' };
    const open = await press(people.chair, 'question.meeting.create', meeting, 'channel');
    const opened = await press(people.chair, 'question.open', { ...dataOf(open, 'question.open'), deadlineKind: 'rule', days: '3', time: '17:00', fixedDate: '', fixedTime: '', maxPerMember: '2', maxLength: '1000', notifyMembers: 'true' }, 'channel');
    expect(opened).toContain('Questions are open');
    const [window] = await store().questions.listWindows();
    const submit = (p: Person, text: string) => press(p, 'question.submit', { windowId: window!.id, questionId: '', formId: `f-${++n}`, agendaItem: '9', text, putTo: 'the Portfolio Holder', confirmSimilar: true, late: false });
    expect(await submit(people.member, typed.question)).toContain('Question received');
    expect(await submit(people.other, typed.secondQuestion)).toContain('Question received');
    const [first, second] = await store().questions.listQuestions(window!.id);

    // The chair reviews: the queue, accept, reject with a reason, a written answer, approve, the pack.
    expect((await say(people.chair, 'question queue')).status).toBe(200);
    expect(await press(people.chair, 'question.review', { questionId: first!.id })).toContain('Review Q1');
    expect(await press(people.chair, 'question.accept', { questionId: first!.id, version: first!.version })).toContain('Accepted');
    expect(await press(people.chair, 'question.reject', { questionId: second!.id, version: second!.version, reason: typed.reason })).toContain('Rejected');
    const version = async () => (await store().questions.getQuestion(first!.id))!.version;
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(await press(people.chair, 'question.assign', { questionId: first!.id, version: await version(), officer: people.officer.aadObjectId, due })).toContain('Sent to');
    expect(await press(people.officer, 'question.answer', { questionId: first!.id, version: await version(), answer: typed.answer })).toContain('Sent to the chair');
    expect(await press(people.chair, 'question.approve', { questionId: first!.id, version: await version() })).toContain('Answer approved');
    expect((await say(people.chair, `question pack for ${inFiveWeeks}`)).status).toBe(200);

    // The scheduler's jobs as they run on the next minute (the feed posts the update to the channel),
    // and the outbox delivers the notices and the feed post.
    const nextMinute = new Date(Date.now() + 90_000);
    const jobs = proactiveJobs({ stores: store(), directory, cards: createCardRenderer(), timeZone: 'Europe/London', logger });
    await new Scheduler({ jobs, store: store().jobs, clock: () => nextMinute, timeZone: 'Europe/London', logger, intervalMs: 60_000 }).runOnce();
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const counts = await store().outbox.counts();
      const fed = (await store().outbox.list({ limit: 200 })).some((m) => m.key.startsWith('feed'));
      if (fed && counts.pending + counts.sending === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await store().outbox.counts()).sent).toBeGreaterThan(3);

    // A turn that fails: the store goes away under it. (An action's status reads its officers' updates
    // from the store; a question the papers answer may be answered from the index in memory.)
    await store().close();
    expect((await say(people.member, typed.errorTurn)).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await bot?.stop().catch(() => undefined);
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logged the workflow at info level (so the check below reads real lines)', () => {
    const messages = log.infoAndAbove().map((l) => l.msg);
    for (const expected of [
      'bot listening on /api/messages',
      'feed channel command',
      'action update submitted',
      'indicator value submitted',
      'question window',
      'question submission',
      'question review',
      'question answer',
      'question answer review',
      'scheduled job ran',
      'outbox round',
      'turn failed',
    ]) {
      expect(messages).toContain(expected);
    }
    expect(log.infoAndAbove().find((l) => l.msg === 'turn failed')?.reference).toMatch(/^[A-Z2-9]{8}$/);
  });

  it('has no name, e-mail, Entra id or typed text in any line at info level or above', () => {
    const lines = log.infoAndAbove().map((l) => JSON.stringify(l));
    const found = personalData.flatMap((secret) => lines.filter((line) => line.toLowerCase().includes(secret.toLowerCase())).map((line) => `${secret} in ${line.slice(0, 300)}`));
    expect(found).toEqual([]);
  });
});
