import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Action, Plan } from '../../../src/domain/model';
import { parsePlanOnAPage } from '../../../src/import/packs/plan-on-a-page/parse-plan-on-a-page';
import type { PackText } from '../../../src/import/packs/types';

function packOf(file: string): PackText {
  const text = readFileSync(`seeds/packs/${file}`, 'utf8');
  return { documentId: file, fileName: file, lines: text.split('\n'), council: 'Medway', pageOfLine: () => undefined };
}

const pack000 = packOf('000_ad444b67b5fc2cda.txt');
const result = parsePlanOnAPage(pack000);
const plan = result.plans?.[0] as Plan;
const actions = result.actions ?? [];
const byRef = (ref: string): Action => {
  const action = actions.find((a) => a.ref === ref);
  if (!action) throw new Error(`no action ${ref}`);
  return action;
};

describe('Medway DToC plan on a page (pack 000, BCF Appendix 1)', () => {
  it('reads one plan on a page, named by its heading and owned by the parties to the BCF plan', () => {
    expect(result.plans).toHaveLength(1);
    expect(plan).toMatchObject({ kind: 'plan-on-a-page', name: 'Medway DToC Plan 2017 - 2019', owner: 'Medway Council and Medway CCG' });
    expect(plan.aliases).toEqual(expect.arrayContaining(['DToC Plan on a Page', 'Medway Delayed Transfer of Care Plan 2017 - 2019']));
    expect(plan.source).toMatchObject({ lineStart: 2500, lineEnd: 2528 });
    expect(plan.scale.levels).toEqual([]);
  });

  it('has the eight focus areas, in order, as priorities', () => {
    expect(plan.priorities.map((p) => p.title)).toEqual([
      'DATA – UNDERSTAND ISSUES',
      'GOVERNANCE – WHOLE SYSTEM RESPONSE',
      'BUILD CAPACITY',
      'COMMUNITY SERVICES',
      'WORKFORCE DEVELOPMENT',
      'VOLUNTARY AND COMMUNITY SECTOR',
      'CHOICE',
      'DIGITAL ROAD MAP',
    ]);
  });

  it('has 23 action rows (4/1/4/5/3/2/3/1), with refs built as focus-area.row', () => {
    expect(actions).toHaveLength(23);
    const perArea = plan.priorities.map((p) => actions.filter((a) => a.priority === p.number).length);
    expect(perArea).toEqual([4, 1, 4, 5, 3, 2, 3, 1]);
    expect(actions.slice(0, 6).map((a) => a.ref)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '3.1']);
    expect(plan.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['refs-built', 'no-status-column', 'owner-from-parent-plan']));
  });

  it.each([
    ['1.1', 'AGREE METRICS FOR PLAN', ['AD COMMISSIONING, BUSINESS & INTELLIGENCE'], 'MONTHLY REPORTING TO UCOG', 2503],
    ['3.2', 'INCLUDE CHC BROKERAGE PROCESS AND PATHWAYS', ['PROGRAMME MANAGER - PMO'], 'NOVEMBER 2017', 2509],
    ['4.4', 'REVISE SERVICE SPECIFICATION AND CONTRACT T&Cs TO IMPROVE RESPONSE TIMES', ["HEAD OF ADULTS' COMMISSIONING"], 'MARCH 2018', 2515],
    ['6.1', 'REVIEW AND BUILD CAPACITY OF VOLUNTARY SECTOR ORGANISATIONS TO ENGAGE IN DISCHARGE TEAMS TO SUPPORT PEOPLE HOME FROM HOSPITAL', ["PROGRAMME LEAD ADULTS' COMMISSIONING", 'PUBLIC HEALTH'], 'MARCH 18', 2522],
    ['8.1', 'DEVELOPMENT OF STRATA WITH SYSTEM PARTNERS', ["PROGRAMME LEAD ADULTS' COMMISSIONING"], 'MARCH 2017', 2527],
  ])('%s: %s, led by %j, timeframe %s (line %i)', (ref, text, leads, due, line) => {
    const a = byRef(ref);
    expect(a.text).toBe(text);
    expect(a.leads).toEqual(leads);
    expect(a.due?.raw).toBe(due);
    expect(a.source.lineStart).toBe(line);
  });

  it('parses the timeframes that name a month and year', () => {
    expect(byRef('3.2').due?.date).toBe('2017-11-30');
    expect(byRef('7.1').due?.date).toBe('2018-03-31');
  });

  it('skips the header repeated after the page break and continues the focus area', () => {
    expect(actions.some((a) => a.text === 'Action' || a.text === 'Focus Areas')).toBe(false);
    expect(byRef('6.1').extra?.focusArea).toBe('VOLUNTARY AND COMMUNITY SECTOR');
    expect(byRef('5.3').extra?.focusArea).toBe('WORKFORCE DEVELOPMENT');
  });

  it('keeps outcome and KPI as written, the KPI figures unparsed', () => {
    const a = byRef('2.1');
    expect(a.successMeasures).toBe('REDUCTION IN DToCs • KMPT • MFT (Medway Residents) • WHOLE SYSEM / OTHER STAKEHOLDERS');
    expect(a.extra?.kpi).toBe('ACHIEVE AGREED REDUCTION MOVE TOWARDS 3.5% NATIONAL TARGET >4/100,000 POPULATION REDUCTION IN SYSTEM DToC DELAYS DUE TO ASC');
    expect(result.indicators).toBeUndefined();
  });

  it('adds a row with no action (line 2528) to the action above it', () => {
    const a = byRef('8.1');
    expect(a.successMeasures).toBe('INCREASED INTEROPERABILITY\nBETTER UTILISATION OF TECS AS BOTH A PREVENTATIVE MEASURE AND DISCHARGE FACILITATION');
    expect(a.source).toMatchObject({ lineStart: 2527, lineEnd: 2528 });
    expect(a.flags.map((f) => f.code)).toEqual(['row-merged-into-action']);
  });

  it('flags, and does not fill, blank lead or timeframe cells that may have been merged', () => {
    const flagged = actions.filter((a) => a.flags.some((f) => f.code === 'blank-cell-maybe-merged' && f.severity === 'ambiguous'));
    expect(flagged.map((a) => a.ref)).toEqual(['1.2', '1.3', '1.4', '4.2', '6.2', '7.2', '7.3']);
    expect(byRef('1.2').leads).toEqual([]);
    expect(byRef('7.3').due).toBeUndefined();
  });
});

describe('parsePlanOnAPage on other packs and odd input', () => {
  it.each(['001_4cc41449b754ee5d.txt', '002_c981c68784b9b68c.txt', '003_dc6bdf29f61919ae.txt', '004_7add0319b591a1f2.txt'])(
    'returns {} on %s',
    (file) => {
      expect(parsePlanOnAPage(packOf(file))).toEqual({});
    },
  );

  it('flags a row before any focus area instead of throwing', () => {
    const lines = ['Focus Areas\tAction\tOutcome\tKPI\tLead\tTimeframe', '\tLOOSE ACTION\t\t\tSOMEONE\tMAY 2021', 'AREA\tSECOND\t\t\t\t'];
    const out = parsePlanOnAPage({ documentId: 's', fileName: 's', lines, council: 'Testshire', pageOfLine: () => undefined });
    expect(out.plans?.[0]?.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['orphan-row', 'plan-title-not-found']));
    expect(out.actions?.map((a) => a.ref)).toEqual(['1.1', '2.1']);
  });
});
