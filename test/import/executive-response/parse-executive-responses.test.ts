import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExecutiveResponses } from '../../../src/import/packs/executive-response/parse-executive-responses';
import type { PackText } from '../../../src/import/packs/types';

function packOf(file: string, council = 'Herefordshire'): PackText {
  const text = readFileSync(`seeds/packs/${file}`, 'utf8');
  return { documentId: file, fileName: file, lines: text.split('\n'), council, pageOfLine: () => undefined };
}

const pack = packOf('002_c981c68784b9b68c.txt');
const out = parseExecutiveResponses(pack);
const plans = out.plans ?? [];
const recs = out.recommendations ?? [];
const actions = out.actions ?? [];

const PLAN = {
  send: 'herefordshire/executive-response-to-the-send-provision-task-and-finish-group',
  pru: 'herefordshire/executive-response-to-the-pru-referrals-task-and-finish-group',
  court: 'herefordshire/executive-response-to-the-court-judgements-task-and-finish-group',
  hops: 'herefordshire/head-of-paid-service-response-to-the-court-judgements-task-and-finish-group',
} as const;
type PlanKey = keyof typeof PLAN;

const rec = (plan: PlanKey, number: string) => recs.find((r) => r.planId === PLAN[plan] && r.number === number);
const action = (plan: PlanKey, ref: string) => actions.find((a) => a.planId === PLAN[plan] && a.ref === ref);

