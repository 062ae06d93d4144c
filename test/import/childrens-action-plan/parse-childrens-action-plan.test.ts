import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Action, Flag } from '../../../src/domain/model';
import { parseChildrensActionPlan } from '../../../src/import/packs/childrens-action-plan/parse-childrens-action-plan';
import type { PackText } from '../../../src/import/packs/types';

function packOf(file: string, council = 'Medway'): PackText {
  const text = readFileSync(`seeds/packs/${file}`, 'utf8');
  return { documentId: file.slice(0, 3), fileName: file, lines: text.split('\n'), council, pageOfLine: () => undefined };
}

const result = parseChildrensActionPlan(packOf('004_7add0319b591a1f2.txt'));
const actions = result.actions ?? [];
const plan = result.plans![0];
const action = (ref: string): Action => {
  const found = actions.find((a) => a.ref === ref);
  if (!found) throw new Error(`no action ${ref}`);
  return found;
};
const codes = (flags: Flag[]) => flags.map((f) => f.code);

describe('Medway children\'s plan (004): the plan', () => {
  it('is one improvement plan with its name, aliases, owner, versions and date', () => {
    expect(result.plans).toHaveLength(1);
    expect(plan.kind).toBe('improvement-plan');
    expect(plan.name).toBe("Medway Children's Services Action Plan");
    expect(plan.id).toBe('medway/medway-childrens-services-action-plan');
    expect(plan.aliases).toEqual(expect.arrayContaining([
      'Improvement Action Plan', "Medway Children's Services Action Plan", 'Improvement Plan', "Medway Children's Improvement Plan",
    ]));
    expect(plan.owner).toBe("Children's Services Improvement Board");
    expect(plan.versions.map((v) => [v.version, v.date])).toEqual([
      ['V1.0', '2019-10-16'], ['V1.1', '2019-11-11'], ['V1.2', '2019-11-18'],
    ]);
    expect(plan.versions[2].note).toContain('Final amendments on timescales');
    expect(plan.date).toBe('2019-11-18');
    expect(plan.source).toMatchObject({ documentId: '004', lineStart: 946 });
  });

  it('keeps the B/G/A/R key verbatim, with B complete', () => {
    expect(plan.scale.levels.map((l) => [l.code, l.meaning, l.colour, l.rank])).toEqual([
      ['B', 'Action completed', '#0070C0', 3],
      ['G', 'Good evidence of progress against plan /actions on track', '#00B050', 2],
      ['A', 'Limited evidence of progress/action unlikely to meet timescale, but plan in place', '#FFC000', 1],
      ['R', 'No evidence of progress/action will not be delivered in timescale/multiple actions outstanding', '#FF0000', 0],
    ]);
    expect(plan.scale.levels.filter((l) => l.complete).map((l) => l.code)).toEqual(['B']);
  });

  it('flags the Cyrillic В and А of the key as repaired, with their lines', () => {
    const lookAlikes = plan.flags.filter((f) => f.code === 'ocr-look-alike-letter');
    expect(lookAlikes.map((f) => [f.source?.lineStart, f.severity])).toEqual([
      [1066, 'repaired'], [1067, 'repaired'], [1069, 'repaired'],
    ]);
    expect(lookAlikes[1].raw).toBe('\u0412\tAction completed');
  });

  it('reads the five priorities, joining titles split over two lines', () => {
    expect(plan.priorities.map(({ narrative: _narrative, ...rest }) => rest)).toEqual([
      { number: '1', title: 'Quality and effectiveness of our practice', lead: 'Assistant Director' },
      { number: '2', title: 'Capacity and capability of our workforce', lead: 'Assistant Director / Lisa Morgan' },
      { number: '3', title: 'Effective Leadership and Management', lead: "Director of Children's Services / Chief Executive" },
      { number: '4', title: 'Quality Assurance and Performance Management', lead: 'Assistant Director' },
      { number: '5', title: 'Partnership and Engagement', lead: "Director and Assistant Director of Children's Services" },
    ]);
  });
});

