import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeliveryPlan } from '../../../src/import/packs/delivery-plan/parse-delivery-plan';
import { splitNumberedActions } from '../../../src/import/packs/delivery-plan/split-numbered-actions';
import type { PackText } from '../../../src/import/packs/types';

function packOf(file: string, council = 'Herefordshire'): PackText {
  const text = readFileSync(`seeds/packs/${file}`, 'utf8');
  return { documentId: file, fileName: file, lines: text.split('\n'), council, pageOfLine: () => undefined };
}

const pack = packOf('002_c981c68784b9b68c.txt');
const out = parseDeliveryPlan(pack);
const plan = out.plans?.[0];
const actions = out.actions ?? [];
const action = (ref: string) => actions.find((a) => a.ref === ref);

describe('West Mercia Youth Justice Service delivery plan 2019/20 (pack 002)', () => {
  it('reads one delivery plan owned by the management board, approved on 24 May 2019', () => {
    expect(out.plans).toHaveLength(1);
    expect(plan).toMatchObject({
      id: 'west-mercia/west-mercia-youth-justice-service-delivery-plan-2019-20',
      council: 'West Mercia',
      kind: 'delivery-plan',
      name: 'West Mercia Youth Justice Service Delivery Plan 2019/20',
      owner: 'West Mercia Youth Justice Service Management Board',
      date: '2019-05-24',
      versions: [{ version: '2019/20', date: '2019-05-24' }],
    });
    expect(plan?.aliases).toContain('WMYJS Delivery Plan 2019/20');
    expect(plan?.source).toMatchObject({ lineStart: 896, lineEnd: 913 });
  });

  it('reads exactly 38 actions: 12, 8, 11 and 7 over the four themes', () => {
    expect(actions).toHaveLength(38);
    const perTheme = ['1', '2', '3', '4'].map((p) => actions.filter((a) => a.priority === p).length);
    expect(perTheme).toEqual([12, 8, 11, 7]);
    expect(new Set(actions.map((a) => a.id)).size).toBe(38);
    expect(actions.slice(0, 5).map((a) => a.ref)).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.2.1']);
    expect(actions[actions.length - 1]?.ref).toBe('4.3.1');
  });

  it.each([
    ['1.1.1', 'Agree a revised appraisal process for 19/20 to ensure it is more suitable to needs of service', '1.1'],
    ['1.1.2', 'All appraisals completed within Q1/Q2', '1.1'],
    ['2.1.2', 'Implement a framework for assurance reporting from partners to evidence how they are actively supporting WMYJS priorities', '2.1'],
    ['2.3.1', 'Implement the agreed joint decision framework in each LPA', '2.3'],
    ['3.2.2', 'Implement access for ChSC front door/MASH to CV, supported by access agreements', '3.2'],
    ['3.3.5', 'Implement AIM 3 arrangements', '3.3'],
    ['4.2.2', 'Agree & implement process of MB member engagement in National Standards self assessment', '4.2'],
    ['4.3.1', 'Review WMYJS Board membership and the supporting governance framework for the partnership', '4.3'],
  ])('action %s reads "%s" under sub-priority %s', (ref, text, sub) => {
    expect(action(ref)?.text).toBe(text);
    expect(action(ref)?.extra?.subPriority).toBe(sub);
    expect(action(ref)?.planId).toBe(plan?.id);
  });

  it('keeps the themes and sub-priorities, using the text\'s theme title where the table differs', () => {
    const titles = Object.fromEntries((plan?.priorities ?? []).map((p) => [p.number, p.title]));
    expect(titles['1']).toBe('Our People');
    expect(titles['3']).toBe('Our Performance, Quality and Practice');
    expect(titles['2.2']).toBe("Ensuring young people's mental health needs are met");
    expect(plan?.priorities).toHaveLength(4 + 12);
    const differs = plan?.flags.find((f) => f.code === 'priority-title-differs');
    expect(differs).toMatchObject({ severity: 'info', raw: 'OUR PERFORMANCE AND PRACTICE' });
  });

  it('has no lead or timescale columns: leads empty, no action due (the plan year is not a deadline), and says so', () => {
    expect(actions.every((a) => a.leads.length === 0)).toBe(true);
    expect(actions.filter((a) => a.due)).toEqual([]);
    expect(action('2.3.3')?.extra?.planPeriod).toBe('2019/20');
    expect(plan?.flags.map((f) => f.code)).toContain('plan-table-missing-columns');
  });

  it('keeps the area-wide impact on each action of the area', () => {
    expect(action('2.2.1')?.extra?.priorityImpact).toContain('Reduction in FTE rate');
    expect(action('1.3.4')?.extra?.priorityImpact).toMatch(/^Proportion of appraisals completed/);
  });

  it('uses a default R/A/G/B scale, flagged as not from the source', () => {
    expect(plan?.scale.levels.map((l) => l.code)).toEqual(['R', 'A', 'G', 'B']);
    expect(plan?.scale.levels.find((l) => l.complete)?.code).toBe('B');
    expect(plan?.flags.find((f) => f.code === 'default-status-scale')?.severity).toBe('info');
  });

  it('is idempotent: a second parse gives the same records', () => {
    expect(parseDeliveryPlan(pack)).toEqual(out);
  });
});

describe('parseDeliveryPlan on other packs and odd input', () => {
  it.each(['000_ad444b67b5fc2cda.txt', '001_4cc41449b754ee5d.txt', '003_dc6bdf29f61919ae.txt', '004_7add0319b591a1f2.txt'])(
    'returns {} on %s',
    (file) => {
      expect(parseDeliveryPlan(packOf(file, 'Medway'))).toEqual({});
    },
  );

  it('derives a ref from theme and column for an unnumbered action, and flags it', () => {
    const lines = [
      'Priority Area\tOUR WORK\t',
      'Sub Priority\tFirst thing\tSecond thing',
      'Planned Actions\tDo the first thing\t1.2.1 Do one 1.2.2 Do two',
    ];
    const res = parseDeliveryPlan({ documentId: 'x', fileName: 'x', lines, pageOfLine: () => undefined });
    expect(res.actions?.map((a) => [a.ref, a.text])).toEqual([
      ['1.1', 'Do the first thing'],
      ['1.2.1', 'Do one'],
      ['1.2.2', 'Do two'],
    ]);
    expect(res.actions?.[0]?.flags[0]).toMatchObject({ code: 'derived-ref', severity: 'info' });
  });
});

describe('splitNumberedActions', () => {
  it('splits only on refs that follow on, so a number inside the text stays in it', () => {
    expect(splitNumberedActions('1.1.1 Move to version 2.0 of the tool 1.1.2 Train staff 1.1.9 later')).toEqual([
      { ref: '1.1.1', text: 'Move to version 2.0 of the tool' },
      { ref: '1.1.2', text: 'Train staff 1.1.9 later' },
    ]);
  });

  it('returns [] when the cell does not open with a reference', () => {
    expect(splitNumberedActions('Agree a plan 1.1.1 later')).toEqual([]);
  });
});
