import { createHash } from 'node:crypto';
import { checkDataset } from '../domain/check-dataset';
import { type ImportReport, summariseImport } from '../domain/import-report';
import { dedupeDataset } from '../domain/merge-records';
import type { Dataset } from '../domain/model';
import { type InputFile, parseFiles } from '../import/parse-files';
import type { CatalogueStore } from '../store/ports';

export type ImportOutcome =
  | { ok: true; report: ImportReport; warnings: string[] }
  | { ok: false; errors: string[] };

/** Every source a dataset's records came from: re-importing them replaces exactly those. */
function sourceIdsOf(dataset: Dataset): string[] {
  const ids = new Set<string>(dataset.documents.map((d) => d.id));
  for (const list of [dataset.plans, dataset.actions, dataset.indicators, dataset.recommendations, dataset.meetings, dataset.people]) {
    for (const record of list) ids.add(record.source.documentId);
  }
  for (const entry of dataset.glossary) ids.add(entry.source.documentId);
  return [...ids];
}

/**
 * Imports agenda packs and spreadsheets: read, check, and store in one transaction, replacing what the
 * same sources gave before. Any error anywhere and nothing is changed.
 */
export async function importFiles(catalogue: CatalogueStore, files: InputFile[]): Promise<ImportOutcome> {
  const parsed = await parseFiles(files);
  if (!parsed.ok) return parsed;
  const dataset = dedupeDataset(parsed.dataset);
  const sourceIds = sourceIdsOf(dataset);

  // NOTE: a plan made up from action rows alone (no plan sheet) must not overwrite the full plan an
  // earlier workbook stored: keep the stored one.
  const kept: Dataset['plans'] = [];
  for (const plan of dataset.plans) {
    const fromRows = plan.flags.some((f) => f.code === 'plan-from-rows');
    const stored = fromRows ? await catalogue.getPlan(plan.id) : undefined;
    kept.push(stored ?? plan);
  }
  dataset.plans = kept;

  const problems = checkDataset(dataset);
  if (problems.length > 0) return { ok: false, errors: problems };

  const report = summariseImport(files.map((f) => f.fileName), dataset);
  const imports = files.map((file) => ({
    sourceId: file.fileName,
    fileName: file.fileName,
    contentHash: createHash('sha256').update(file.bytes).digest('hex'),
    report: report as unknown as Record<string, unknown>,
  }));
  await catalogue.replaceSources(sourceIds, dataset, imports);
  return { ok: true, report, warnings: parsed.warnings };
}
