import type { Cadence } from '../../domain/cadence';
import type { PlanScheduleStore } from '../ports';
import type { PlanSchedule } from '../../domain/plan-settings';
import type { ChangeAuthor } from '../../domain/updates';
import type { SqlExecutor } from './sql-client';

interface Row {
  plan_id: string;
  update_cadence: Cadence | null;
  feed_conversation_id: string | null;
  feed_since: Date | string | null;
  feed_set_by: ChangeAuthor | null;
}

const columns = 'plan_id, update_cadence, feed_conversation_id, feed_since, feed_set_by';

function toSchedule(row: Row): PlanSchedule {
  const schedule: PlanSchedule = { planId: row.plan_id };
  if (row.update_cadence) schedule.cadence = row.update_cadence;
  if (row.feed_conversation_id && row.feed_since) {
    schedule.feed = {
      conversationId: row.feed_conversation_id,
      since: new Date(row.feed_since).toISOString(),
      ...(row.feed_set_by ? { setBy: row.feed_set_by } : {}),
    };
  }
  return schedule;
}

/** The cadence and feed columns of plan_settings (migration 003); the other columns are left alone. */
export function sqlPlanScheduleStore(db: SqlExecutor): PlanScheduleStore {
  return {
    async get(planId) {
      const { rows } = await db.query<Row>(`SELECT ${columns} FROM plan_settings WHERE plan_id = $1`, [planId]);
      return rows[0] ? toSchedule(rows[0]) : undefined;
    },

    async list() {
      const { rows } = await db.query<Row>(
        `SELECT ${columns} FROM plan_settings WHERE update_cadence IS NOT NULL OR feed_conversation_id IS NOT NULL
         ORDER BY plan_id`,
      );
      return rows.map(toSchedule);
    },

    async setCadence(planId, cadence, by) {
      await db.query(
        `INSERT INTO plan_settings (plan_id, update_cadence, updated_by) VALUES ($1, $2::jsonb, $3::jsonb)
         ON CONFLICT (plan_id) DO UPDATE SET update_cadence = EXCLUDED.update_cadence,
           updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [planId, cadence ? JSON.stringify(cadence) : null, JSON.stringify(by)],
      );
    },

    async setFeed(planId, feed, by) {
      await db.query(
        `INSERT INTO plan_settings (plan_id, feed_conversation_id, feed_since, feed_set_by, updated_by)
         VALUES ($1, $2, $3::timestamptz, $4::jsonb, $4::jsonb)
         ON CONFLICT (plan_id) DO UPDATE SET feed_conversation_id = EXCLUDED.feed_conversation_id,
           feed_since = EXCLUDED.feed_since, feed_set_by = EXCLUDED.feed_set_by,
           updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [planId, feed?.conversationId ?? null, feed?.since ?? null, JSON.stringify(by)],
      );
    },
  };
}
