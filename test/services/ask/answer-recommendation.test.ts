import { describe, expect, it } from 'vitest';
import { seedAsker, useSeedAskCatalogue } from '../../helpers/seed-ask-catalogue';

/** A recommendation's answer over the five seed packs: the response, and the actions answering it with their leads and due dates. */
const seed = useSeedAskCatalogue();
const ask = seedAsker(seed);

describe('a recommendation and the actions answering it', () => {
  // The SEND Provision task and finish group's recommendation 7(i), answered by actions 7.1 and 7.2 of the executive response.
  it.each([
    "send and deprivation rec 7(i) - what's the action, who owns it, when due?",
    'send t&f recommendation 7(i): who is doing what by when',
    'what did the executive say to send task and finish group recommendation 7(i)',
  ])('shows each action with its lead and due date as the plan writes them: "%s"', async (text) => {
    const answer = await ask(text);
    const actions = answer.sections.find((s) => s.heading === 'Actions answering it');
    expect(actions?.facts).toEqual([
      { title: '7.1', value: 'To produce a map of SEND need across Herefordshire and to consider the resulting information it provides (lead: Manager of the Education Performance team; due: April 2020)' },
      { title: '7.2', value: expect.stringMatching(/^Early Help teams will receive additional training .* \(lead: SEN Manager; due: April 2020\)$/) },
    ]);
  });
});

// Ofsted's recommendation 3 (ILACS 2019): "The response to risk for children who have experienced
// neglect, those exposed to parental domestic abuse and young people in danger of exploitation",
// answered by actions 1.1, 1.2, 1.3, 1.6, 1.7 and 1.8 of the Medway Children's Services Action Plan.
describe("a recommendation named by its text's own words", () => {
  it.each([
    "which improvement plan actions respond to ofsted's rec on neglect, DA and exploitation?",
    'which actions answer the ofsted recommendation about neglect and domestic abuse',
    "what actions respond to ofsted's recommendation on neglect",
    "list the actions for ofsted's recommendation on domestic abuse",
  ])('lists the actions answering it: "%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.kind).toBe('list');
    expect(answer.title).toMatch(/recommendation 3/);
    expect(answer.items?.map((i) => i.title.split(':')[0])).toEqual(['1.1', '1.2', '1.3', '1.6', '1.7', '1.8']);
  });
});

describe('one recommendation named by what it says', () => {
  // The SEND Provision task and finish group's recommendation 1 (the Local Authority Accessibility
  // Plan), accepted in part; recommendation 2(ii) (a 'tell us once' approach), accepted in full.
  it.each([
    'what did the exec say on the send t&f rec about the accessibility plan?',
    'send t&f recommendation on the accessibility plan - was it accepted?',
    'send task and finish group rec about the accessibility plan: response?',
  ])('answers with its response: "%s"', async (text) => {
    const answer = await ask(text);
    expect(answer.title).toBe('SEND Provision task and finish group: recommendation 1');
    expect(answer.headline).toMatch(/^Accepted in part\./);
  });

  it('reads "was it accepted" as asking for the response, not as words the recommendation says', async () => {
    const answer = await ask('send t&f rec on the tell us once approach - was it accepted?');
    expect(answer.title).toBe('SEND Provision task and finish group: recommendation 2(ii)');
  });

  it("takes the maker named most fully: the PRU group's, not another task and finish group's ('t&f' is every group's)", async () => {
    const answer = await ask('was the pru t&f rec on cost benefit analysis accepted');
    expect(answer.title ?? '').not.toMatch(/^(?!PRU).*recommendation/);
    expect(answer.headline).not.toMatch(/^Accepted/);
  });

  it('names none that restates only part of what is asked ("care leavers": HMIP\'s recommendation 2 says "care" only)', async () => {
    const answer = await ask('hmip rec on care leavers - who leads');
    expect(answer.title ?? '').not.toMatch(/recommendation 2$/);
  });

  it("leaves questions whose words only recommendations hold as they were read ('point')", async () => {
    expect((await ask('what is the point of the dtoc plan')).kind).toBe('plan');
  });

  it('names none when the words fit two recommendations about equally (5(i) and 5(iii) both name the graduated response document)', async () => {
    const answer = await ask('what did the exec say to the send t&f rec on the graduated response document');
    expect(answer.title).not.toMatch(/recommendation 5\(i+\)$/);
  });
});
