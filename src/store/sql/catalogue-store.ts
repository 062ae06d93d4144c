import type { Dataset, DocumentPage } from '../../domain/model';
import type { CatalogueStore } from '../ports';
import type { DocumentSummary, ImportRecord } from '../../domain/catalogue-records';
import type { SqlClient, SqlExecutor } from './sql-client';

/** Each table's columns besides `doc`, and how to take them from a record. */
const tables = {
  plans: { items: (d: Dataset) => d.plans, cols: { council: 'council', name: 'name' } },
  actions: { items: (d: Dataset) => d.actions, cols: { plan_id: 'planId', ref: 'ref' } },
  indicators: { items: (d: Dataset) => d.indicators, cols: { plan_id: 'planId', action_ref: 'actionRef', area: 'area', name: 'name' } },
  recommendations: { items: (d: Dataset) => d.recommendations, cols: { council: 'council' } },
  risks: { items: (d: Dataset) => d.risks, cols: { council: 'council' } },
  meetings: { items: (d: Dataset) => d.meetings, cols: { council: 'council', body: 'body', date: 'date' } },
  people: { items: (d: Dataset) => d.people, cols: { name: 'name' } },
  reports: { items: (d: Dataset) => d.reports, cols: { council: 'council' } },
} as const;

type Keyed = { id: string; source: { documentId: string } };

const IMPORT_LOCK = 72_410_002;

async function insertJson(tx: SqlExecutor, table: string, cols: Record<string, string>, records: Keyed[]): Promise<void> {
  if (records.length === 0) return;
  const names = ['id', 'source_id', ...Object.keys(cols)];
  const rows = records.map((record) => {
    const row: Record<string, unknown> = { id: record.id, source_id: record.source.documentId, doc: record };
    for (const [col, field] of Object.entries(cols)) row[col] = (record as unknown as Record<string, unknown>)[field] ?? null;
    return row;
  });
  const select = names.map((n) => (n === 'date' ? `(e->>'${n}')::date` : `e->>'${n}'`)).join(', ');
  const updates = [...names.slice(1), 'doc'].map((n) => `${n} = EXCLUDED.${n}`).join(', ');
  await tx.query(
    `INSERT INTO ${table} (${names.join(', ')}, doc)
     SELECT ${select}, e->'doc' FROM jsonb_array_elements($1::jsonb) AS e
     ON CONFLICT (id) DO UPDATE SET ${updates}`,
    [JSON.stringify(rows)],
  );
}

