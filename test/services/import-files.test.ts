import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatImportReport, type ImportReport } from '../../src/domain/import-report';
import type { Action, Indicator, Meeting, Plan } from '../../src/domain/model';
import { readSeedFiles } from '../../src/import/seed-files';
import { importFiles } from '../../src/services/import-files';
import { openStores } from '../../src/store/open-stores';
import type { Stores } from '../../src/store/ports';

describe('importing the bundled agenda packs', () => {
  let stores: Stores;
  let plans: Plan[];
  let actions: Action[];
  let indicators: Indicator[];
  let meetings: Meeting[];
  let report: ImportReport;
  const planNamed = (pattern: RegExp) => plans.find((p) => pattern.test(p.name));
  const actionsOf = (plan: Plan | undefined) => actions.filter((a) => a.planId === plan?.id);

  beforeAll(async () => {
    stores = await openStores({});
    const outcome = await importFiles(stores.catalogue, readSeedFiles());
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    report = outcome.report;
    plans = await stores.catalogue.listPlans();
    actions = await stores.catalogue.listActions();
    indicators = await stores.catalogue.listIndicators();
    meetings = await stores.catalogue.listMeetings();
  });
  afterAll(async () => {
    await stores?.close();
  });

  it("reads the Medway Children's Services action plan: 62 actions over five priorities and its B/G/A/R key", () => {
    const plan = planNamed(/^Medway Children's Services Action Plan$/);
    expect(plan?.owner).toBe("Children's Services Improvement Board");
    expect(plan?.aliases).toEqual(expect.arrayContaining(['Improvement Action Plan', 'Improvement Plan']));
    const byPriority = new Map<string, number>();
    for (const action of actionsOf(plan)) byPriority.set(action.priority ?? '?', (byPriority.get(action.priority ?? '?') ?? 0) + 1);
    expect(Object.fromEntries(byPriority)).toEqual({ '1': 22, '2': 12, '3': 9, '4': 9, '5': 10 });
    expect(plan?.scale.levels.map((l) => [l.code, l.meaning])).toEqual(
      expect.arrayContaining([
        ['B', 'Action completed'],
        ['R', 'No evidence of progress/action will not be delivered in timescale/multiple actions outstanding'],
      ]),
    );
    expect(plan?.scale.levels.find((l) => l.code === 'B')?.complete).toBe(true);
  });

  it('recovers the action the scan prints as "\\$ 5" as 4.9, and flags the repair', () => {
    const plan = planNamed(/^Medway Children's Services Action Plan$/);
    const action = actionsOf(plan).find((a) => a.ref === '4.9');
    expect(action?.text).toMatch(/^Implement cycle of individual and whole service meetings/);
    expect(action?.flags.map((f) => f.code)).toContain('ref-recovered-from-sequence');
  });

  it("keeps action 1.1's three stacked measures with their own values and targets, and places its two benchmarks flagged", () => {
    const measures = indicators.filter((i) => i.actionRef === '1.1' && /children/i.test(i.planId ?? ''));
    const pairs = measures.map((m) => [m.values[0]?.value ?? NaN, m.targets[0]?.value ?? NaN]);
    expect(pairs.sort((a, b) => a[0]! - b[0]!)).toEqual([
      [51, 58],
      [57, 45],
      [93, 92],
    ]);
    const benchmarks = measures.map((m) => [m.values[0]?.value, m.comparators.map((c) => c.value)]);
    expect(benchmarks.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([[51, []], [57, [29, 31]], [93, [92, 92]]]);
    for (const measure of measures) expect(measure.flags.map((f) => f.code)).toContain('benchmarks-aligned-by-figures');
  });

  it('reads the Medway YOT improvement plan: 21 actions 1A to 5D on its four-level scale', () => {
    const plan = planNamed(/Youth Offending Team.*Improvement Plan/);
    const refs = actionsOf(plan).map((a) => a.ref).sort();
    expect(refs).toHaveLength(21);
    expect(refs[0]).toBe('1A');
    expect(refs[refs.length - 1]).toBe('5D');
    expect(plan?.scale.levels.map((l) => l.label)).toEqual(['No improvement', 'Some progress', 'Good progress', 'Complete']);
  });

  it('reads the West Mercia Youth Justice delivery plan 2019/20 with 38 actions', () => {
    expect(actionsOf(planNamed(/West Mercia Youth Justice Service Delivery Plan 2019\/20/))).toHaveLength(38);
  });

  it("reads Herefordshire's executive responses with their actions", () => {
    const responses = plans.filter((p) => p.kind === 'executive-response');
    expect(responses.length).toBeGreaterThanOrEqual(3);
    for (const plan of responses) expect(actionsOf(plan).length).toBeGreaterThan(0);
  });

  it('reads the youth justice indicators by area, with comparators and their periods', () => {
    const custody = indicators.find((i) => i.area === 'Telford and Wrekin' && /custody/i.test(i.name));
    expect(custody?.values.map((v) => v.value)).toContain(0.12);
    expect(custody?.polarity).toBe('lower-is-better');
    const national = custody?.comparators.find((c) => c.kind === 'national');
    expect(national?.value).toBe(0.32);
    expect(national?.period).toBeTruthy();
    const areas = new Set(indicators.filter((i) => /reoffend|re-offend/i.test(i.name)).map((i) => i.area));
    expect([...areas]).toEqual(expect.arrayContaining(['Herefordshire', 'West Mercia', 'Shropshire', 'Telford and Wrekin', 'Worcestershire']));
  });

  it('keeps both of two conflicting figures for one measure, flagged, never choosing one', () => {
    const frequency = indicators.find((i) => i.area === 'Herefordshire' && /frequency/i.test(i.name));
    expect(frequency?.values.map((v) => v.value)).toEqual(expect.arrayContaining([3.38, 3.83]));
    expect(frequency?.flags.some((f) => f.code === 'conflicting-figures' && f.severity === 'ambiguous')).toBe(true);
  });

  it.each([
    ['Cabinet', '2020-06-09', '15:00', 'Virtual Meeting'],
    ['Children and young people scrutiny committee', '2019-09-16', '10:15', 'Committee Room 1'],
    ['Cabinet', '2020-01-14', '15:00', 'Gun Wharf'],
    ['Children and Young People Overview and Scrutiny Committee', '2023-03-02', '18:30', "St George's Centre"],
  ])('reads the %s meeting of %s with its time and venue', (body, date, time, venue) => {
    const meeting = meetings.find((m) => m.date === date && m.body.toLowerCase() === body.toLowerCase());
    expect(meeting?.time).toBe(time);
    expect(meeting?.venue).toContain(venue);
  });

  it('counts the reports and risk rows it read in its totals, its printed log and the health counts', async () => {
    const reports = (await stores.catalogue.listReports()).length;
    const risks = (await stores.catalogue.listRisks()).length;
    expect(reports).toBeGreaterThan(0);
    expect(report.totals).toMatchObject({ reports, risks });
    expect(formatImportReport(report)).toContain(`, ${risks} risks, ${reports} reports`);
    expect(await stores.health.counts()).toMatchObject({ reports, risks });
  });

  it('imports the same packs again without duplicating anything', async () => {
    const before = await stores.health.counts();
    const again = await importFiles(stores.catalogue, readSeedFiles());
    expect(again.ok).toBe(true);
    expect(await stores.health.counts()).toEqual(before);
    expect((await stores.catalogue.listActions()).length).toBe(actions.length);
  });

  it('refuses a spreadsheet with bad rows and changes nothing', async () => {
    const before = await stores.health.counts();
    const csv = ['plan,council,ref,action,due,status', 'Sample plan,Sample,1.1,Do a thing,Jnauary 2020,Q', 'Sample plan,Sample,,No ref here,March 2020,G'].join('\n');
    const outcome = await importFiles(stores.catalogue, [{ fileName: 'actions.csv', bytes: Buffer.from(csv) }]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.join('\n')).toMatch(/actions\.csv, row 2/);
    expect(outcome.errors.join('\n')).toMatch(/row 3/);
    expect(await stores.health.counts()).toEqual(before);
  });

  it('refuses a file type it cannot read, naming the file', async () => {
    const outcome = await importFiles(stores.catalogue, [{ fileName: 'minutes.pdf', bytes: Buffer.from('%PDF') }]);
    expect(outcome).toEqual({ ok: false, errors: [expect.stringMatching(/^minutes\.pdf: not a file type I can import/)] });
  });

  it('imports the sample spreadsheet template as a plan of its own', async () => {
    const bytes = readFileSync(join(__dirname, '..', '..', 'seeds', 'templates', 'plan-template.xlsx'));
    const outcome = await importFiles(stores.catalogue, [{ fileName: 'plan-template.xlsx', bytes }]);
    expect(outcome.ok).toBe(true);
    const sample = (await stores.catalogue.listPlans()).find((p) => /SEND Improvement Plan/.test(p.name));
    expect((await stores.catalogue.listActions(sample?.id)).length).toBe(8);
  });
});

describe('re-importing a corrected pack', () => {
  it('replaces what the earlier copy gave, dropping rows the correction removed', async () => {
    const stores = await openStores({});
    try {
      const [pack] = readSeedFiles().filter((f) => f.fileName.startsWith('004'));
      expect((await importFiles(stores.catalogue, [pack!])).ok).toBe(true);
      const before = (await stores.catalogue.listActions()).filter((a) => a.ref === '5.10');
      expect(before).toHaveLength(1);
      const text = pack!.bytes.toString('utf8');
      const row = text.split('\n').findIndex((line) => /^5\.10\t/.test(line));
      expect(row).toBeGreaterThan(0);
      const corrected = text.split('\n').filter((_, i) => i !== row).join('\n');
      expect((await importFiles(stores.catalogue, [{ fileName: pack!.fileName, bytes: Buffer.from(corrected) }])).ok).toBe(true);
      expect((await stores.catalogue.listActions()).filter((a) => a.ref === '5.10')).toHaveLength(0);
      expect(await stores.catalogue.listDocuments()).toHaveLength(1);
      expect((await stores.catalogue.lastImport('pack:004-7add0319b591a1f2'))?.fileName).toBe(pack!.fileName);
    } finally {
      await stores.close();
    }
  });

  it('refuses a pack that is not UTF-8 text, naming the file, and imports nothing', async () => {
    const stores = await openStores({});
    try {
      const outcome = await importFiles(stores.catalogue, [{ fileName: 'old.txt', bytes: Buffer.from([0x41, 0xa3, 0x31, 0x30]) }]);
      expect(outcome).toEqual({ ok: false, errors: [expect.stringMatching(/^old\.txt: .*UTF-8/)] });
    } finally {
      await stores.close();
    }
  });
});

describe('importing packs one at a time, in any order', () => {
  it('ends with the same meetings and people as importing them together: a mention never overwrites a front sheet', async () => {
    const together = await openStores({});
    const apart = await openStores({});
    try {
      expect((await importFiles(together.catalogue, readSeedFiles())).ok).toBe(true);
      for (const file of readSeedFiles().reverse()) expect((await importFiles(apart.catalogue, [file])).ok).toBe(true);
      const view = (meetings: Meeting[]) => meetings.map((m) => [m.id, m.date, m.time ?? null, m.venue ?? null, m.contact?.name ?? null]);
      expect(view(await apart.catalogue.listMeetings())).toEqual(view(await together.catalogue.listMeetings()));
      const roles = async (s: Stores) => (await s.catalogue.listPeople()).map((p) => [p.id, p.roles.map((r) => r.title).sort()]);
      expect(await roles(apart)).toEqual(await roles(together));
    } finally {
      await together.close();
      await apart.close();
    }
  });
});
