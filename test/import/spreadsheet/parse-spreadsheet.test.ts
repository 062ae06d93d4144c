import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/model';
import { parseSpreadsheet, parseSpreadsheetFiles } from '../../../src/import/spreadsheet/parse-spreadsheet';
import type { SpreadsheetResult } from '../../../src/import/spreadsheet/types';

const TEMPLATES = 'seeds/templates/';
const PLAN_ID = 'sample-council/sample-council-send-improvement-plan';
const read = (name: string) => readFileSync(TEMPLATES + name);

function okDataset(result: SpreadsheetResult): Partial<Dataset> & { rowsRead: number } {
  if (!result.ok) throw new Error(`expected ok, got errors: ${JSON.stringify(result.errors, null, 1)}`);
  return { ...result.dataset, rowsRead: result.rowsRead };
}

/** The dataset without where each record came from, which differs between the xlsx and the CSVs. */
function content(dataset: Partial<Dataset>): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'source').map(([k, v]) => [k, strip(v)]));
    }
    return value;
  };
  return strip({ plans: dataset.plans, actions: dataset.actions, indicators: dataset.indicators });
}

const csvSet = () => parseSpreadsheetFiles(['plan.csv', 'scale.csv', 'actions.csv', 'indicators.csv'].map((f) => ({ fileName: f, bytes: read(f) })));