describe('executive responses to the 2018/19 task and finish groups (pack 002)', () => {
  it('reads one executive-response plan per response section', () => {
    expect(plans.map((p) => p.id)).toEqual(Object.values(PLAN));
    expect(plans.every((p) => p.kind === 'executive-response' && p.council === 'Herefordshire')).toBe(true);
    expect(plans.map((p) => p.owner)).toEqual(['The executive', 'The executive', 'The executive', 'Head of Paid Service']);
    expect(plans[0]?.flags.map((f) => f.code)).toContain('default-status-scale');
  });

  it.each([
    ['send', 23, 22],
    ['pru', 19, 17],
    ['court', 3, 3],
    ['hops', 7, 13],
  ] as const)('%s: %i recommendations and %i action rows', (plan, recCount, actionCount) => {
    expect(recs.filter((r) => r.planId === PLAN[plan])).toHaveLength(recCount);
    expect(actions.filter((a) => a.planId === PLAN[plan])).toHaveLength(actionCount);
  });

  it('names each recommendation after its task and finish group', () => {
    expect(rec('send', '1')?.body).toBe('SEND Provision task and finish group');
    expect(rec('hops', 'A')?.body).toBe('Court Judgements task and finish group');
    expect(rec('hops', 'A')?.kind).toBe('task-and-finish');
    expect(new Set(recs.map((r) => r.id)).size).toBe(recs.length);
  });

  it.each([
    ['send', '1', 'accepted-in-part', 'The Executive accepts this recommendation in part.'],
    ['send', '2(ii)', 'accepted', 'The Executive accepts this recommendation in full.'],
    ['send', '9', 'accepted', 'This recommendation is accepted and will be built into'],
    ['pru', 'B', 'accepted', 'The Executive agrees the recommendation.'],
    ['pru', 'H(i)', 'rejected', 'The Executive rejects this recommendation.'],
    ['pru', 'I', 'rejected', 'The Executive rejects this recommendation.'],
    ['court', '1', 'accepted', 'Accepted – however advised that a briefing cannot be made mandatory'],
    ['hops', 'F', 'accepted', 'agreed'],
  ] as const)('%s %s is %s ("%s…")', (plan, number, response, raw) => {
    expect(rec(plan, number)?.response).toBe(response);
    expect(rec(plan, number)?.responseRaw?.startsWith(raw)).toBe(true);
  });

  it('keeps response text continued outside the table', () => {
    expect(rec('send', '2(ii)')?.responseRaw).toContain('A tell us once approach has been a feature of the last CWD strategic Action Plan.');
    expect(rec('pru', 'H(i)')?.responseRaw).toContain('An overall model of support for re-integration');
  });

  it('does not record a verdict for the mislabelled H(ii) response, and flags it', () => {
    const h2 = rec('pru', 'H(ii)');
    expect(h2?.response).toBeUndefined();
    expect(h2?.responseRaw).toMatch(/^H\(i\)The Executive rejects this recommendation\./);
    expect(h2?.flags).toEqual([expect.objectContaining({ code: 'response-mislabelled', severity: 'ambiguous' })]);
  });

  it('reads recommendation texts without the repeated sub-part label, and topics as the plan\'s priorities', () => {
    expect(rec('send', '1')?.text).toBe(
      'That the executive includes the updating of the Local Authority Accessibility Plan as a priority in the Children with Disabilities Strategic Action Plan 2019-2020.',
    );
    expect(rec('pru', 'A(i)')?.text).toMatch(/^The executive considers methods to encourage head teachers/);
    expect(rec('send', '12(i)')?.text).toMatch(/^That the executive allocates funding to a comprehensive programme/);
    const send = plans.find((p) => p.id === PLAN.send);
    expect(send?.priorities.find((p) => p.number === '1')?.title).toBe('Accessibility Plans');
    expect(send?.priorities.find((p) => p.number === '8')?.title).toBe('SEND Information, Advice and Support Service (SENDIASS)');
  });

  it.each([
    ['send', '1.1', 'To finalise and update the Accessibility Plan', ['Team Leader for Physical and Sensory Services'], 'March 2020', '2020-03-31', 'Accessibility Plan agreed and in place'],
    ['send', '8.3', 'Enter into long-term relationship with Worcestershire County Council to ensure sustainable development', ["Children's Joint Commissioning Manager"], 'January 2020', '2020-01-31', 'Council decision taken & new service level agreement reached'],
    ['send', '12.2', 'Solid Roots programme successfully delivered', ['Public Health Consultant'], 'April 2021', '2021-04-30', 'Programme delivered as planned'],
    ['pru', 'A.1', 'The Executive Head and Chair of the Management Committee need to consider how the views and engagement of parents, carers and the students can be achieved through discussion at the Management Committee', ['PRU Management Committee Chair'], 'Aug 2020', '2020-08-31', 'Views of parents, carers and students captured and considered'],
    ['pru', 'E.3', "Work with Herefordshire Council's HR team and HOOPLE in respect of access to Apprenticeship opportunities. This could extend to the major contracts held with companies such as Balfour Beatty.", ['Senior post-16 Learning and Skills Advisor'], 'Oct/Nov 2019', '2019-11-30', 'Young People know about apprenticeships, entry requirements etc. and opportunities available.'],
    ['court', '1.1', 'Children and Families Directorate will cover the findings of the work with Doncaster and the action taken in a briefing session for all councillors and also in the performance challenge session that is open to all group leaders', ['Assistant director safeguarding and family support'], 'End of November 2019', '2019-11-30', 'Councillors are informed of the findings of the Doncaster review, how these have been addressed'],
    ['hops', 'D.1', 'Trial to take place to test effectiveness of Otter', ['Business Support Development Manager'], '16/03/2019', '2019-03-16', 'DCS approved Otter rollout'],
  ] as const)('%s action %s: Action / Owner / By When / Target', (plan, ref, text, leads, rawDue, date, target) => {
    const a = action(plan, ref);
    expect(a?.text).toBe(text);
    expect(a?.leads).toEqual(leads);
    expect(a?.due?.raw).toBe(rawDue);
    expect(a?.due?.date).toBe(date);
    expect(a?.successMeasures).toBe(target);
  });

  it.each([
    ['hops', 'D.1', 'Completed'],
    ['hops', 'D.4', 'Ongoing – staggered approach, team by team'],
    ['hops', 'A.1', 'In place'],
    ['court', '3.1', 'Business case put forward for consideration'],
  ] as const)('%s action %s keeps its progress as status text ("%s…")', (plan, ref, progress) => {
    expect(action(plan, ref)?.statusRaw?.startsWith(progress)).toBe(true);
  });

  it('numbers actions under their recommendation and links both ways', () => {
    expect(actions.filter((a) => a.planId === PLAN.send && a.priority === '8').map((a) => a.ref)).toEqual(['8.1', '8.2', '8.3', '8.4', '8.5']);
    expect(action('send', '8.1')?.extra?.printedLabel).toBe('i');
    expect(rec('send', '2(i)')?.actionRefs).toEqual(['2.1', '2.2']);
    expect(action('send', '2.2')?.recommendationRefs).toEqual(['2(i)', '2(ii)']);
    expect(rec('pru', 'H(i)')?.actionRefs).toEqual([]);
    expect(rec('pru', 'J')?.actionRefs).toEqual(['J.1']);
    expect(rec('court', '1')).toMatchObject({ owner: 'Assistant director safeguarding and family support', byWhen: { raw: 'End of November 2019' }, planId: PLAN.court });
  });

  it('joins rows continued across page breaks and splits a row holding two actions', () => {
    expect(action('pru', 'A.1')?.source).toMatchObject({ lineStart: 1692, lineEnd: 1694 });
    expect(action('pru', 'E.1')?.text).toMatch(/run from the Brookfield Arrow Group between 2015 and 2017$/);
    expect(action('pru', 'E.1')?.flags.map((f) => f.code)).toEqual(['merged-continuation-row']);
    expect(action('pru', 'E.2')?.text).toMatch(/an effective strategy that puts opportunities with local employers at the heart of a young person's education\.$/);
    expect(action('pru', 'E.4')).toMatchObject({ due: { raw: 'December 2019' }, successMeasures: 'A programme of activities available' });
    expect(action('pru', 'E.4')?.flags).toEqual([expect.objectContaining({ code: 'cell-not-aligned', severity: 'ambiguous' })]);
    expect(action('hops', 'G.1')?.successMeasures).toMatch(/Performance measures demonstrate consistent improvement$/);
  });

  it('leaves a blank By When empty and flags an Owner cell that holds a note', () => {
    expect(action('pru', 'D.4')?.due).toBeUndefined();
    expect(action('pru', 'D.4')?.leads).toEqual(['Admissions Manager']);
    const c1 = action('hops', 'C.1');
    expect(c1?.leads).toEqual([]);
    expect(c1?.extra?.ownerRaw).toBe('This needs to be in-line with the existing commitments around SoS');
    expect(c1?.flags).toEqual([expect.objectContaining({ code: 'owner-cell-holds-note', severity: 'ambiguous' })]);
  });

  it('is idempotent: a second parse gives the same records', () => {
    expect(parseExecutiveResponses(pack)).toEqual(out);
  });
});

describe('parseExecutiveResponses on other packs', () => {
  it.each(['000_ad444b67b5fc2cda.txt', '001_4cc41449b754ee5d.txt', '003_dc6bdf29f61919ae.txt', '004_7add0319b591a1f2.txt'])(
    'returns {} on %s',
    (file) => {
      expect(parseExecutiveResponses(packOf(file, 'Medway'))).toEqual({});
    },
  );
});
