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
