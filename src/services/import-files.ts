import { createHash } from 'node:crypto';
import { checkDataset } from '../domain/check-dataset';
import { type ImportReport, summariseImport } from '../domain/import-report';
import { mergeRecord } from '../domain/merge-record';
import { dedupeDataset } from '../domain/merge-records';
import { type DocumentDates, mergeIndicators } from '../domain/merge-indicators';
import type { Dataset, Indicator } from '../domain/model';
import { type InputFile, type ParseOutcome, parseFiles } from '../import/parse-files';
import type { CatalogueStore } from '../store/ports';

export type ImportOutcome =
  | { ok: true; report: ImportReport; warnings: string[] }
  | { ok: false; errors: string[] };

/** Every source a dataset's records came from: re-importing them replaces exactly those. */
function sourceIdsOf(dataset: Dataset): string[] {
  const ids = new Set<string>(dataset.documents.map((d) => d.id));
  for (const list of [dataset.plans, dataset.actions, dataset.indicators, dataset.recommendations, dataset.risks, dataset.meetings, dataset.people]) {
    for (const record of list) ids.add(record.source.documentId);
  }
  for (const entry of dataset.glossary) ids.add(entry.source.documentId);
  return [...ids];
}

/** Dates of the papers being imported and of those already stored. */
async function documentDates(catalogue: CatalogueStore, dataset: Dataset): Promise<DocumentDates> {
  const dates = new Map((await catalogue.listDocuments()).map((d) => [d.id, d.date]));
  for (const d of dataset.documents) dates.set(d.id, d.date);
  return (id) => dates.get(id);
}

/**
 * Imports agenda packs and spreadsheets: read, check, and store in one transaction, replacing what the
 * same sources gave before. Any error anywhere and nothing is changed. `parsed`: the files already
 * read (first start reads the seed packs while the new database is being created).
 */
export async function importFiles(catalogue: CatalogueStore, files: InputFile[], parsed: Promise<ParseOutcome> = parseFiles(files)): Promise<ImportOutcome> {
  const outcome = await parsed;
  if (!outcome.ok) return outcome;
  return storeParsed(catalogue, files, outcome);
}

async function storeParsed(catalogue: CatalogueStore, files: InputFile[], parsed: ParseOutcome & { ok: true }): Promise<ImportOutcome> {
  const dataset = dedupeDataset(parsed.dataset);
  const sourceIds = sourceIdsOf(dataset);

  // NOTE: a record another source already gave (a meeting on one pack's front sheet, mentioned in
  // another; a person in several packs; a plan whose workbook an actions-only CSV now updates) is
  // merged with the stored reading, not overwritten by it: a partial reading only fills gaps.
  for (const kind of ['plans', 'actions', 'indicators', 'recommendations', 'meetings', 'people'] as const) {
    const list = dataset[kind] as { id: string }[];
    const stored = await catalogue.findFromOtherSources(kind, list.map((r) => r.id), sourceIds);
    if (stored.length === 0) continue;
    const byId = new Map(stored.map((r) => [r.id as string, r]));
    const dateOf = await documentDates(catalogue, dataset);
    (dataset[kind] as { id: string }[]) = list.map((record) => {
      const earlier = byId.get(record.id);
      if (!earlier) return record;
      // An indicator keeps the figures of every paper it was read from: the newest dated is the latest.
      if (kind === 'indicators') return mergeIndicators(earlier as unknown as Indicator, record as Indicator, dateOf) ?? record;
      return mergeRecord(earlier as typeof record, record);
    });
  }

  const problems = checkDataset(dataset);
  if (problems.length > 0) return { ok: false, errors: problems };

  const report = summariseImport(files.map((f) => f.fileName), dataset);
  const imports = files.map((file) => ({
    sourceId: dataset.documents.find((d) => d.fileName === file.fileName)?.id ?? file.fileName,
    fileName: file.fileName,
    contentHash: createHash('sha256').update(file.bytes).digest('hex'),
    report: report as unknown as Record<string, unknown>,
  }));
  await catalogue.replaceSources(sourceIds, dataset, imports);
  return { ok: true, report, warnings: parsed.warnings };
}