/** The imported data as JSON documents, with the columns that queries filter on alongside. */
export function sqlCatalogueStore(db: SqlClient): CatalogueStore {
  const docs = async <T>(sql: string, params: unknown[] = []) =>
    (await db.query<{ doc: T }>(sql, params)).rows.map((row) => row.doc);

  return {
    async replaceSources(sourceIds, dataset, imports: ImportRecord[]) {
      await db.transaction(async (tx) => {
        // NOTE: imports run one at a time (two instances seeding at start-up, an import beside them).
        await tx.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
        for (const table of [...Object.keys(tables), 'glossary', 'documents']) {
          await tx.query(`DELETE FROM ${table} WHERE source_id = ANY($1::text[])`, [sourceIds]);
        }
        const documents = dataset.documents.map((d) => ({ ...d, source: { documentId: d.id } }));
        await insertJson(tx, 'documents', { council: 'council', title: 'title' }, documents.map(({ pages: _pages, ...rest }) => rest));
        const pages = dataset.documents.flatMap((d) => d.pages.map((p) => ({ document_id: d.id, ...p })));
        if (pages.length > 0) {
          await tx.query(
            `INSERT INTO document_pages (document_id, number, number_to, line_start, line_end, text)
             SELECT e->>'document_id', (e->>'number')::int, (e->>'numberTo')::int, (e->>'lineStart')::int, (e->>'lineEnd')::int, e->>'text'
             FROM jsonb_array_elements($1::jsonb) AS e`,
            [JSON.stringify(pages)],
          );
        }
        for (const [table, spec] of Object.entries(tables)) {
          await insertJson(tx, table, spec.cols, spec.items(dataset) as unknown as Keyed[]);
        }
        if (dataset.glossary.length > 0) {
          await tx.query(
            `INSERT INTO glossary (term, expansion, source_id, doc)
             SELECT e->>'term', e->>'expansion', e->'source'->>'documentId', e FROM jsonb_array_elements($1::jsonb) AS e
             ON CONFLICT (term, expansion) DO UPDATE SET source_id = EXCLUDED.source_id, doc = EXCLUDED.doc`,
            [JSON.stringify(dataset.glossary)],
          );
        }
        for (const record of imports) {
          await tx.query('INSERT INTO imports (source_id, file_name, content_hash, report) VALUES ($1, $2, $3, $4::jsonb)', [
            record.sourceId,
            record.fileName,
            record.contentHash,
            JSON.stringify(record.report),
          ]);
        }
      });
    },
    async findFromOtherSources(kind, ids, exceptSources) {
      if (ids.length === 0 || !(kind in tables)) return [];
      return docs<Record<string, unknown>>(
        `SELECT doc FROM ${kind} WHERE id = ANY($1::text[]) AND NOT (source_id = ANY($2::text[]))`,
        [ids, exceptSources],
      );
    },
    listPlans: () => docs('SELECT doc FROM plans ORDER BY council COLLATE "C", name COLLATE "C"'),
    getPlan: async (id) => (await docs<never>('SELECT doc FROM plans WHERE id = $1', [id]))[0],
    getAction: async (id) => (await docs<never>('SELECT doc FROM actions WHERE id = $1', [id]))[0],
    // NOTE: one statement with the plan and one without (not "$1 IS NULL OR plan_id = $1"), so a plan's
    // rows are read by the plan index.
    listActions: (planId) =>
      planId
        ? docs('SELECT doc FROM actions WHERE plan_id = $1 ORDER BY plan_id COLLATE "C", id COLLATE "C"', [planId])
        : docs('SELECT doc FROM actions ORDER BY plan_id COLLATE "C", id COLLATE "C"'),
    listIndicators: (planId) =>
      planId
        ? docs('SELECT doc FROM indicators WHERE plan_id = $1 ORDER BY id COLLATE "C"', [planId])
        : docs('SELECT doc FROM indicators ORDER BY id COLLATE "C"'),
    listRecommendations: () => docs('SELECT doc FROM recommendations ORDER BY id COLLATE "C"'),
    listRisks: () => docs(`SELECT doc FROM risks ORDER BY source_id COLLATE "C", (doc->'source'->>'lineStart')::int, id COLLATE "C"`),
    listMeetings: () => docs('SELECT doc FROM meetings ORDER BY date, id COLLATE "C"'),
    listPeople: () => docs('SELECT doc FROM people ORDER BY name COLLATE "C"'),
    listGlossary: () => docs('SELECT doc FROM glossary ORDER BY term COLLATE "C"'),
    listReports: () => docs('SELECT doc FROM reports ORDER BY id COLLATE "C"'),
    async listDocuments() {
      const { rows } = await db.query<{ doc: DocumentSummary; pages: number }>(
        `SELECT d.doc, (SELECT count(*) FROM document_pages p WHERE p.document_id = d.id)::int AS pages FROM documents d ORDER BY d.id`,
      );
      return rows.map(({ doc, pages }) => {
        const { source: _source, ...rest } = doc as DocumentSummary & { source?: unknown };
        return { ...rest, pageCount: pages };
      });
    },
    async getDocumentPages(documentId) {
      const { rows } = await db.query<{ number: number; number_to: number | null; line_start: number; line_end: number; text: string }>(
        'SELECT number, number_to, line_start, line_end, text FROM document_pages WHERE document_id = $1 ORDER BY number, line_start',
        [documentId],
      );
      return rows.map(
        (r): DocumentPage => ({
          number: r.number,
          ...(r.number_to !== null ? { numberTo: r.number_to } : {}),
          lineStart: r.line_start,
          lineEnd: r.line_end,
          text: r.text,
        }),
      );
    },
    async version() {
      // NOTE: the latest import, plus the newest document write (xmin), so a replace made without an
      // import record (a synthetic or scripted load) also changes the version.
      const { rows } = await db.query<{ v: string }>(
        `SELECT (SELECT coalesce(max(id), 0) FROM imports)::text || ':' ||
                (SELECT count(*) FROM documents)::text || ':' ||
                (SELECT coalesce(max(xmin::text::bigint), 0) FROM documents)::text AS v`,
      );
      return rows[0]?.v ?? '0';
    },
    async lastImport(sourceId) {
      const { rows } = await db.query<{ source_id: string; file_name: string; content_hash: string; report: Record<string, unknown>; imported_at: string }>(
        `SELECT source_id, file_name, content_hash, report, to_char(imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS imported_at FROM imports WHERE source_id = $1 ORDER BY id DESC LIMIT 1`,
        [sourceId],
      );
      const row = rows[0];
      return row
        ? { sourceId: row.source_id, fileName: row.file_name, contentHash: row.content_hash, report: row.report, importedAt: row.imported_at }
        : undefined;
    },
  };
}
