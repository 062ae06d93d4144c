import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryPerson } from '../../src/domain/directory';
import { createTestBot } from '../helpers/test-bot';
import { inputValue } from '../services/questions/harness';
import { cardOf, COMMITTEE, people, press, run, say, snapshot, type Turn } from './harness';
import { ACTION, buildScenario, buttonWithVerb, MEETING, OPEN, type Scenario } from './scenario';

/**
 * Issue 8: "Limits: request body size, card field lengths, number of items per page."
 *
 * The request body limit (413) is tested in test/server.test.ts. Here: every field a person types on
 * a card, sent over its limit through the real app, is refused with a message next to the field that
 * says what the limit is, nothing is saved, and what they typed comes back in the box (whole up to
 * twice the limit; past that, cut and said so, as a card cannot hold more). And every list the bot
 * shows stops at a page, says how many more there are, and stays inside Teams' card size.
 */
const MAX_CARD_BYTES = 40 * 1024;
const bytes = (card: unknown) => Buffer.byteLength(JSON.stringify(card ?? {}), 'utf8');
/** What a person reads: card text with Markdown escapes taken off. */
const readable = (turn: Turn) => turn.text.replace(/\\([\\`*_[\]()#+!<>|~\-.{}])/g, '$1');
/** Exactly `n` characters of words, ending in a full stop (the rules trim spaces off the ends). */
const long = (n: number, word = 'word ') => `${word.repeat(Math.ceil(n / word.length)).slice(0, n - 1)}.`;

const members: DirectoryPerson[] = Array.from({ length: 30 }, (_, i) => ({
  name: `Cllr Member ${i + 1}`,
  aadObjectId: `e1000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  roles: ['member'],
  jobTitles: [],
  committees: [COMMITTEE],
}));

