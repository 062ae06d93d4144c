import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseReportArgs } from '../../../src/cli/report';
import { buildStatusReport } from '../../../src/services/reports/build-report';
import { findPlan } from '../../../src/services/reports/find-plan';
import { reportColumns, reportCsv } from '../../../src/services/reports/report-csv';
import { reportDocx } from '../../../src/services/reports/report-docx';
import { openStores } from '../../../src/store/open-stores';
import type { Stores } from '../../../src/store/ports';
import { importSeeds, useSeededStores } from '../scheduler/seeded-stores';

const medway = 'medway/medway-childrens-services-action-plan';
const stores = useSeededStores();
const now = new Date('2026-11-20T09:00:00Z');
const options = { now, timeZone: 'Europe/London' };

async function update(s: Stores, ref: string, status: string, commentary: string, extra: { revisedDue?: string } = {}) {
  const actionId = `${medway}#${ref}`;
  const result = await s.actionUpdates.append(
    { id: `u-${ref}`, actionId, planId: medway, status, commentary, author: { name: 'Sam Officer' }, at: '2026-11-18T16:02:00Z', idempotencyKey: `k-${ref}`, ...extra },
    0,
  );
  if (result.kind !== 'ok') throw new Error(result.kind);
}

async function seedUpdates(s: Stores) {
  await update(s, '1.9', 'R', '=HYPERLINK("x") Recruitment paused, so the "framework" slips; recovery plan to the December board.', { revisedDue: '2027-03-31' });
  await update(s, '1.10', 'A', 'Judiciary meetings resume in January.');
  await update(s, '1.11', 'G', 'Permanence tracker live.');
  await update(s, '2.3', 'B', 'Recruitment process in place.');
}

