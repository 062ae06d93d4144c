import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/cards/text';
import { cardText } from '../helpers/test-bot';
import { cardOf, executeData, inputsOf, people, press, say, useUpdatesHarness } from './updates-harness';

const h = useUpdatesHarness();
const medway = 'medway/medway-childrens-services-action-plan';

describe('recording an indicator value', () => {
  it('"record 4.4" offers the action\'s indicators and computes the status with the plan\'s tolerance, saying why', async () => {
    expect((await h().run(say("tolerance 5% for medway children's", people.ada))).sent[0]!.text).toBe(
      "Values for Medway Children's Services Action Plan within 5% of their target are now Amber rather than Red.",
    );
    const form = cardOf(await h().run(say('record 4.4', people.quinn)));
    const text = cardText(form);
    expect(text).toContain('Caseloads in CPC and IRO Service reduced \\(CP\\)');
    expect(text).toContain(plainText("Target 75; lower is better (plan: 'Caseloads in CPC and IRO Service reduced (CP)'). Last value 87, as imported."));
    const offered = executeData(form).offered as string[];
    expect(offered).toHaveLength(2);
    const cp = offered.find((id) => id.includes('cp'))!;

    const turn = await h().run(press('indicator.record', { offered, indicatorId: cp, period: 'October 2026', periodEnd: '2026-10-31', value: '77', commentary: '' }, { who: people.quinn }));
    const result = cardText(cardOf(turn));
    expect(result).toContain(plainText('Quinn Quality recorded 77 for October 2026 on 20 November 2026 at 09:30.'));
    expect(result).toContain(plainText("Amber: 77 against a target of 75, inside the 5% tolerance; lower is better (plan: 'Caseloads in CPC and IRO Service reduced (CP)')."));
    expect(turn.updated.map((a) => a.id)).toEqual(['1763630400000']);
    expect(await h().stores.recordedValues.listFor([cp])).toMatchObject([
      { value: 77, period: 'October 2026', periodEnd: '2026-10-31', status: 'amber', author: { name: 'Quinn Quality' } },
    ]);
  });

  it('gives no status, and says why, when neither the plan nor an administrator says which way is better; then an administrator does', async () => {
    const form = cardOf(await h().run(say('record 5.8', people.ada)));
    const offered = executeData(form).offered as string[];
    expect(cardText(form)).toContain('Target 30%; the plan does not say which way is better.');
    const record = (value: string, period: string) =>
      h().run(press('indicator.record', { offered, indicatorId: offered[0], period, periodEnd: '', value, commentary: '' }, { who: people.ada }));
    const before = await record('25', 'October 2026');
    expect(cardText(cardOf(before))).toContain('No status: the plan does not say whether higher or lower is better for this indicator');
    expect((await h().stores.recordedValues.listFor(offered))[0]).not.toHaveProperty('status');

    const set = await h().run(say('higher is better for % of completion', people.ada));
    expect(set.sent[0]!.text).toBe(
      "% of completion (Medway Children's Services Action Plan, action 5.8): higher is better (set by Ada Admin, a plan administrator, on 20 November 2026). Its status is now worked out against its target.",
    );
    expect((await h().stores.planSettings.get(medway))?.directions?.[offered[0]!]).toMatchObject({ polarity: 'higher-is-better', by: { name: 'Ada Admin' } });
    const after = await record('26', 'November 2026');
    expect(cardText(cardOf(after))).toContain(
      plainText('Red: 26% against a target of 30%, missing it, and the plan sets no tolerance; higher is better (set by Ada Admin, a plan administrator, on 20 November 2026).'),
    );
  });

  it("keeps a direction the plan's words give, and lets only plan administrators set one", async () => {
    expect((await h().run(say('lower is better for % of completion', people.quinn))).sent[0]!.text).toBe(
      "Only the administrators of Medway Children's Services Action Plan can say which way is better for its indicators.",
    );
    expect(await h().stores.planSettings.get(medway)).toBeUndefined();
    expect((await h().run(say('higher is better for weeks in PLO', people.ada))).sent[0]!.text).toBe(
      "Number of weeks in PLO: lower is better (plan: 'minimise delays for children'). The plan's own words and figures come first, so I have not changed it.",
    );
    expect((await h().run(say('higher is better for caseloads', people.ada))).sent[0]!.text).toMatch(/^Which indicator\? \d+ match: /);
    expect(await h().stores.planSettings.get(medway)).toBeUndefined();
  });

  it('finds an indicator by name, and records a value delivered twice once', async () => {
    const form = cardOf(await h().run(say('record first time entrants rate', people.ada)));
    const offered = executeData(form).offered as string[];
    expect(offered).toHaveLength(5);
    const data = { offered, indicatorId: offered[0], period: '2025/26', periodEnd: '2026-03-31', value: '250', commentary: '' };
    const first = await h().run(press('indicator.record', data, { who: people.ada }));
    const second = await h().run(press('indicator.record', data, { who: people.ada }));
    expect(cardOf(second)).toEqual(cardOf(first));
    expect(await h().stores.recordedValues.listFor(offered)).toHaveLength(1);
    expect(cardText(cardOf(first))).toContain('No status: this indicator has no target.');
  });

  it('sends the card back with the input kept when the value is not a number', async () => {
    const offered = executeData(cardOf(await h().run(say('record 1.9')))).offered as string[];
    const turn = await h().run(press('indicator.record', { offered, indicatorId: offered[0], period: 'October 2026', periodEnd: '', value: 'about thirty', commentary: '' }));
    const card = cardOf(turn);
    expect(cardText(card)).toContain(plainText('"about thirty" is not a number; enter digits only (for example 7.2).'));
    expect(inputsOf(card)).toMatchObject({ period: 'October 2026', value: 'about thirty' });
    expect(turn.updated).toEqual([]);
    expect(await h().stores.recordedValues.listFor(offered)).toEqual([]);
  });

  it('refuses someone who does not lead the action, saying who can', async () => {
    const turn = await h().run(say('record 4.4', people.chris));
    expect(turn.sent[0]!.text).toBe(
      "Sorry, I can't take a value for action 4.4 from you. Values can be recorded by its lead (Head of Quality Assurance: Quinn Quality), the people they delegate to, and the plan's administrators (Ada Admin).",
    );
  });

  it('lets only plan administrators change the tolerance', async () => {
    expect((await h().run(say("tolerance 5% for medway children's"))).sent[0]!.text).toBe(
      "Only the administrators of Medway Children's Services Action Plan can change its settings.",
    );
    expect(await h().stores.planSettings.get(medway)).toBeUndefined();
  });
});
