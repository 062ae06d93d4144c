import type { RecordedValueLog } from '../ports';
import type { ChangeAuthor, NewRecordedValue, RecordedValue } from '../../domain/updates';
import type { SqlExecutor } from './sql-client';

interface Row {
  id: string;
  indicator_id: string;
  period: string;
  period_end: string | null;
  value: number;
  status: string | null;
  status_reason: string | null;
  commentary: string | null;
  author: ChangeAuthor;
  at: Date | string;
}

const columns = `id, indicator_id, period, period_end::text AS period_end, value, status, status_reason, commentary,
  author, at`;

function toValue(row: Row): RecordedValue {
  const value: RecordedValue = {
    id: row.id,
    indicatorId: row.indicator_id,
    period: row.period,
    value: Number(row.value),
    author: row.author,
    at: new Date(row.at).toISOString(),
  };
  if (row.period_end !== null) value.periodEnd = row.period_end;
  if (row.status !== null) value.status = row.status;
  if (row.status_reason !== null) value.statusReason = row.status_reason;
  if (row.commentary !== null) value.commentary = row.commentary;
  return value;
}

/** Indicator values recorded in Teams, append-only, each submission kept once. */
export function sqlRecordedValueStore(db: SqlExecutor): RecordedValueLog {
  const select = async (where: string, params: unknown[]) =>
    (await db.query<Row>(`SELECT ${columns} FROM recorded_values WHERE ${where}`, params)).rows.map(toValue);

  return {
    async listFor(indicatorIds) {
      if (indicatorIds.length === 0) return [];
      return select('indicator_id = ANY($1::text[]) ORDER BY at, id', [indicatorIds]);
    },

    async record(value: NewRecordedValue) {
      const { rows } = await db.query<Row>(
        `INSERT INTO recorded_values (id, indicator_id, plan_id, period, period_end, value, status, status_reason,
           commentary, author, at, idempotency_key)
         VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $9, $10::jsonb, $11::timestamptz, $12)
         ON CONFLICT DO NOTHING
         RETURNING ${columns}`,
        [
          value.id,
          value.indicatorId,
          value.planId ?? null,
          value.period,
          value.periodEnd ?? null,
          value.value,
          value.status ?? null,
          value.statusReason ?? null,
          value.commentary ?? null,
          JSON.stringify(value.author),
          value.at,
          value.idempotencyKey,
        ],
      );
      if (rows[0]) return { kind: 'ok', value: toValue(rows[0]) };
      const [earlier] = await select('idempotency_key = $1 OR id = $2 LIMIT 1', [value.idempotencyKey, value.id]);
      if (!earlier) throw new Error(`Value for ${value.indicatorId} was not written and no earlier one matches`);
      return { kind: 'duplicate', value: earlier };
    },
  };
}
