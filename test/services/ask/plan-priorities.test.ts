import { describe, expect, it } from 'vitest';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/** A plan's priority named by its title rather than its number, over the five seed packs. */
const seed = useSeedAskCatalogue();
const ask = seedAsker(seed);

describe("a plan's priority named by its title", () => {
  // Medway Children's Services Action Plan, priority 2 "Capacity and capability of our workforce".
  it.each(['improvement plan workforce priority - what does it cover', 'workforce priority in the improvement plan - who leads it?', 'the improvement plans priority on workforce, who is the lead'])(
    'answers with the priority, its lead and what the plan says of it: "%s"',
    async (text) => {
      const answer = await ask(text);
      expect(answer.kind).toBe('plan');
      expect(answer.headline).toMatch(/^Priority 2: Capacity and capability of our workforce\. Lead: Assistant Director \/ Lisa Morgan\./);
      expect(answer.sections.map((s) => s.heading)).toContain("What's working well and how do we know?");
    },
  );

  it('lists the sub-priorities under a priority: "what\'s the our partnerships priority in the west mercia plan"', async () => {
    const answer = await ask("what's the our partnerships priority in the west mercia plan");
    expect(answer.headline).toMatch(/^Priority 2: Our Partnerships\./);
    const under = answer.sections.find((s) => s.heading === 'Under priority 2');
    expect(under?.facts?.map((f) => f.title)).toEqual(['2.1', '2.2', '2.3']);
  });

  it('offers every action of a priority with more than it shows, as a list a page at a time', async () => {
    const answer = await ask("what's under priority 1 of the childrens improvement plan");
    expect(answer.sections.map((s) => s.heading)).toContain('Actions under priority 1 (the first 12 of 22)');
    const [all] = answer.choices;
    expect(all?.label).toBe('All 22 actions under priority 1');
    const list = await ask(all!.text);
    expect(list).toMatchObject({ kind: 'list', headline: expect.stringContaining('22 actions in total') });
  });

  it('does not take the word "priority" itself for a title ("...our vision and priorities")', async () => {
    const answer = await ask('what are the priorities of the west mercia plan');
    expect(answer.kind).toBe('plan');
    expect(answer.headline).toMatch(/^16 priorities: 1 Our People;/);
  });

  // Two plans have a workforce priority ("WORKFORCE DEVELOPMENT", "Capacity and capability of our workforce").
  it('takes a priority with no plan named only when the question names its whole title', async () => {
    expect((await ask('who leads the workforce priority')).kind).not.toBe('plan');
    expect((await ask('what is the priority on choice')).headline).toMatch(/^Priority 7: CHOICE\./);
  });

  it('leaves a question to the papers when a priority\'s title explains little of it and no plan is named', async () => {
    const answer = await ask('what were the priorities for the voluntary & community sector cell in the covid response');
    expect(answer.kind).not.toBe('plan');
  });
});

describe('a recommendation named by its number in a plan answering recommendations', () => {
  // Herefordshire's executive response to the SEND Provision task and finish group: its parts are the
  // group's recommendations, part 4 "Quality of assessments...", action 4.1 (Head of Additional Needs, Dec 2020).
  it.each([
    'send t&f rec 4 - action owner and deadline',
    'who owns the action for recommendation 4 of the send task and finish group',
    'send provision executive response rec 4, who is responsible and when is it due',
    "rec 4 of the send provision t&f - who's on it",
  ])('answers with the part, its actions, their leads and due dates: "%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('plan');
    expect(answer.headline).toMatch(/^Recommendation 4: Quality of assessments, consistency of identification and SEND type\./);
    const actions = answer.sections.find((s) => s.heading === 'Actions under recommendation 4');
    expect(actions?.facts).toEqual([{ title: '4.1', value: expect.stringMatching(/\(lead: Head of Additional Needs; due: Dec 2020\)$/) }]);
  });

  it('gives the response to each recommendation numbered under the part: "send t&f rec 4 - was it accepted?"', async () => {
    const answer = await ask('send t&f rec 4 - was it accepted?');
    expect(answer.sections.find((s) => s.heading === 'Responses')?.facts).toEqual([
      { title: '4(i)', value: 'Accepted' },
      { title: '4(ii)', value: 'Accepted' },
    ]);
  });

  it("keeps an inspectorate's numbered recommendation its own: a plan answering an inspection has priorities", async () => {
    // Ofsted's recommendation 4 is answered in the Medway Children's Services Action Plan, whose part 4 is another thing.
    const answer = await ask('what was ofsted rec 4');
    expect(answer.headline).not.toMatch(/^(Recommendation|Priority) 4:/);
    expect(answer.facts).toContainEqual({ title: 'Recommendation', value: expect.stringMatching(/^The coordination and management oversight of early help services/) });
    expect((await ask('priority 2 of the improvement plan')).headline).toMatch(/^Priority 2: /);
  });
});

