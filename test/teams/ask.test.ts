import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/store/ports';
import { activityFixture } from '../helpers/fixtures';
import { cardText, createTestBot, firstCard, type TestBot } from '../helpers/test-bot';
import { openSeedStores } from '../helpers/seed-ask-catalogue';

/**
 * Members ask, through the real app: Teams payloads in, answer cards out, over the five seed packs.
 * Each test talks in its own conversation, so follow-ups see only their own history.
 */
let stores: Stores;
let t: TestBot;
let conversation = 0;

beforeAll(async () => {
  stores = await openSeedStores();
  t = await createTestBot({ stores });
});

afterAll(async () => {
  await stores.close();
});

/** A personal chat of its own. */
function chat() {
  conversation += 1;
  const id = `a:ask-test-${conversation}`;
  return async (text: string, overrides: Partial<Activity> = {}) => {
    const sent = await t.send(
      activityFixture('message-personal', { id: `m-${conversation}-${Math.random()}`, text, conversation: { id, conversationType: 'personal', tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9' }, ...overrides }),
    );
    const card = firstCard(sent);
    // The card's plain-text fallback holds every word of the answer, unescaped.
    return { sent, card, text: String(card?.fallbackText ?? sent[0]?.text ?? ''), kind: (card?.body as { id?: string }[] | undefined)?.[0]?.id };
  };
}

describe('members ask', () => {
  it('answers an indicator with its figure, period, target, status with the rule, comparators and source', async () => {
    const ask = chat();
    const plan = 'medway/medway-childrens-services-action-plan';
    await stores.planSettings.update(plan, { tolerancePercent: 20 });
    const { kind, text, card } = await ask('caseloads in the cpc and iro service (cp)');
    expect(kind).toBe('answer-kind-indicator');
    expect(text).toContain('87');
    expect(text).toContain("Amber: 87 against a target of 75, inside the 20% tolerance; lower is better (plan: 'Caseloads in CPC and IRO Service reduced (CP)').");
    expect(text).toMatch(/Source: Cabinet – Supplementary agenda No\.2, pages? 9/);
    expect(typeof card?.fallbackText).toBe('string');
    await stores.planSettings.update(plan, { tolerancePercent: 0 });
  });

  it('gives comparators with their periods and says which comparator the papers lack', async () => {
    const { kind, text } = await chat()('telford custody rate v england?');
    expect(kind).toBe('answer-kind-indicator');
    expect(text).toContain('0.12');
    expect(text).toContain('calendar year 2018');
    expect(text).toMatch(/no England figure for this; they give national 0\.32 \(calendar year 2018\)/);
    expect(text).toMatch(/No status: this indicator has no target/);
  });

  it('gives both of two conflicting figures and judges neither', async () => {
    const { text } = await chat()('west mercia use of custody');
    expect(text).toMatch(/different figures for the same period: 0\.05 .* and 0\.07/);
    expect(text).toContain('No status: the papers give conflicting figures.');
  });

  it('answers an action with its lead (and who holds the role), due date, lateness and status', async () => {
    const { kind, text } = await chat()('who leads 1.9 and is it late');
    expect(kind).toBe('answer-kind-action');
    expect(text).toContain('Head of Service, Safeguarding');
    expect(text).toContain('Paul Startup');
    expect(text).toContain('It is overdue: it was due by October 2019.');
    expect(text).not.toContain('31 October 2019');
    expect(text).toContain('No status recorded');
  });

  it('lists overdue actions a page at a time, saying how many there are, and "more" gives the next page', async () => {
    const ask = chat();
    const first = await ask('which actions are overdue in the improvement plan');
    expect(first.kind).toBe('answer-kind-list');
    const total = Number(/(\d+) actions in total; showing 1–8 \(page 1 of (\d+)\)/.exec(first.text)?.[1]);
    expect(total).toBeGreaterThan(8);
    const actions = (first.card?.actions ?? []) as { title: string; data: { say: string } }[];
    expect(actions.map((a) => a.data)).toEqual([{ say: 'more' }]);
    expect(actions[0]!.title).toBe('Show the next 8');
    // Pressed, the button arrives as Teams and the Playground send an Action.Submit: no text, its data as the value.
    const second = await ask('', { value: actions[0]!.data });
    expect(second.kind).toBe('answer-kind-list');
    expect(second.text).toMatch(new RegExp(`${total} actions in total; showing 9–`));
  });

  it('lists refs in the council\'s numbering, 1.2 before 1.10, page after page', async () => {
    const ask = chat();
    const refs: string[] = [];
    let reply = await ask("actions under priority 1 in medway children's services action plan");
    expect(reply.kind).toBe('answer-kind-list');
    for (let page = 0; page < 4; page++) {
      const items = ((reply.card?.body ?? []) as { type: string; items?: { text?: string }[] }[]).flatMap((e) => e.items ?? []);
      refs.push(...items.map((i) => /^(\d+\.\d+):/.exec(i.text ?? '')?.[1]).filter((r): r is string => !!r));
      if (!/Show the next/.test(JSON.stringify(reply.card?.actions ?? []))) break;
      reply = await ask('more');
    }
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.indexOf('1.2')).toBeLessThan(refs.indexOf('1.10'));
    const numbers = refs.map((r) => Number(r.split('.')[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('summarises a plan: priorities, counts, its status key in its own words, version and owner', async () => {
    const { kind, text } = await chat()('tell me about the yot plan');
    expect(kind).toBe('answer-kind-plan');
    expect(text).toContain('21 actions under 5 priorities');
    expect(text).toContain('Some progress');
    expect(text).toContain('V1 (1 June 2020)');
    expect(text).toContain('Medway Youth Offending Team and Youth Justice Partnership Board');
  });

  it('says plainly when a pack gives no question deadline, and points to the contact instead of inventing one', async () => {
    const { kind, text } = await chat()('question deadline for the medway children and young people overview and scrutiny committee');
    expect(kind).toBe('answer-kind-not-found');
    expect(text).toContain('The papers give no deadline for questions for the Children and Young People Overview and Scrutiny Committee meeting on Thursday 2 March 2023.');
    expect(text).toContain('Stephanie Davis');
    expect(text).toContain('democratic.services@medway.gov.uk');
  });

  it('gives the deadline and where to send questions when the pack states them', async () => {
    const { text } = await chat()('where do I send questions for the herefordshire children and young people scrutiny committee');
    expect(text).toContain('Deadline: Tuesday 10 September 2019 at 5pm.');
    expect(text).toContain('Send questions to councillorservices@herefordshire.gov.uk.');
  });

  it('quotes the best passage of the papers with its document and pages', async () => {
    const { kind, text } = await chat()('what did the DfE commissioner say about leadership?');
    expect(kind).toBe('answer-kind-passage');
    expect(text.toLowerCase()).toContain('leadership');
    expect(text).toMatch(/Source: Cabinet – Supplementary agenda No\.2, pages? \d+/);
  });

  it.each(['how long are kids waiting in PLO now?', 'how long do kids wait in PLO'])('answers "%s" with the PLO figure', async (question) => {
    const { kind, text } = await chat()(question);
    expect(kind).toBe('answer-kind-indicator');
    expect(text).toContain('38 weeks');
  });

  it('keeps the subject for a follow-up', async () => {
    const ask = chat();
    const first = await ask('how long are children stuck in PLO');
    expect(first.text).toContain('38 weeks');
    const second = await ask('and the target?');
    expect(second.kind).toBe('answer-kind-indicator');
    expect(second.text).toContain('The target is 16 weeks.');
  });

  it('keeps a risk as the subject of a follow-up', async () => {
    const ask = chat();
    expect((await ask("what's the rating of the yot budget reduction risk")).text).toContain('Rated C2.');
    const mitigation = await ask('and the mitigation?');
    expect(mitigation.text).toContain('Mitigation: 3 year strategy identifying budget');
    expect(mitigation.text).toContain('Reduction in budget from Medway');
    expect((await ask('who owns it?')).text).toContain('The paper names no owner for this risk.');
  });

  it('asks back with buttons when two things match about equally, and a button gets the answer it names', async () => {
    const ask = chat();
    const { kind, card } = await ask('who leads 1.1');
    expect(kind).toBe('answer-kind-ask-back');
    // One full-width button a row, each leading with what tells it apart (not four "1.1: ..." on a phone).
    const rows = ((card?.body ?? []) as { type: string; actions?: { type: string; title: string; data: { say: string } }[] }[]).filter((e) => e.type === 'ActionSet');
    expect(rows).toHaveLength(4);
    const buttons = rows.map((r) => r.actions![0]!);
    for (const b of buttons) expect(b).toMatchObject({ type: 'Action.Submit', data: { say: expect.any(String) } });
    const starts = buttons.map((b) => b.title.slice(0, 20));
    expect(new Set(starts).size).toBe(4);
    expect(buttons.every((b) => !b.title.startsWith('1.1'))).toBe(true);
    const dtoc = buttons.find((b) => b.data.say.includes('DToC'))!;
    const answer = await ask('', { value: dtoc.data });
    expect(answer.kind).toBe('answer-kind-action');
    expect(answer.text).toContain('AGREE METRICS FOR PLAN');
  });

  it('says when nothing matches, shows what it can answer, and invents no figure', async () => {
    const { kind, card, text } = await chat()('how many potholes were filled on the A2 last winter');
    expect(kind).toBe('answer-kind-not-found');
    expect(text).toContain("so I won't guess");
    expect(text).toContain('I can answer questions about');
    const body = (card?.body ?? []) as { type: string }[];
    expect(body.some((e) => e.type === 'FactSet')).toBe(false);
  });

  it("shows an officer's update as the action's current status", async () => {
    const ask = chat();
    const actionId = 'medway/medway-childrens-services-action-plan#1.12';
    const appended = await stores.actionUpdates.append(
      {
        id: 'update-ask-test-1',
        idempotencyKey: 'ask-test-1',
        actionId,
        planId: 'medway/medway-childrens-services-action-plan',
        status: 'A',
        commentary: 'Two adoption panels moved; tracker now weekly.',
        revisedDue: '2027-01-31',
        author: { name: 'Sam Officer' },
        at: '2026-11-18T10:00:00.000Z',
      },
      0,
    );
    expect(appended.kind).toBe('ok');
    const { text } = await ask('status of action 1.12');
    expect(text).toContain('Amber (Limited evidence of progress');
    expect(text).toContain('Sam Officer');
    expect(text).toContain('Two adoption panels moved; tracker now weekly.');
    expect(text).toContain('31 January 2027');
    expect(text).not.toMatch(/1\.12[^|]*overdue/);
  });

  it("shows an officer's recorded value as an indicator's latest figure, with its status", async () => {
    const ask = chat();
    await stores.recordedValues.record({
      id: 'value-ask-test-1',
      idempotencyKey: 'value-ask-test-1',
      indicatorId: 'medway/medway/of-social-workers-above-target-caseload-in-the-area-teams-cs-dashboard/medway-childrens-services-action-plan-2-6-1',
      planId: 'medway/medway-childrens-services-action-plan',
      period: 'October 2026',
      periodEnd: '2026-10-31',
      value: 41,
      status: 'red',
      statusReason: 'Red: 41% against a target of 20%, missing it, and the plan sets no tolerance; lower is better.',
      author: { name: 'Pat Analyst' },
      at: '2026-11-10T09:00:00.000Z',
    });
    const { text } = await ask('social workers above target caseload');
    expect(text).toContain('Latest: 41% (October 2026).');
    expect(text).toContain('Red: 41% against a target of 20%');
    expect(text).toContain('Down from 64% (in the papers, period not stated) to 41% (October 2026), an improvement.');
    expect(text).toContain('Pat Analyst');
  });

  it('answers in a channel when @mentioned, and in a group chat', async () => {
    const channel = await t.send(activityFixture('message-channel', { text: '<at>Board and scrutiny</at> agenda for cabinet on 14 january 2020' }));
    expect((firstCard(channel)?.body as { id: string }[])[0]?.id).toBe('answer-kind-meeting');
    const group = await t.send(
      activityFixture('message-personal', { text: 'what does PLO stand for', conversation: { id: '19:ask-group@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9' } }),
    );
    expect(cardText(firstCard(group))).toContain('PLO stands for Public Law Outline.');
  });

  it('marks every answer card with its kind on its first element, with a text fallback, under 40 KB', async () => {
    const ask = chat();
    for (const question of ['weeks in plo', 'who leads 2A on the yot plan', 'overdue actions', 'summary of the dtoc plan', 'next cabinet meeting', 'what is MASH', 'who leads 1.1', 'zzz qqq']) {
      const { card } = await ask(question);
      const first = (card?.body as { id?: string }[])[0];
      expect(first?.id).toMatch(/^answer-kind-(indicator|action|list|plan|meeting|passage|ask-back|not-found)$/);
      expect(String(card?.fallbackText).length).toBeGreaterThan(10);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(40 * 1024);
    }
  });

  it('lists the way to ask on the help card', async () => {
    const { sent } = await chat()('help');
    expect(cardText(firstCard(sent))).toContain('Ask in your own words');
  });

  it('keeps question text out of info-level logs', async () => {
    await chat()('what is Kelly Cogger responsible for');
    const info = t.logs.lines().filter((l) => (l.level as number) >= 30);
    expect(JSON.stringify(info)).not.toContain('Kelly Cogger');
  });

  it('answers two questions in one message with a card each, and follows on from the last', async () => {
    const ask = chat();
    const { sent } = await ask("what is action 1.9 and what's the target");
    const kinds = sent.map((a) => (a.attachments?.[0]?.content as { body?: { id?: string }[] } | undefined)?.body?.[0]?.id);
    expect(kinds).toEqual(['answer-kind-action', 'answer-kind-indicator']);
    const next = await ask('and the target?');
    expect(next.kind).toBe('answer-kind-indicator');
    expect(next.text).toContain('38 weeks');
  });

  it('follows on from a figure with steering words alone, and from a figure to the action it measures', async () => {
    const ask = chat();
    await ask('weeks in plo');
    const latest = await ask('and the latest?');
    expect(latest.kind).toBe('answer-kind-indicator');
    expect(latest.text).toContain('38 weeks');
    const lead = await ask('who leads it?');
    expect(lead.kind).toBe('answer-kind-action');
    expect(lead.text).toContain('Head of Service, Safeguarding');
    expect((await ask('ok thanks')).kind).not.toBe('answer-kind-ask-back');
  });
});