describe('card fields over their limits', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await buildScenario();
  });
  afterAll(async () => {
    await s?.stores.close();
  });

  const submitQuestion = (fields: Record<string, unknown>) => ({ windowId: s.windowId, questionId: '', formId: 'form-long', agendaItem: '9', text: 'A question about fostering households?', putTo: '', confirmSimilar: true, late: false, ...fields });
  const update = async (fields: Record<string, unknown>) => ({ actionId: ACTION, version: await s.updateVersion(), status: 'R', commentary: 'Behind plan.', nextSteps: 'Recover by May.', revisedDue: '', evidenceUrl: '', ...fields });

  const cases: { name: string; send: () => Promise<Parameters<typeof run>[1]>; field: string; typed: string; kept?: number; message: string }[] = [
    { name: 'update commentary, just over 2000', field: 'commentary', typed: long(2500), message: 'Keep the commentary under 2000 characters (it has 2500).', send: async () => press(people.sam, 'action.update', await update({ commentary: long(2500) })) },
    { name: 'update commentary, far over (50,000)', field: 'commentary', typed: long(50_000), kept: 4000, message: 'Keep the commentary under 2000 characters (it has 50000). Only its first 4000 characters are kept below.', send: async () => press(people.sam, 'action.update', await update({ commentary: long(50_000) })) },
    { name: 'update next steps', field: 'nextSteps', typed: long(1500), message: 'Keep this under 1000 characters (it has 1500).', send: async () => press(people.sam, 'action.update', await update({ nextSteps: long(1500) })) },
    { name: 'update evidence link', field: 'evidenceUrl', typed: `https://council.example/${long(600, 'a')}`, message: 'Links over 500 characters are not accepted', send: async () => press(people.sam, 'action.update', await update({ status: 'G', evidenceUrl: `https://council.example/${long(600, 'a')}` })) },
    { name: 'indicator value commentary', field: 'commentary', typed: long(1200), message: 'Keep the commentary under 1000 characters.', send: async () => press(people.sam, 'indicator.record', { offered: s.offered, indicatorId: s.offered[0], period: 'February 2026', periodEnd: '', value: '31', commentary: long(1200) }) },
    { name: 'indicator value period', field: 'period', typed: long(150), message: 'Keep the period under 100 characters.', send: async () => press(people.sam, 'indicator.record', { offered: s.offered, indicatorId: s.offered[0], period: long(150), periodEnd: '', value: '31', commentary: '' }) },
    { name: 'question text, over the window limit', field: 'text', typed: long(1200, 'Why '), message: 'Questions can be up to 1000 characters; this one is 1200.', send: async () => press(people.mo, 'question.submit', submitQuestion({ text: long(1200, 'Why ') })) },
    { name: 'question text, far over (9,000)', field: 'text', typed: long(9000, 'Why '), kept: 2000, message: 'Questions can be up to 1000 characters; this one is 9000. Shorten it by 8000. Only its first 2000 characters are kept below.', send: async () => press(people.mo, 'question.submit', submitQuestion({ text: long(9000, 'Why ') })) },
    { name: 'question "to whom"', field: 'putTo', typed: long(500), kept: 400, message: 'Keep "to whom" under 200 characters (a name or a role).', send: async () => press(people.mo, 'question.submit', submitQuestion({ putTo: long(500) })) },
    { name: 'reason for rejecting', field: 'reason', typed: long(600), message: 'Keep the reason under 500 characters.', send: async () => press(people.chair, 'question.reject', { questionId: s.q2, version: await s.version(s.q2), reason: long(600) }) },
    { name: 'reason for rejecting, far over (5,000)', field: 'reason', typed: long(5000), kept: 1000, message: 'Keep the reason under 500 characters. Only its first 1000 characters are kept below.', send: async () => press(people.chair, 'question.reject', { questionId: s.q2, version: await s.version(s.q2), reason: long(5000) }) },
    { name: 'note sending an answer back', field: 'note', typed: long(1500), message: 'Keep the note to the officer under 1000 characters (it has 1500).', send: async () => press(people.chair, 'question.return', { questionId: s.q1, version: await s.version(s.q1), note: long(1500) }) },
    { name: 'written answer', field: 'answer', typed: long(9000), message: 'Answers can be up to 8000 characters; this one is 9000.', send: async () => press(people.sam, 'question.answer', { questionId: s.q1, version: await s.version(s.q1), answer: long(9000) }) },
    { name: 'written answer, far over (20,000)', field: 'answer', typed: long(20_000), kept: 16_000, message: 'Only its first 16000 characters are kept below.', send: async () => press(people.sam, 'question.answer', { questionId: s.q1, version: await s.version(s.q1), answer: long(20_000) }) },
    { name: 'meeting venue', field: 'venue', typed: long(400), message: 'Keep the venue under 300 characters.', send: async () => press(people.chair, 'question.meeting.create', { ...MEETING, date: '2026-05-14', venue: long(400) }) },
    { name: 'meeting agenda', field: 'agenda', typed: `8 ${long(7000)}`, message: 'Keep this under 6000 characters (it has 7002).', send: async () => press(people.chair, 'question.meeting.create', { ...MEETING, date: '2026-05-14', agenda: `8 ${long(7000)}` }) },
    { name: 'meeting agenda when opening', field: 'agenda', typed: `8 ${long(7000)}`, message: 'Keep this under 6000 characters (it has 7002).', send: async () => press(people.chair, 'question.open', { meeting: { ...MEETING, date: '2026-05-14', agenda: `8 ${long(7000)}` }, ...OPEN }) },
  ];

  it.each(cases)('$name: refused next to the field, nothing saved, what was typed given back', async ({ send, field, typed, kept, message }) => {
    const before = await snapshot(s.stores.sql, 'business');
    const turn = await run(s.t, await send());
    const card = cardOf(turn);
    expect(readable(turn)).toContain(message);
    expect(inputValue(card, field)).toBe(kept ? typed.slice(0, kept) : typed);
    expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
    expect(await snapshot(s.stores.sql, 'business')).toEqual(before);
  });
});