/** The text of a Word document's body, tags removed. */
async function documentText(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml in the .docx');
  return xml.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

describe("a plan's status report", () => {
  it('names the plan by its alias, words from its name, or its id, and asks back when words fit several', async () => {
    expect(await findPlan(stores().catalogue, 'YOT plan')).toMatchObject({ kind: 'found', plan: { name: 'Medway Youth Offending Team and Youth Justice Partnership Board Improvement Plan' } });
    expect(await findPlan(stores().catalogue, medway)).toMatchObject({ kind: 'found', plan: { id: medway } });
    const several = await findPlan(stores().catalogue, 'executive response');
    expect(several.kind).toBe('choose');
  });

  it('has every action with its status and latest commentary, and counts by status', async () => {
    const s = stores();
    await seedUpdates(s);
    const plan = (await s.catalogue.getPlan(medway))!;
    const report = await buildStatusReport(s, plan, { ...options, exceptionsOnly: false });
    expect(report.lines).toHaveLength(62);
    expect(report.lines.slice(0, 11).map((l) => l.ref)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11']);
    expect(report.lines.find((l) => l.ref === '1.9')).toMatchObject({
      statusLabel: 'Red',
      statusSource: 'update',
      updatedBy: 'Sam Officer',
      updatedAt: '18 November 2026 at 16:02',
      revisedDue: '2027-03-31',
      due: '31 March 2027 (revised; planned October 2019)',
    });
    // 2.1's due cell says "End of September COMPLETED": Blue from the plan, besides the one from an update.
    expect(report.lines.find((l) => l.ref === '2.1')).toMatchObject({ statusLabel: 'Blue' });
    expect(report.counts).toEqual([
      { label: 'Blue', count: 2 },
      { label: 'Green', count: 1 },
      { label: 'Amber', count: 1 },
      { label: 'Red', count: 1 },
      { label: 'No status yet', count: 57 },
    ]);
  });

  it('keeps only the worst levels (Red and Amber) when it is an exceptions report', async () => {
    const s = stores();
    await seedUpdates(s);
    const report = await buildStatusReport(s, (await s.catalogue.getPlan(medway))!, { ...options, exceptionsOnly: true });
    expect(report.exceptionLevels.map((l) => l.label)).toEqual(['Red', 'Amber']);
    expect(report.lines.map((l) => [l.ref, l.statusLabel, l.commentary])).toEqual([
      ['1.9', 'Red', '=HYPERLINK("x") Recruitment paused, so the "framework" slips; recovery plan to the December board.'],
      ['1.10', 'Amber', 'Judiciary meetings resume in January.'],
    ]);
  });

  it('writes CSV with the documented columns, quoted, and with formulas defused', async () => {
    const s = stores();
    await seedUpdates(s);
    const csv = reportCsv(await buildStatusReport(s, (await s.catalogue.getPlan(medway))!, { ...options, exceptionsOnly: false }));
    expect(csv.startsWith('\ufeffref,action,leads,due,status,status_label,status_source,updated_at,updated_by,latest_commentary,revised_due,evidence_url\r\n')).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(reportColumns.map((c) => c.header));
    expect(rows).toHaveLength(62);
    const red = rows.find((r) => r.ref === '1.9')!;
    expect(red.latest_commentary).toBe('\'=HYPERLINK("x") Recruitment paused, so the "framework" slips; recovery plan to the December board.');
    expect(red.leads).toBe('Head of Service, Safeguarding');
    expect(rows.find((r) => r.ref === '1.1')).toMatchObject({ status: '', status_source: 'none', latest_commentary: '' });
  });

  it('writes a Word document that opens as a zip with the plan and its actions in word/document.xml', async () => {
    const s = stores();
    await seedUpdates(s);
    const plan = (await s.catalogue.getPlan(medway))!;
    const report = await buildStatusReport(s, plan, { ...options, exceptionsOnly: false });
    const text = await documentText(await reportDocx(report));
    expect(text).toContain("Medway Children's Services Action Plan: status report");
    expect(text).toContain("for Children's Services Improvement Board");
    for (const action of await s.catalogue.listActions(medway)) expect(text).toContain(action.text.slice(0, 60));
    expect(text).toContain('recovery plan to the December board. (Sam Officer, 18 November 2026 at 16:02)');

    const exceptions = await documentText(await reportDocx(await buildStatusReport(s, plan, { ...options, exceptionsOnly: true })));
    expect(exceptions).toContain('Exceptions only: actions at Red or Amber (2 of 62)');
    expect(exceptions).not.toContain('Permanence tracker live.');
  });
});

describe('npm run report', () => {
  it.each([
    [['YOT', 'plan'], { plan: 'YOT plan', exceptionsOnly: false, outDir: 'reports' }],
    [['dtoc', '--exceptions', '--out', '/tmp/x'], { plan: 'dtoc', exceptionsOnly: true, outDir: '/tmp/x' }],
    [['--exceptions'], undefined],
    [['dtoc', '--out'], undefined],
    [['dtoc', '--pdf'], undefined],
  ])('reads %j', (argv, expected) => {
    expect(parseReportArgs(argv)).toEqual(expected);
  });

  it('writes the .docx and .csv of a plan from the embedded database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cb-report-'));
    const outDir = join(dataDir, 'out');
    try {
      const s = await openStores({ dataDir });
      await importSeeds(s);
      await seedUpdates(s);
      await s.close();
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [join(__dirname, '../../../node_modules/tsx/dist/cli.mjs'), join(__dirname, '../../../src/cli/report.ts'), "Medway Children's Services Action Plan", '--exceptions', '--out', outDir],
        { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', TIME_ZONE: 'Europe/London' } },
      );
      expect(stdout).toContain("Medway Children's Services Action Plan: 2 of 62 actions.");
      const files = readdirSync(outDir).sort();
      expect(files).toHaveLength(2);
      expect(files[0]).toMatch(/^medway-childrens-services-action-plan-status-\d{4}-\d{2}-\d{2}-exceptions\.csv$/);
      expect(files[1]).toMatch(/\.docx$/);
      const rows = parse(readFileSync(join(outDir, files[0]!), 'utf8').slice(1), { columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.ref)).toEqual(['1.9', '1.10']);
      expect(await documentText(readFileSync(join(outDir, files[1]!)))).toContain('Judiciary meetings resume in January.');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