describe('a part named by its whole title, without the word "priority", when what is done about it is asked', () => {
  // The SEND Provision executive response's parts are headed by their subjects.
  it.each([
    ['multi agency attendance at annual reviews of EHC plans - who owns it', 11, /^Multi agency attendance at annual reviews of EHC Plans/],
    ['multi agency attendance at EHCP annual reviews - first action, owner and deadline?', 11, /^Multi agency attendance at annual reviews of EHC Plans/],
    ['who is doing the dispute resolution in joint commissioning arrangements work and by when', 6, /^Dispute resolution in joint commissioning arrangements/],
    ['engagement with the parent carer voice - actions?', 9, /^Engagement with the Parent Carer Voice/],
  ])('answers with the part and its actions: "%s"', async (text, number, title) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('plan');
    expect(answer.headline.replace(/^Recommendation \d+: /, '')).toMatch(title);
    expect(answer.headline).toMatch(new RegExp(`^Recommendation ${number}: `));
    expect(answer.sections.some((s) => s.heading === `Actions under recommendation ${number}`)).toBe(true);
  });

  it('takes no title of fewer than three words so: "accessibility plans - who owns it" is the action on it, with its lead', async () => {
    const answer = await ask('accessibility plans - who owns it');
    expect(answer.kind).toBe('action');
    expect(answer.headline).toBe('Led by Team Leader for Physical and Sensory Services.');
  });

  it('names the actions\' leads when the part has none of its own ("ehc plan advice - who leads")', async () => {
    expect((await ask('ehc plan advice - who leads')).headline).toMatch(/no lead for the recommendation as a whole; its action is led by SEN Manager\./);
  });
});

describe('a sub-priority named by its number', () => {
  // The West Mercia delivery plan's sub-priority 2.2 (mental health) holds three actions.
  it.each([
    'what actions are planned under the mental health sub-priority (2.2) in the west mercia delivery plan?',
    'west mercia plan sub-priority 2.2 - what actions',
    'actions under subpriority 2.2 of the west mercia yj plan',
  ])('lists its actions: "%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('list');
    expect(answer.items?.map((i) => i.title.split(':')[0])).toEqual(['2.2.1', '2.2.2', '2.2.3']);
  });

  it('answers with the part when its lead is asked: "who leads sub-priority 2.1 of the west mercia plan"', async () => {
    expect((await ask('who leads sub-priority 2.1 of the west mercia plan')).headline).toMatch(/^Priority 2\.1: /);
  });
});

describe('an action named with the words of the part it sits under', () => {
  // Action 12.1 "Autism training delivered across the county" sits under "SEND Continuous Professional Development" (CPD).
  it.each(['send cpd autism training - target and whens it due', 'the cpd action on autism training - who leads it', 'who is doing the send cpd autism training'])(
    'answers with the action: "%s"',
    async (text) => {
      const answer = await ask(text);
      expect(answer.kind).toBe('action');
      expect(answer.facts).toContainEqual({ title: 'Action', value: 'Autism training delivered across the county' });
    },
  );
});

describe('the period a plan covers', () => {
  it.each([
    'what year does the west mercia youth justice plan cover',
    'west mercia yj delivery plan - what years does it cover?',
    "what's the timeframe of the west mercia youth justice plan",
  ])('"%s": the years its title gives', async (text) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('plan');
    expect(answer.headline).toBe('The West Mercia Youth Justice Service Delivery Plan 2019/20 covers 2019/20, as its title says.');
  });

  it('says a title naming no years gives none, and gives the latest version instead of a made-up period', async () => {
    const answer = await ask('what period does the yot improvement plan cover');
    expect(answer.headline).toBe("The Medway Youth Offending Team and Youth Justice Partnership Board Improvement Plan's title gives no period; its latest version is V1, 1 June 2020.");
  });

  it.each([
    'what does the dtoc plan cover',
    'how did the dtoc plan do last year',
    'when was the dtoc plan last discussed',
    'when will the dtoc plan be covered at committee',
  ])('does not read "%s" as asking for its years', async (text) => {
    expect((await ask(text)).headline).not.toMatch(/covers 2017 - 2019/);
  });

  it('gives the version asked for, "last updated" being no period', async () => {
    expect((await ask('when was the yot improvement plan last updated')).headline).toMatch(/^Version V1, 1 June 2020/);
  });

  it('lists the actions with their due dates when the timeframe of the actions is asked', async () => {
    expect((await ask("what's the timeframe for the dtoc plan actions")).kind).toBe('list');
  });
});