describe('lists stop at a page and say how many more', () => {
  let s: Scenario;
  const commentary = long(2000, 'Recovery plan agreed with partners; ');
  beforeAll(async () => {
    s = await buildScenario(members);
    // 30 members ask long questions; the chair accepts 28 of them.
    for (const [i, m] of members.entries()) {
      const turn = await run(s.t, press(m, 'question.submit', { windowId: s.windowId, questionId: '', formId: `f-${i}`, agendaItem: i % 2 ? '8' : '9', text: `Question ${i + 1}: ${long(950, `topic${i} `)}`, putTo: '', confirmSimilar: true, late: false }));
      expect(turn.text).toContain('Question received');
    }
    for (const q of (await s.stores.questions.listQuestions(s.windowId)).filter((x) => x.status === 'submitted').slice(0, 28)) {
      expect((await run(s.t, press(people.chair, 'question.accept', { questionId: q.id, version: q.version }))).text).toContain('Accepted');
    }
    // Officers' side: 30 updates of action 1.9, each with the longest commentary allowed.
    for (let i = 0; i < 30; i++) {
      const turn = await run(s.t, press(people.sam, 'action.update', { actionId: ACTION, version: await s.updateVersion(), status: i % 2 ? 'R' : 'A', commentary, nextSteps: long(1000, 'Next: '), revisedDue: '', evidenceUrl: '' }));
      expect(turn.text).toContain('updated this on');
    }
    for (let i = 0; i < 20; i++) {
      const key = `notice:dead-${i}`;
      await s.stores.outbox.enqueue({ key, target: { kind: 'conversation', conversationId: `19:gone-${i}@thread.tacv2` }, text: 'x' });
    }
    const at = new Date('2026-03-20T10:00:00Z');
    for (const m of await s.stores.outbox.claim('limits', at.toISOString(), new Date(at.getTime() + 60_000).toISOString(), 100)) {
      await s.stores.outbox.markFailed(m.key, 'limits', long(400, 'The conversation was deleted. '), at.toISOString());
    }
  });
  afterAll(async () => {
    await s?.stores.close();
  });

  /** Buttons on a card with this verb (an Action.Submit that is an Action.Execute's fallback is the same button). */
  const count = (card: unknown, verb: string) => {
    let n = 0;
    const walk = (v: unknown, key: string) => {
      if (Array.isArray(v)) v.forEach((item) => walk(item, key));
      else if (v && typeof v === 'object') {
        const node = v as Record<string, unknown>;
        if (node.type === 'Action.Execute' && node.verb === verb) n += 1;
        if (node.type === 'Action.Submit' && key !== 'fallback' && (node.data as { verb?: string } | undefined)?.verb === verb) n += 1;
        for (const [k, child] of Object.entries(node)) walk(child, k);
      }
    };
    walk(card, '');
    return n;
  };

  it("the chair's question queue: 25 of 32, those waiting first", async () => {
    const turn = await run(s.t, say(people.chair, 'question queue'));
    const card = cardOf(turn);
    // Each entry has one Review button, as Action.Execute with an Action.Submit fallback.
    expect(count(card, 'question.review')).toBe(25);
    expect(readable(turn)).toContain('Showing 25 of 32 questions, those waiting for review first.');
    expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('the accepted questions of a meeting: the first 25 of 29, pointing to the pack', async () => {
    const turn = await run(s.t, say(people.mo, 'what questions are in for the 9 April meeting?'));
    const card = cardOf(turn);
    expect(readable(turn)).toContain('29 accepted questions');
    expect(readable(turn).match(/Question \d+ \(Q\d+\)/g)).toHaveLength(25);
    expect(readable(turn)).toContain("The first 25 of 29; the chair's question pack has them all.");
    expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('a merge drop-down offers the 30 most alike of 31 questions', async () => {
    const card = cardOf(await run(s.t, press(people.chair, 'question.review', { questionId: s.q2 })));
    let into: { choices?: unknown[] } | undefined;
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        if ((v as { id?: string }).id === 'into') into = v as { choices?: unknown[] };
        Object.values(v).forEach(walk);
      }
    };
    walk(card);
    expect(into?.choices).toHaveLength(30);
    expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it("an action's history: the newest 25 of 31 changes", async () => {
    const turn = await run(s.t, say(people.mo, 'history 1.9'));
    const card = cardOf(turn);
    expect(readable(turn).match(/ · Sam Officer/g)).toHaveLength(25);
    expect(readable(turn)).toContain('And 6 earlier changes.');
    expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('the outbox: 15 of those given up, with the count of all', async () => {
    const dead = (await s.stores.outbox.counts()).dead;
    expect(dead).toBeGreaterThan(20);
    const turn = await run(s.t, say(people.ada, 'outbox'));
    const card = cardOf(turn);
    expect(readable(turn)).toContain(`Given up | ${dead}`);
    expect(readable(turn).match(/ attempts?\. /g)).toHaveLength(15);
    expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('my actions: 20 at most, saying how many more and how to reach them', async () => {
    const leads = [...new Set((await s.stores.catalogue.listActions()).filter((a) => a.planId === ACTION.split('#')[0]).flatMap((a) => a.leads))];
    const everything: DirectoryPerson = { name: 'Lee Leads', aadObjectId: 'f1000000-0000-4000-8000-000000000001', roles: ['officer'], jobTitles: leads, committees: [] };
    const t = await createTestBot({ stores: s.stores, directory: { people: [everything] }, clock: () => new Date('2026-03-20T10:00:00Z') });
    const turn = await run(t, say(everything, 'my actions'));
    const card = cardOf(turn);
    const total = Number(/You can update (\d+) actions/.exec(readable(turn))?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(count(card, 'action.open')).toBe(20);
    expect(readable(turn)).toContain(`And ${total - 20} more: type update followed by the action's ref`);
    expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('a status report: 20 exception lines at most, each commentary clipped', async () => {
    const plan = ACTION.split('#')[0]!;
    const actions = (await s.stores.catalogue.listActions()).filter((a) => a.planId === plan).slice(0, 26);
    for (const a of actions) {
      const latest = (await s.stores.actionUpdates.latest([a.id])).get(a.id);
      await run(s.t, press(people.ada, 'action.update', { actionId: a.id, version: latest?.version ?? 0, status: 'R', commentary, nextSteps: long(1000, 'Next: '), revisedDue: '', evidenceUrl: '' }));
    }
    const turn = await run(s.t, say(people.mo, 'report medway childrens services exceptions'));
    const card = cardOf(turn);
    expect(readable(turn)).toMatch(/Exceptions: .*; the first 20 here/);
    expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });
});

describe("a member's own questions", () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await buildScenario();
  });
  afterAll(async () => {
    await s?.stores.close();
  });

  it('my questions: the 25 most recent, across meetings', async () => {
    // Six more meetings, each taking up to five questions from Mo.
    for (let m = 0; m < 6; m++) {
      const meeting = { ...MEETING, date: `2026-0${5 + Math.floor(m / 3)}-${String(10 + m).padStart(2, '0')}` };
      const form = cardOf(await run(s.t, press(people.chair, 'question.meeting.create', meeting)));
      expect((await run(s.t, press(people.chair, 'question.open', { ...buttonWithVerb(form, 'question.open'), ...OPEN, maxPerMember: '5' }))).text).toContain('Questions are open');
    }
    for (const w of (await s.stores.questions.listWindows()).slice(1)) {
      for (let i = 0; i < 5; i++) {
        const turn = await run(s.t, press(people.mo, 'question.submit', { windowId: w.id, questionId: '', formId: `f-${w.id}-${i}`, agendaItem: '9', text: `Question ${i} for ${w.meeting.date}: ${long(900, 'detail ')}`, putTo: '', confirmSimilar: true, late: false }));
        expect(turn.text).toContain('Question received');
      }
    }
    const turn = await run(s.t, say(people.mo, 'my questions'));
    const card = cardOf(turn);
    expect(readable(turn).match(/Q\d+ · /g)).toHaveLength(25);
    expect(readable(turn)).toContain('Your 25 most recent questions of 30.');
    expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });
});
