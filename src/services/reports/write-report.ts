import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StatusReport } from './build-report';
import { reportCsv } from './report-csv';

/** "medway-childrens-services-action-plan-status-2026-11-20-exceptions": the files' common name. */
export function reportFileStem(report: StatusReport): string {
  const slug = (report.plan.id.split('/').pop() ?? 'plan').replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  return `${slug}-status-${report.generatedOn}${report.exceptionsOnly ? '-exceptions' : ''}`;
}

/** Writes the report as .docx and .csv into `dir` (made if absent); returns the two paths. */
export async function writeReportFiles(report: StatusReport, dir: string): Promise<{ docx: string; csv: string }> {
  await mkdir(dir, { recursive: true });
  const stem = join(dir, reportFileStem(report));
  const paths = { docx: `${stem}.docx`, csv: `${stem}.csv` };
  // NOTE: docx (about 3 MB of heap) loads when a Word file is first written, not at start-up.
  await writeFile(paths.docx, await (await import('./report-docx.js')).reportDocx(report));
  await writeFile(paths.csv, reportCsv(report), 'utf8');
  return paths;
}