describe('the sample template workbook', async () => {
  const result = await parseSpreadsheet('plan-template.xlsx', read('plan-template.xlsx'));
  const data = okDataset(result);

  it('reads one plan with its own four-level scale, 8 actions in 3 priorities and 4 indicators', () => {
    expect(data.rowsRead).toBe(1 + 4 + 8 + 5);
    expect(result.ok && result.warnings).toEqual([]);
    expect(data.plans).toHaveLength(1);
    const plan = data.plans![0]!;
    expect(plan).toMatchObject({
      id: PLAN_ID,
      council: 'Sample Council',
      name: 'Sample Council SEND Improvement Plan',
      aliases: ['SEND Improvement Plan', 'Written Statement of Action'],
      owner: 'SEND Improvement Board',
      kind: 'improvement-plan',
      date: '2024-03-18',
      versions: [{ version: '1.2', date: '2024-03-18' }],
      flags: [],
    });
    expect(plan.scale.levels.map((l) => [l.code, l.label, l.colour, l.rank, l.complete ?? false])).toEqual([
      ['B', 'Complete', '#1F4E9E', 3, true],
      ['G', 'On track', '#2E7D32', 2, false],
      ['A', 'Some slippage', '#FFBF00', 1, false],
      ['R', 'Off track', '#C62828', 0, false],
    ]);
    expect(plan.priorities).toEqual([
      { number: '1', title: 'Identifying needs early', lead: 'Assistant Director, Education' },
      { number: '2', title: 'Timely, good quality EHC plans', lead: 'Head of SEND' },
      { number: '3', title: 'Preparing for adulthood', lead: 'Head of 14-25 Services' },
    ]);
    expect(data.actions!.map((a) => a.ref)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2']);
    expect(data.indicators).toHaveLength(4);
  });

  it.each([
    ['1.1', { raw: 'January 2025', date: '2025-01-31', precision: 'month' }, 'G'],
    ['1.2', { raw: 'Quarterly from September 2024', from: '2024-09-01', recurrence: 'quarterly' }, 'A'],
    ['1.3', { raw: '31/03/2025', date: '2025-03-31', precision: 'day' }, undefined],
    ['2.1', { raw: 'End of September 2024 COMPLETED', date: '2024-09-30', completed: true, precision: 'month' }, 'B'],
    ['3.2', { raw: '2025/26', date: '2026-03-31', precision: 'financial-year' }, undefined],
  ])('action %s has its due date parsed and its status on the scale', (ref, due, status) => {
    const action = data.actions!.find((a) => a.ref === ref)!;
    expect(action.due).toEqual(due);
    expect(action.status).toBe(status);
  });

  it('reads an action in full, with its source row', () => {
    const action = data.actions!.find((a) => a.ref === '1.2')!;
    expect(action).toMatchObject({
      id: `${PLAN_ID}#1.2`,
      planId: PLAN_ID,
      priority: '1',
      text: 'Train every early years setting in the graduated approach',
      leads: ['SEND Early Years Lead', 'Educational Psychology Service'],
      partners: ['Early years providers'],
      successMeasures: '90% of settings trained',
      resources: '£20,000 training budget',
      recommendationRefs: ['1', '2'],
      statusRaw: 'A',
      source: { documentId: 'spreadsheet:plan-template.xlsx', page: 4, lineStart: 3, lineEnd: 3 },
    });
    expect(data.actions!.find((a) => a.ref === '2.3')!.recommendationRefs).toEqual(['3', '4']);
  });

  it('reads an indicator with values, targets, comparators, unit and polarity', () => {
    const ind = data.indicators!.find((i) => i.name === 'EHC plans issued within 20 weeks')!;
    expect(ind).toMatchObject({
      id: 'sample-council/sample-council/ehc-plans-issued-within-20-weeks',
      aliases: ['EHCP timeliness', '20-week rate'],
      unit: '%',
      polarity: 'higher-is-better',
      area: 'Sample Council',
      council: 'Sample Council',
      planId: PLAN_ID,
      actionRef: '2.2',
    });
    expect(ind.values.map((m) => [m.period, m.periodEnd, m.value])).toEqual([
      ['Calendar year 2023', '2023-12-31', 38],
      ['Year to date June 2024', '2024-06-30', 51],
    ]);
    expect(ind.targets.map((m) => m.value)).toEqual([50, 60]);
    expect(ind.comparators.map((c) => [c.kind, c.label, c.value, c.periodEnd])).toEqual([
      ['england', 'England', 50.3, '2023-12-31'],
      ['statistical-neighbours', 'Statistical neighbours', 47.5, '2024-06-30'],
    ]);
    const weeks = data.indicators!.find((i) => i.name === 'Average weeks to issue an EHC plan')!;
    expect([weeks.unit, weeks.polarity, weeks.values[0]!.value, weeks.targets[0]!.value]).toEqual(['weeks', 'lower-is-better', 27.5, 20]);
    const requests = data.indicators!.find((i) => i.name === 'Requests for an EHC needs assessment')!;
    expect([requests.polarity, requests.planId, requests.comparators[0]!.kind]).toEqual(['none', undefined, 'previous']);
    expect(data.indicators!.find((i) => i.area === 'North Locality')!.id).toBe('sample-council/north-locality/young-people-aged-16-17-with-an-ehc-plan-in-education-or-training');
  });

  it('cites each sheet of the file as a page whose lines are Excel rows', () => {
    const doc = data.documents![0]!;
    expect(doc.id).toBe('spreadsheet:plan-template.xlsx');
    const actionsPage = doc.pages.find((p) => p.number === 4)!;
    expect(actionsPage.text.split('\n')[2]).toContain('Train every early years setting');
  });
});

describe('the CSV form', () => {
  it('gives the same plans, actions and indicators as the workbook for the same content', async () => {
    const xlsx = okDataset(await parseSpreadsheet('plan-template.xlsx', read('plan-template.xlsx')));
    const csv = okDataset(await csvSet());
    expect(csv.rowsRead).toBe(xlsx.rowsRead);
    expect(content(csv)).toEqual(content(xlsx));
  });

  it('imports an actions CSV on its own, making the plan from its rows with the default scale, flagged', async () => {
    const data = okDataset(await parseSpreadsheet('actions.csv', read('actions.csv')));
    expect(data.actions).toHaveLength(8);
    expect(data.plans!.map((p) => [p.id, p.scale.levels.map((l) => l.code).join('')])).toEqual([[PLAN_ID, 'BGAR']]);
    expect(data.plans![0]!.flags.map((f) => [f.code, f.severity])).toEqual([['plan-from-rows', 'info'], ['default-status-scale', 'info']]);
    expect(data.actions!.find((a) => a.ref === '2.1')!.status).toBe('B');
  });

  it('imports an indicators CSV on its own, linked to the plan it names', async () => {
    const data = okDataset(await parseSpreadsheet('indicators.csv', read('indicators.csv')));
    expect(data.indicators).toHaveLength(4);
    expect(data.indicators!.filter((i) => i.planId === PLAN_ID)).toHaveLength(3);
  });
});

describe('re-import', () => {
  it('gives identical ids and content when the same files are parsed again', async () => {
    const first = okDataset(await parseSpreadsheet('plan-template.xlsx', read('plan-template.xlsx')));
    const second = okDataset(await parseSpreadsheet('plan-template.xlsx', read('plan-template.xlsx')));
    expect(second.actions!.map((a) => a.id)).toEqual(first.actions!.map((a) => a.id));
    expect(second.indicators!.map((i) => i.id)).toEqual(first.indicators!.map((i) => i.id));
    expect(second).toEqual(first);
    const csv = okDataset(await csvSet());
    expect(new Set([...csv.actions!, ...first.actions!].map((a) => a.id)).size).toBe(8);
  });
});

describe('a CSV set without a plan sheet', () => {
  it("gives the plan made from the actions' rows the scale that names it", async () => {
    const data = okDataset(await parseSpreadsheetFiles(['scale.csv', 'actions.csv'].map((f) => ({ fileName: f, bytes: read(f) }))));
    const plan = data.plans![0]!;
    expect(plan.scale.levels.map((l) => l.label)).toEqual(['Complete', 'On track', 'Some slippage', 'Off track']);
    expect(plan.flags.map((f) => f.code)).toEqual(['plan-from-rows']);
  });

  it('refuses a scale row naming a plan that no row names', async () => {
    const scale = { fileName: 'scale.csv', bytes: Buffer.from('plan,code,label\nOther Plan,G,Good\n') };
    const result = await parseSpreadsheetFiles([scale, { fileName: 'actions.csv', bytes: read('actions.csv') }]);
    expect(result.ok ? [] : result.errors).toEqual([
      { sheet: 'scale.csv', row: 2, column: 'plan', message: "'Other Plan' is not a plan named by the actions or indicators in this file" },
    ]);
  });
});
