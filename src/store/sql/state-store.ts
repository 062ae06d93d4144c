import type { StateRecord, StateStore, StateWriteResult } from '../ports';
import type { SqlExecutor } from './sql-client';

interface Row {
  key: string;
  doc: Record<string, unknown>;
  etag: number;
}

const toRecord = (row: Row): StateRecord => ({ doc: row.doc, etag: String(row.etag) });

/** Turn state rows laid down as they are, versions included (putAll): its statement, the rows' JSON in `param`. */
export const putAllStatement = (param: string): string => `INSERT INTO bot_state (key, doc, etag)
         SELECT r.key, r.doc, r.etag FROM jsonb_to_recordset(${param}::jsonb) AS r(key text, doc jsonb, etag bigint)
         ON CONFLICT (key) DO UPDATE SET doc = EXCLUDED.doc, etag = EXCLUDED.etag, updated_at = now()`;

/** The JSON putAllStatement takes. */
export const stateRowsJson = (records: Array<StateRecord & { key: string }>): string =>
  JSON.stringify(records.map(({ key, doc, etag }) => ({ key, doc, etag: Number(etag) })));

/** Turn state as versioned JSON documents; every write bumps the version. */
export function sqlStateStore(db: SqlExecutor): StateStore {
  const current = async (key: string) => {
    const { rows } = await db.query<Row>('SELECT key, doc, etag FROM bot_state WHERE key = $1', [key]);
    return rows[0] ? toRecord(rows[0]) : undefined;
  };

  return {
    async read(keys) {
      const found = new Map<string, StateRecord>();
      if (keys.length === 0) return found;
      const { rows } = await db.query<Row>('SELECT key, doc, etag FROM bot_state WHERE key = ANY($1::text[])', [keys]);
      for (const row of rows) found.set(row.key, toRecord(row));
      return found;
    },

    async write(key, doc, expectedEtag): Promise<StateWriteResult> {
      const json = JSON.stringify(doc);
      let rows: { etag: number }[];
      if (expectedEtag === '*') {
        ({ rows } = await db.query<{ etag: number }>(
          `INSERT INTO bot_state (key, doc, etag) VALUES ($1, $2::jsonb, 1)
           ON CONFLICT (key) DO UPDATE SET doc = EXCLUDED.doc, etag = bot_state.etag + 1, updated_at = now()
           RETURNING etag`,
          [key, json],
        ));
      } else if (expectedEtag === null) {
        ({ rows } = await db.query<{ etag: number }>(
          `INSERT INTO bot_state (key, doc, etag) VALUES ($1, $2::jsonb, 1) ON CONFLICT (key) DO NOTHING RETURNING etag`,
          [key, json],
        ));
      } else {
        ({ rows } = await db.query<{ etag: number }>(
          `UPDATE bot_state SET doc = $2::jsonb, etag = etag + 1, updated_at = now()
           WHERE key = $1 AND etag = $3 RETURNING etag`,
          [key, json, Number(expectedEtag) || -1],
        ));
      }
      if (rows[0]) return { ok: true, etag: String(rows[0].etag) };
      return { ok: false, current: await current(key) };
    },

    async delete(keys) {
      if (keys.length === 0) return;
      await db.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
    },

    async putAll(records) {
      if (records.length === 0) return;
      await db.query(putAllStatement('$1'), [stateRowsJson(records)]);
    },

    async storedKeys() {
      const { rows } = await db.query<{ key: string }>('SELECT key FROM bot_state');
      return rows.map((row) => row.key);
    },
  };
}
