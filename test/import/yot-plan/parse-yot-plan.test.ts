import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Action, Plan } from '../../../src/domain/model';
import type { PackText } from '../../../src/import/packs/types';
import { makeYotPlanParser, parseYotPlan } from '../../../src/import/packs/yot-plan/parse-yot-plan';

function packOf(file: string, council = 'Medway'): PackText {
  const text = readFileSync(`seeds/packs/${file}`, 'utf8');
  return { documentId: file, fileName: file, lines: text.split('\n'), council, pageOfLine: () => undefined };
}

function linesPack(lines: string[]): PackText {
  return { documentId: 'synthetic', fileName: 'synthetic.txt', lines, council: 'Testshire', pageOfLine: () => undefined };
}

const pack000 = packOf('000_ad444b67b5fc2cda.txt');
const result = parseYotPlan(pack000);
const plan = result.plans?.[0] as Plan;
const actions = result.actions ?? [];
const byRef = (ref: string): Action => {
  const action = actions.find((a) => a.ref === ref);
  if (!action) throw new Error(`no action ${ref}`);
  return action;
};

describe('Medway YOT improvement plan (pack 000, Appendix B)', () => {
  it('reads one inspection action plan with its title, owner and version', () => {
    expect(result.plans).toHaveLength(1);
    expect(plan.kind).toBe('inspection-action-plan');
    expect(plan.name).toBe('Medway Youth Offending Team and Youth Justice Partnership Board Improvement Plan');
    expect(plan.owner).toBe('Medway Youth Offending Team and Youth Justice Partnership Board');
    expect(plan.versions).toEqual([
      { version: 'V1', date: '2020-06-01', note: 'Head Of Partnership Commissioning, Resources and Youth Justice' },
    ]);
    expect(plan.date).toBe('2020-06-01');
    expect(plan.source).toMatchObject({ documentId: pack000.documentId, lineStart: 1798, lineEnd: 1985 });
  });

  it.each(['Youth Offending Team Improvement Plan', 'YOT Improvement Plan', 'YOT Plan', 'Youth Justice Improvement Plan', 'Medway YOT Improvement Plan', 'HMIP Action Plan'])(
    'is also known as %s',
    (alias) => {
      expect(plan.aliases).toContain(alias);
    },
  );

  it('has exactly 21 actions, 1A to 5D in order, over five priorities', () => {
    expect(actions.map((a) => a.ref)).toEqual([
      '1A', '1B', '1C', '2A', '2B', '2C', '2D', '3A', '3B', '3C', '3D', '3E', '3F', '3G', '3H', '4A', '4B', '5A', '5B', '5C', '5D',
    ]);
    expect(plan.priorities.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(new Set(actions.map((a) => a.id)).size).toBe(21);
    expect(actions.every((a) => a.planId === plan.id)).toBe(true);
  });

  it('keeps the full text, lead, timescale and success measure of 1A', () => {
    const a = byRef('1A');
    expect(a.text).toBe(
      'Strategic development of an escalation process with the local secure estate to escalate cases where sentence planning is not planned to be delivered within the necessary timescales.',
    );
    expect(a.leads).toEqual(['Head Of Service']);
    expect(a.due).toMatchObject({ raw: 'September 2020', date: '2020-09-30' });
    expect(a.successMeasures).toBe('Prompt timely sentence planning taking place within the custodial estate in all cases.');
    expect(a.recommendationRefs).toEqual(['1']);
    expect(a.source.lineStart).toBe(1963);
  });

  it.each([
    ['1C', 'Operations and Practice Manager'],
    ['2B', 'Information Officer'],
    ['2C', 'The YJPB and Head Of Service'],
    ['2D', 'Operation and Practice Manager'],
    ['3A', 'Operational Manager and Practice Manager'],
    ['3H', 'Operational Manager and Practice Manager'],
    ['4A', 'Information officer'],
    ['4B', 'Operations and Practice Mangers'],
    ['5C', 'YJPB and Head Of Service'],
    ['5D', 'Chair and YJPB'],
  ])('%s is led by %s, as written', (ref, lead) => {
    expect(byRef(ref).leads).toEqual([lead]);
  });

  it('gives every action the priority timescale, including 2D and 5D on continued rows', () => {
    expect(actions.every((a) => a.due?.raw === 'September 2020' && a.due.date === '2020-09-30')).toBe(true);
  });

  it('takes priority 3 lead from its page-break continuation row, for all eight actions', () => {
    expect(plan.priorities[2]?.lead).toBe('Operational Manager and Practice Manager');
    expect(actions.filter((a) => a.priority === '3').map((a) => a.extra?.leadFor)).toEqual(Array(8).fill('priority'));
  });

  it('shares a grouped success measure ("A/ B/ C:") with each action it names', () => {
    const shared = byRef('3A').successMeasures;
    expect(shared).toMatch(/^That safeguarding and risk concerns are effectively planned for/);
    expect(byRef('3B').successMeasures).toBe(shared);
    expect(byRef('3C').successMeasures).toBe(shared);
    expect(byRef('3C').extra?.successMeasuresFor).toBe('A/ B/ C');
    expect(byRef('3E').extra?.successMeasuresFor).toBe('D/ E');
    expect(byRef('3F').successMeasures).toBe('Plans drive improvement.');
  });

  it('merges rows continued across page breaks (first cell a sentence tail or a page number)', () => {
    const c = byRef('1C');
    expect(c.text).toBe(
      'For the Youth Offending Team to develop it’s own sentence planning process that is separate to but informs the secure estate’s sentence planning process.',
    );
    expect(c.successMeasures).toBe('Young people are active participants in their planning process reducing the likelihood of reoffending.');
    expect(c.source).toMatchObject({ lineStart: 1963, lineEnd: 1965 });
    expect(c.flags.map((f) => f.code)).toContain('continued-across-page-break');
    expect(plan.priorities[0]?.title).toMatch(/sufficient planning and work to support their resettlement$/);
    // Line 1968 starts with the page number "94": the bullet list continues 2C, then 2D follows.
    expect(byRef('2C').text).toContain('• Education, Training and Employment');
    expect(byRef('2C').successMeasures).toContain('YP in ETE.');
    expect(byRef('2D').source.lineStart).toBe(1968);
    // Line 1985 starts with "86" and lost its HTML: 5C's tail and 5D are run together in plain text.
    expect(byRef('5C').text).toBe('YJPB to develop additional resources across Medway to address serious youth violence and reoffending (PCC, HO, ESYV and VRU).');
    expect(byRef('5D').text).toBe('Challenge partners and look at additional arrangements to strengthen the response to young people involved in the YOT.');
    expect(actions.filter((a) => a.flags.some((f) => f.code === 'continued-across-page-break')).map((a) => a.ref)).toEqual(['1C', '2C', '3C', '5C']);
  });

  it('reads the four-level scale in order, with configurable colours and Complete as complete', () => {
    expect(plan.scale.levels.map((l) => l.label)).toEqual(['No improvement', 'Some progress', 'Good progress', 'Complete']);
    expect(plan.scale.levels.map((l) => l.rank)).toEqual([0, 1, 2, 3]);
    expect(plan.scale.levels.map((l) => l.colour)).toEqual(['#C00000', '#FFC000', '#92D050', '#0070C0']);
    expect(plan.scale.levels.filter((l) => l.complete).map((l) => l.label)).toEqual(['Complete']);
    const custom = makeYotPlanParser({ colours: ['#111111', '#222222', '#333333', '#444444'] })(pack000).plans?.[0];
    expect(custom?.scale.levels.map((l) => l.colour)).toEqual(['#111111', '#222222', '#333333', '#444444']);
  });

  it('flags the lost colours, the repaired priority number and the empty status column', () => {
    const flags = Object.fromEntries(plan.flags.map((f) => [f.code, f]));
    expect(flags['status-colours-lost']).toMatchObject({ severity: 'info', source: { lineStart: 1955, lineEnd: 1960 } });
    expect(flags['ocr-repaired-priority-number']).toMatchObject({ severity: 'repaired', raw: '☪', source: { lineStart: 1978 } });
    expect(flags['no-status-values']).toMatchObject({ severity: 'info' });
    expect(byRef('4A').flags.map((f) => f.code)).toEqual(['ocr-repaired-priority-number']);
    expect(actions.some((a) => a.status !== undefined || a.statusRaw !== undefined)).toBe(false);
  });

  it('links each action to the HMIP recommendation its priority restates', () => {
    expect(byRef('3H').recommendationRefs).toEqual(['3']);
    expect(byRef('5D').recommendationRefs).toEqual(['5']);
  });

  it('is idempotent: parsing again gives the same ids', () => {
    const again = parseYotPlan(pack000);
    expect(again.plans?.[0]?.id).toBe(plan.id);
    expect(again.actions?.map((a) => a.id)).toEqual(actions.map((a) => a.id));
  });
});

describe('parseYotPlan on other packs and odd input', () => {
  it.each(['001_4cc41449b754ee5d.txt', '002_c981c68784b9b68c.txt', '003_dc6bdf29f61919ae.txt', '004_7add0319b591a1f2.txt'])(
    'returns {} on %s',
    (file) => {
      expect(parseYotPlan(packOf(file))).toEqual({});
    },
  );

  it('flags a lost priority number it cannot confirm, and drops a continuation row with nothing above', () => {
    const header = 'Inspection priority\tAction\tLead\tTimescale\tSuccess measures\tRAG';
    const out = parseYotPlan(
      linesPack([
        header,
        'tail of nothing\t<p>A: Orphan.</p>\t\t\t\t',
        '<p>1.</p> <p>First</p>\t<p>A: Do one.</p>\t<p>A: Officer</p>\tMarch 2021\t<p>A: Done.</p>\t<p>Complete</p>',
        '<p>1.</p> <p>Again</p>\t<p>A: Same ref.</p>\t\t\t\t',
        '<p>?</p> <p>Second</p>\t<p>A: Do two.</p> <p>B: Do three.</p>\t<p>A: Officer</p> <p>C: Nobody</p>\t\t\t',
      ]),
    );
    const codes = (out.plans?.[0]?.flags ?? []).map((f) => `${f.code}:${f.severity}`);
    expect(codes).toEqual(expect.arrayContaining(['orphan-continuation-row:ambiguous', 'priority-number-missing:ambiguous', 'unmatched-letter:ambiguous', 'plan-title-not-found:ambiguous', 'status-key-not-found:ambiguous', 'duplicate-ref:ambiguous']));
    expect(out.actions?.map((a) => a.ref)).toEqual(['1A', '2A', '2B']);
    expect(out.actions?.find((a) => a.ref === '2B')?.flags.map((f) => f.code)).toContain('lead-missing');
    expect(out.actions?.find((a) => a.ref === '1A')).toMatchObject({ statusRaw: 'Complete', leads: ['Officer'], due: { raw: 'March 2021' } });
  });

  it('never throws on a header with nothing under it', () => {
    expect(() => parseYotPlan(linesPack(['HMIP priority\tAction\tLead\tTimescale\tSuccess measures\tRAG', '\t\t', '<p>', '']))).not.toThrow();
  });
});