describe('Medway children\'s plan (004): actions', () => {
  it('has 62 actions: 22 / 12 / 9 / 9 / 10, numbered in sequence', () => {
    expect(actions).toHaveLength(62);
    const perPriority = [1, 2, 3, 4, 5].map((p) => actions.filter((a) => a.priority === String(p)).length);
    expect(perPriority).toEqual([22, 12, 9, 9, 10]);
    const expected = [[1, 22], [2, 12], [3, 9], [4, 9], [5, 10]].flatMap(([p, n]) => Array.from({ length: n }, (_, i) => `${p}.${i + 1}`));
    expect(actions.map((a) => a.ref)).toEqual(expected);
    expect(new Set(actions.map((a) => a.id)).size).toBe(62);
  });

  it('recovers the ref printed "\\$ 5" as 4.9 from the sequence, confirmed by Appendix B', () => {
    const a = action('4.9');
    expect(a.text).toBe('Implement cycle of individual and whole service meetings');
    expect(a.rawRef).toBe('\\$ 5');
    expect(a.leads).toEqual(['Head of Special Projects (Improvement)', 'Head of Business Change (People) and ICT']);
    expect(a.successMeasures).toBe('Dates of meetings and attendance recorded. Staff report improved communication. 3 whole service meetings a year');
    const flag = a.flags.find((f) => f.code === 'ref-recovered-from-sequence');
    expect(flag).toMatchObject({ severity: 'repaired', raw: '\\$ 5', source: { lineStart: 1190 } });
  });

  it.each([
    ['1.7', '1.7 œ'], ['1.10', '1. 10'], ['1.21', '1. 21 80 51'], ['2.2', '2.2 87'],
    ['2.10', '2.10 80 90'], ['3.1', '3.1 O'], ['5.4', '5.4 97'],
  ])('repairs ref %s printed "%s" and flags it', (ref, raw) => {
    const a = action(ref);
    expect(a.rawRef).toBe(raw);
    expect(a.flags.find((f) => f.code === 'ocr-repaired-ref')).toMatchObject({ severity: 'repaired', raw });
  });

  it.each([
    ['1.4', 1083, 1086], ['1.7', 1089, 1093], ['1.11', 1097, 1100], ['1.14', 1103, 1107], ['1.18', 1111, 1114],
    ['2.6', 1137, 1140], ['2.10', 1144, 1147], ['3.9', 1168, 1171], ['4.9', 1190, 1193], ['5.4', 1204, 1207],
  ])('merges %s across the page break (lines %i-%i)', (ref, lineStart, lineEnd) => {
    const a = action(ref);
    expect(a.source).toMatchObject({ lineStart, lineEnd });
    expect(codes(a.flags)).toContain(ref === '1.14' ? 'page-foot-overlap-row' : 'continuation-row-merged');
  });

  it('merges 1.14 from three pieces, the middle one on a page-foot row', () => {
    const a = action('1.14');
    expect(a.leads).toEqual(['Head of Service, Children in Care', "Head of Children's Commissioning"]);
    expect(a.extra?.Measure).toBe('Net gain in number of Medway foster carer households % of CIC aged under 16 years who have been in same placement for at least 2 years');
  });

  it('drops the page-foot overlap row of 1.7 that only repeats its own text, and flags the lost tail', () => {
    const a = action('1.7');
    expect(a.text.match(/exploitation are/g)).toHaveLength(1);
    expect(a.successMeasures).toMatch(/a revised approach to planning to reduce risk outside the family$/);
    expect(a.flags.find((f) => f.code === 'page-foot-overlap-row')?.source?.lineStart).toBe(1090);
    expect(a.flags.find((f) => f.code === 'truncated-text')).toMatchObject({ severity: 'ambiguous' });
  });

  it('moves "dashboard)" that bled into 2.7 back to 2.6', () => {
    expect(action('2.6').successMeasures).toMatch(/\(CS dashboard\)$/);
    expect(action('2.7').successMeasures).toBe('Business case agreed to support any structural changes');
    expect(codes(action('2.6').flags)).toContain('text-bled-into-next-row');
  });

  it('flags the success measure of 2.2 cut off at the page break', () => {
    expect(action('2.2').successMeasures).toMatch(/% unfilled posts \(includes$/);
    expect(codes(action('2.2').flags)).toContain('truncated-text');
  });

  it('splits leads on "/" and repairs OCR word splits', () => {
    expect(action('1.13').leads).toEqual(['Head of Service, Safeguarding', 'PSW', 'Workforce Development', 'Fostering Manager']);
    expect(codes(action('1.13').flags)).toContain('ocr-word-split-joined');
    expect(action('5.1').leads).toEqual([]);
    expect(codes(action('5.1').flags)).toContain('missing-lead');
  });

  it.each([
    ['1.6', ['3', '5']], ['4.4', ['1', '5', '6']], ['1.17', ['6', '10']], ['5.4', ['9']],
  ])('reads the Ofsted recommendation cell of %s', (ref, recs) => {
    expect(action(ref).recommendationRefs).toEqual(recs);
  });

  it.each([
    ['2.1', { raw: 'End of September COMPLETED', completed: true }],
    ['1.1', { raw: 'Ongoing from October 2019', from: '2019-10-01', recurrence: 'ongoing' }],
    ['1.13', { raw: 'From November 2019 Foster Carers will be trained by March 2020', from: '2019-11-01', date: '2020-03-31', precision: 'month' }],
    ['1.16', { raw: 'By April 2020 As part of Contract Monitoring', date: '2020-04-30', precision: 'month' }],
    ['5.1', { raw: 'End November' }],
  ])('parses the due date of %s', (ref, due) => {
    expect(action(ref).due).toEqual(due);
  });

  it('leaves every status empty, as the plan does, and says so, but for the one its due cell marks done', () => {
    expect(actions.filter((a) => a.status || a.statusRaw).map((a) => a.ref)).toEqual(['2.1']);
    const done = action('2.1');
    expect(plan.scale.levels.find((l) => l.code === done.status)?.complete).toBe(true);
    expect(done.statusRaw).toBe('End of September COMPLETED');
    expect(codes(done.flags)).toContain('status-from-due-cell');
    expect(codes(plan.flags)).toContain('no-status-recorded');
  });
});

describe('Medway children\'s plan (004): Ofsted priorities for improvement', () => {
  const recs = result.recommendations ?? [];

  it('reads the 10 priorities with their actions', () => {
    expect(recs.map((r) => r.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(recs.every((r) => r.kind === 'ofsted' && r.body === 'Ofsted ILACS 2019' && r.planId === plan.id)).toBe(true);
    expect(recs[0].text).toMatch(/^Senior managers' oversight/);
    expect(recs[0].actionRefs).toHaveLength(21);
    expect(recs[0].actionRefs).toContain('4.9');
    expect(recs[3].actionRefs).toEqual(['1.4', '1.5']);
    expect(recs[8].actionRefs).toEqual(['5.4']);
    expect(recs.flatMap((r) => codes(r.flags))).not.toContain('mapping-disagrees');
  });

  it('flags 1.5 listed twice in Appendix B', () => {
    expect(result.flags?.find((f) => f.code === 'duplicate-ref-in-mapping')).toMatchObject({ raw: '1.5', source: { lineStart: 1253 } });
  });
});

describe('parseChildrensActionPlan on other input', () => {
  it.each(['000_ad444b67b5fc2cda.txt', '001_4cc41449b754ee5d.txt', '002_c981c68784b9b68c.txt', '003_dc6bdf29f61919ae.txt'])(
    'returns {} for %s, which has no such plan',
    (file) => {
      expect(parseChildrensActionPlan(packOf(file, 'Herefordshire'))).toEqual({});
    },
  );

  it('gives the same ids and content when the pack is read twice', () => {
    expect(parseChildrensActionPlan(packOf('004_7add0319b591a1f2.txt'))).toEqual(result);
  });

  it('does not throw on a truncated table', () => {
    const lines = ['Priority 1: X\tLead: Y', 'Ref\tAction\tLead\tBy When\tSuccess Measures', '\\$\tDo it\t\t\t', '81\tfoo'];
    const out = parseChildrensActionPlan({ documentId: 'x', fileName: 'x', lines, pageOfLine: () => undefined });
    expect(out.actions?.map((a) => [a.ref, a.text])).toEqual([['1.1', 'Do it']]);
    expect(out.actions?.[0].flags.find((f) => f.code === 'ref-recovered-from-sequence')?.severity).toBe('ambiguous');
  });
});

describe('priority narratives', () => {
  it("keeps each priority's own framing verbatim: what is working, what must change, what it means for a child", () => {
    expect(plan.priorities.map((p) => p.narrative?.length)).toEqual([3, 3, 3, 3, 3]);
    expect(plan.priorities[0]?.narrative?.[0]).toEqual({
      heading: "What's working well?",
      text: expect.stringMatching(/^Committed workforce, supported by their managers/),
    });
    expect(plan.priorities[2]?.narrative?.[2]?.heading).toBe('What does that mean for a child?');
  });
});
