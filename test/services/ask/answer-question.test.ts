import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AskCatalogue, createAskCache } from '../../../src/services/ask/ask-catalogue';
import { answerQuestion } from '../../../src/services/ask/answer-question';
import type { Answer } from '../../../src/services/ask/answer-types';
import type { Stores } from '../../../src/store/ports';
import { readSeedFiles } from '../../../src/import/seed-files';
import { importFiles } from '../../../src/services/import-files';
import { openSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/**
 * The answers over the five seed packs and the real stores (officers' updates included), asked in
 * words, at 2 January 2020 (inside the packs' period) unless a test says otherwise.
 */
let stores: Stores;
let catalogue: AskCatalogue;
const now = new Date('2020-01-02T10:00:00Z');

beforeAll(async () => {
  const directory = [{ name: 'Kim Officer', email: 'kim@medway.example', roles: ['officer' as const], jobTitles: ['Fostering Manager'], committees: [] }];
  ({ stores, catalogue } = await openSeedAskCatalogue(directory));
});

afterAll(async () => {
  await stores.close();
});

const ask = (text: string, at: Date = now, memory?: Answer['memory']): Promise<Answer> =>
  answerQuestion(catalogue, stores, { text, now: at, timeZone: 'Europe/London', ...(memory ? { memory } : {}) });
const all = (a: Answer) => [a.title, a.headline, a.quote ?? '', ...a.facts.map((f) => `${f.title}: ${f.value}`), ...a.sections.flatMap((s) => [s.heading, ...(s.facts ?? []).map((f) => `${f.title}: ${f.value}`), ...(s.lines ?? [])]), ...(a.items ?? []).map((i) => `${i.title} ${i.detail}`), ...a.notes, ...a.sources].join('\n');

describe('indicator answers', () => {
  // "Doing" asks how a thing performs here, not who does it (an action's lead).
  it.each(['how are we doing on care leavers in suitable accomodation', 'care leavers in suitable accommodation - how are we doing?'])('reads "how are we doing" as a figure asked: "%s"', async (text) => {
    const a = await ask(text);
    expect(a.kind).toBe('indicator');
    expect(a.title).toMatch(/^In suitable accommodation on 19 th to 21 st birthday/);
  });

  // "What's being done" asks what is acted on, not a status: "why ... higher" asks a reason, which the papers give.
  it('searches the papers for why a figure is high and what is being done, not its status', async () => {
    const a = await ask("why is herefordshires first time entrant rate higher than it should be, and what's being done?");
    expect(a.kind).toBe('passage');
    expect(all(a)).toContain('Herefordshire rate remains higher than national rate');
  });

  // Medway's first-time entrant rate is dated April to March 2019: none of it falls in 2021.
  it.each(['first time entrants rate in medway in 2021', 'medway first time entrants rate for 2021'])('says when the papers give no figure for the period asked: "%s"', async (text) => {
    const a = await ask(text);
    expect(a.kind).toBe('indicator');
    expect(a.headline).toContain('The papers give no figure for 2021. Latest: 226 per 100,000 (April to March 2019).');
  });

  // The agency rate's one figure is the plan's "current performance", undated: it may be of 2019.
  it('says nothing of the period asked where a figure is undated', async () => {
    // Named whole: "the agency social worker rate in 2019" alone is asked back beside the staffing table's agency FTE.
    const a = await ask('what was the agency social worker rate in assessment and area teams in 2019');
    expect(a.kind).toBe('indicator');
    expect(a.headline).not.toContain('no figure for');
  });

  it("takes the direction from the plan's own words and says so in the status", async () => {
    const a = await ask('weeks in plo');
    expect(a.kind).toBe('indicator');
    expect(all(a)).toContain('Latest: 38 weeks');
    expect(all(a)).toContain('Target: 16 weeks');
    expect(all(a)).toContain("Red: 38 weeks against a target of 16 weeks, missing it, and the plan sets no tolerance; lower is better (plan: 'minimise delays for children').");
    expect(all(a)).toContain("Better: Lower is better (plan: 'minimise delays for children')");
  });

  it('takes the direction from the target against the starting figure when the plan says nothing, and says so', async () => {
    const a = await ask('agency social worker rate');
    expect(a.kind).toBe('indicator');
    expect(all(a)).toContain('Red: 34.6% against a target of 20.0%, missing it, and the plan sets no tolerance; lower is better (the target (20%) is below the starting figure (34.6%)).');
  });

  it('says a target is still to be agreed or set, as the plan words it', async () => {
    const a = await ask('target for number of care leavers undertaking apprenticeships');
    expect(all(a)).toContain('Target: to be agreed (the plan says "To be agreed")');
    const b = await ask('number of audits completed by cycle');
    expect(all(b)).toContain('Target: to be set (the plan says "To be set")');
    expect(all(b)).toContain('Status: No status');
  });

  it("judges a figure against its target with the plan's tolerance, and says the rule", async () => {
    await stores.planSettings.update('medway/medway-childrens-services-action-plan', { tolerancePercent: 10 });
    const a = await ask('% unfilled posts');
    expect(all(a)).toContain("Red: 5.2% against a target of 1.0%, outside the 10% tolerance; lower is better (plan: 'Reduction in unfilled posts').");
    await stores.planSettings.update('medway/medway-childrens-services-action-plan', { tolerancePercent: 0 });
  });

  it('gives two conflicting figures side by side, judging neither and drawing no trend', async () => {
    const a = await ask('first time entrants number in herefordshire');
    expect(a.headline).toMatch(/different figures for the same period: 52 .* and 54/);
    expect(a.facts.find((f) => f.title === 'Trend')).toBeUndefined();
  });

  it('names the comparator asked for, or says the papers lack it and gives those they have', async () => {
    const a = await ask('use of custody in shropshire compared with the west mercia average');
    expect(a.headline).toContain('West Mercia 0.05 (calendar year 2018)');
    const b = await ask('reoffending rate in worcestershire v statistical neighbours');
    expect(b.headline).toMatch(/no statistical neighbours figure for this; they give national 40.6% \(April 2016 to March 2017\)/);
  });
});

describe('what a reply quotes back', () => {
  it('is the question as typed, not as its spelling was put right', async () => {
    const a = await ask('custody rate in knet');
    expect(a.kind).toBe('not-found');
    expect(a.headline).toContain('I hold no papers or figures for Kent');
    expect(a.headline).toContain('"custody rate in knet"');
  });

  it('does not depend on whether someone asked first in capitals', async () => {
    const first = await ask('the PCT budget');
    const second = await ask('the pct budget');
    expect(first.headline).toContain('PCT');
    expect(second.headline).not.toContain('PCT');
  });
});

describe('action answers', () => {
  it('says where the plan gives the same action again', async () => {
    const a = await ask('graduated response document - owner and due date?');
    expect(a.kind).toBe('action');
    expect(a.notes).toContain('The plan gives the same action again as K.1.');
  });

  it('gives the success measure and the resources the plan names', async () => {
    const a = await ask('action 5.10 housing for 16 and 17 yr olds - success measure and resources?');
    expect(a.kind).toBe('action');
    expect(all(a)).toContain('Success measure: Implement and embed housing protocol');
    expect(all(a)).toContain('Resources: Within existing resources');
  });

  it('answers the success measure or the resources in the headline when that is what is asked', async () => {
    for (const text of ['success measure for action 5.6 of the childrens action plan', 'care leaver representation on cpb - success criteria?']) {
      expect((await ask(text)).headline, text).toBe('Success measure: Evidence of young people attending CPB');
    }
    for (const text of ['what resources does action 2.11 need', 'action 2.11 resourcing']) {
      expect((await ask(text)).headline, text).toMatch(/^Resources: Yes – additional SW and PA posts/);
    }
  });

  it('says an action has no status in one sentence, not two full stops', async () => {
    const a = await ask("what's the rag for action 1.9");
    expect(a.headline).toBe('Status: No status recorded: the plan gives none and no officer has updated it in Teams yet.');
  });

  it("gives an action's own status when the action is named, not its measure's", async () => {
    for (const text of ["what's the rag for action 1.9 of the childrens services action plan", 'action 1.9 childrens services action plan - status?']) {
      const a = await ask(text);
      expect(a.kind, text).toBe('action');
      expect(a.title, text).toBe("Action 1.9 of the Medway Children's Services Action Plan");
    }
  });

  it("takes an officer's update as the status, on the plan's own scale, with its revised date", async () => {
    await stores.actionUpdates.append(
      {
        id: 'svc-update-1',
        idempotencyKey: 'svc-update-1',
        actionId: 'medway/medway-youth-offending-team-and-youth-justice-partnership-board-improvement-plan#4A',
        planId: 'medway/medway-youth-offending-team-and-youth-justice-partnership-board-improvement-plan',
        status: 'some-progress',
        commentary: 'Girls audit half done.',
        revisedDue: '2020-03-31',
        author: { name: 'Ali Lead' },
        at: '2019-12-20T09:00:00.000Z',
      },
      0,
    );
    const a = await ask('what is the status of 4A on the yot plan');
    expect(a.headline).toContain('Status: Some progress, updated 20 December 2019 by Ali Lead.');
    expect(all(a)).toContain('Girls audit half done.');
    expect(all(a)).toContain('31 March 2020 (revised');
  });

  it('names who holds a lead role, from the papers and the directory, with their dates', async () => {
    const a = await ask('who leads 1.15 in the improvement plan');
    expect(a.headline).toContain('Fostering Manager (Theresa Gardiner; Kim Officer)');
    const b = await ask('who leads 1.9');
    expect(b.headline).toContain('Christine Impey until January 2020; Paul Startup from January 2020');
    expect(all(b)).not.toMatch(/\d+ January 2020/);
  });

  it('gives a due date as precisely as the plan does: a month stays a month', async () => {
    const a = await ask('when is 1.16 due in the improvement plan');
    expect(all(a)).toContain('April 2020 ("By April 2020 As part of Contract Monitoring")');
    expect(all(a)).not.toContain('30 April 2020');
  });

  it('reads a completion word in the due cell as the status, never "complete" beside "no status"', async () => {
    const a = await ask('status of 2.1 in the improvement plan');
    expect(all(a)).toContain('Due: End of September COMPLETED; complete');
    expect(all(a)).toMatch(/Status: .*as the plan gives it/);
    expect(all(a)).not.toContain('No status recorded');
  });

  it('finds no West Mercia delivery plan action overdue: that plan gives no timescales', async () => {
    const a = await ask('overdue actions in the west mercia youth justice delivery plan', new Date('2026-11-20T09:00:00Z'));
    expect(a.kind).toBe('list');
    expect(a.headline).toMatch(/^None/);
    expect(a.title).toMatch(/West Mercia/i);
    const b = await ask('when is 2.3.3 of the west mercia delivery plan due', new Date('2026-11-20T09:00:00Z'));
    expect(all(b)).toContain('No due date in the plan');
    expect(all(b)).not.toMatch(/overdue|31 March 2020/);
  });
});

describe('list answers', () => {
  // "Lead: Assistant Director / Lisa Morgan" heads priority 2 of the action plan; no action names her.
  it('says which priority a person leads as a whole when no action names them', async () => {
    const a = await ask('what does lisa morgan lead');
    expect(a.kind).toBe('list');
    expect(a.headline).toBe('None: no actions match.');
    expect(a.notes).toContain("Lisa Morgan leads priority 2 of the Medway Children's Services Action Plan as a whole (Capacity and capability of our workforce); its actions name their own leads.");
    expect(a.choices).toContainEqual({ label: 'Priority 2: Capacity and capability of our workforce', text: "priority 2 of the Medway Children's Services Action Plan" });
    // A list narrowed by more than its lead is not answered by the priority she leads.
    expect((await ask('which overdue actions does lisa morgan lead')).notes.join(' ')).not.toContain('leads priority');
    expect((await ask(a.choices[0]!.text)).headline).toMatch(/^Priority 2: Capacity and capability of our workforce\. Lead: Assistant Director \/ Lisa Morgan\./);
  });

  it('lists the measures whose target is still to be agreed, as the plan words it', async () => {
    const a = await ask('which measures on the childrens plan have a target still to be agreed');
    expect(a.kind).toBe('list');
    expect(a.items?.map((i) => i.title).sort()).toEqual([
      'No. of staff who progress within the organisation each year (Medway)',
      'Number of care leavers undertaking apprenticeships (Medway)',
    ].sort());
    expect(a.items?.every((i) => i.detail.includes('Target: to be agreed ("To be agreed")'))).toBe(true);
    const b = await ask('which measures have no agreed target in the childrens plan');
    expect(b.items?.map((i) => i.detail).join('\n')).toContain('Target: to be set ("To be set")');
    expect(b.items?.length).toBeGreaterThan(a.items!.length);
  });

  it('lists actions due in a month, in due-date order, saying how many', async () => {
    const a = await ask('which actions are due in january 2020');
    expect(a.kind).toBe('list');
    expect(a.headline).toMatch(/^\d+ actions in total/);
    expect(a.items?.length).toBeGreaterThan(0);
    expect(a.items?.every((i) => /Due: January 2020/.test(i.detail))).toBe(true);
  });

  it('lists what a person leads through the job titles the directory gives them', async () => {
    const a = await ask('what is kim officer leading');
    expect(a.title).toBe('Actions led by Kim Officer');
    expect(a.items?.map((i) => i.title.split(':')[0])).toEqual(['1.13', '1.15']);
  });

  it("lists a role's actions when the plan's name shares some of the role's words", async () => {
    // "Medway Children's Services Action Plan" holds "children" and "services" of "Head of Service, Children in Care".
    for (const text of ['which actions does the head of service children in care lead', 'actions led by the head of service children in care']) {
      const a = await ask(text);
      expect(a.title, text).toBe("Actions led by Head of Service, Children in Care in the Medway Children's Services Action Plan");
      expect(a.headline, text).toMatch(/^18 actions in total/);
    }
  });

  it('pages a long list and says when it is on the last page', async () => {
    const first = await ask('overdue actions', new Date('2026-11-20T09:00:00Z'));
    const total = Number(/^(\d+) actions in total/.exec(first.headline)?.[1]);
    expect(first.items).toHaveLength(8);
    const last = await answerQuestion(catalogue, stores, { text: 'more', now: new Date('2026-11-20T09:00:00Z'), timeZone: 'Europe/London', memory: { list: { filter: first.memory!.list!.filter, page: 99 } } });
    expect(last.headline).toContain(`${total} actions in total`);
    expect(last.notes).toContain('That was the last page.');
  });

  it('lists each measure a question names together, with its own figure and source', async () => {
    const a = await ask('practice managers perm fte vs agency fte');
    expect(a.kind).toBe('list');
    expect(a.items?.map((i) => i.title)).toEqual(['Staffing: Practice Managers – Perm FTE (Medway)', 'Staffing: Practice Managers – Agency FTE (Medway)']);
    expect(all(a)).toContain('Latest: 18.8 FTE');
    expect(a.sources.join('\n')).toContain('Cabinet – Supplementary agenda No.2');
  });

  it("lists the actions answering a recommendation named by its words, as the plan's table maps them", async () => {
    const a = await ask('which actions tackle the ofsted priority about tracking children who go missing');
    expect(a.kind).toBe('list');
    expect(a.items?.map((i) => i.title.split(':')[0])).toEqual(['1.7', '1.22']);
  });

  it('lists the recommendations the executive rejected, and the plans held', async () => {
    const rejected = await ask('which PRU recommendations did the executive reject');
    expect(rejected.items?.map((i) => i.title.split(':')[0])).toEqual(['H(i)', 'I']);
    const plans = await ask('what plans do you have');
    expect(plans.headline).toBe('8 plans in total.');
  });
});

describe('plan answers', () => {
  it("says when a plan defines no status key of its own rather than presenting the default as the plan's", async () => {
    const a = await ask('what does amber mean on the west mercia delivery plan');
    expect(a.headline).toMatch(/does not define a status key of its own/);
  });

  it('answers who leads a priority', async () => {
    const a = await ask('who leads priority 3 on the childrens improvement plan');
    expect(a.headline).toContain("Priority 3: Effective Leadership and Management. Lead: Director of Children's Services / Chief Executive.");
  });
});

describe('meeting answers', () => {
  it('gives the next meeting, and says plainly when the papers hold none ahead', async () => {
    const next = await ask('when does the herefordshire children and young people scrutiny committee meet next');
    expect(next.headline).toContain('Monday 20 January 2020 at 10.15am');
    const none = await ask('when does the health and wellbeing board meet next');
    expect(none.kind).toBe('not-found');
    expect(none.headline).toContain('The latest they name is on 12 September 2017.');
  });

  it("gives a committee's membership from the pack that lists it, and says which pack that is", async () => {
    const a = await ask("who's on the herefordshire children and young people scrutiny committee");
    expect(a.headline).toContain('Carole Gandy chairs');
    expect(a.notes.join(' ')).toContain('this is from the pack for the meeting on 16 September 2019');
  });

  it.each(['march 2020 cyp scrutiny - date, time and despatch', 'herefordshire children and young people scrutiny committee on 16 march 2020'])(
    'says when a meeting\'s papers go out where its work programme does: "%s"',
    async (text) => {
      const a = await ask(text);
      expect(a.headline).toBe('Next meeting: Monday 16 March 2020 at 10.15am. Papers out: 6 March 2020.');
      expect(a.facts).toContainEqual({ title: 'Papers out', value: '6 March 2020' });
    },
  );

  it('says nothing of papers going out where no work programme gives it', async () => {
    const a = await ask('when is the next cabinet meeting');
    expect(a.kind).toBe('meeting');
    expect(all(a)).not.toContain('Papers out');
  });

  it('never gives one meeting\'s question deadline as another\'s', async () => {
    const a = await ask('question deadline for the herefordshire cyp scrutiny on 25 november 2019');
    expect(a.kind).toBe('not-found');
    expect(all(a)).not.toContain('10 September');
    expect(all(a)).toContain('councillorservices@herefordshire.gov.uk');
  });
});

describe('the papers', () => {
  it('quotes the passage that holds the question\'s words, with its document and pages', async () => {
    const a = await ask('how many food parcels did medway deliver in covid');
    expect(a.kind).toBe('passage');
    expect(a.quote).toContain('3,191');
    expect(a.sources[0]).toMatch(/^Cabinet – Supplementary agenda No\.1, pages 3–21, item 5: COVID-19 Response$/);
  });

  it('says not found, with no figure, when nothing matches', async () => {
    const a = await ask('what colour are the bins in rochester');
    expect(a.kind).toBe('not-found');
    expect(a.headline).not.toMatch(/\d/);
    expect(a.facts).toEqual([]);
  });
});

describe('the catalogue cache', () => {
  it('builds the indexes once per catalogue version, once for concurrent turns, and again after an import', async () => {
    let loads = 0;
    const counting = { ...stores.catalogue, listPlans: async () => ((loads += 1), stores.catalogue.listPlans()) };
    const cache = createAskCache(counting, [], { checkEveryMs: 0 });
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(await cache.get()).toBe(a);
    expect(loads).toBe(1);
    const seeds = readSeedFiles();
    await importFiles(stores.catalogue, [seeds[0]!]);
    const rebuilt = await cache.get();
    expect(rebuilt).not.toBe(a);
    expect(loads).toBe(2);
  });
});
