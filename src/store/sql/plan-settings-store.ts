import type { PlanSettingsStore } from '../ports';
import type { IndicatorDirectionSetting } from '../../domain/plan-settings';
import type { PlanSettings } from '../../domain/plan-settings';
import type { ChangeAuthor } from '../../domain/updates';
import type { SqlExecutor } from './sql-client';

interface Row {
  plan_id: string;
  tolerance_percent: number | null;
  administrators: string[];
  delegates: Record<string, string[]>;
  directions: Record<string, IndicatorDirectionSetting> | null;
  updated_at: Date | string;
  updated_by: ChangeAuthor | null;
}

// NOTE: named columns, not *, so columns later migrations add (cadence, feed) do not leak in here.
const columns = 'plan_id, tolerance_percent, administrators, delegates, directions, updated_at, updated_by';

function toSettings(row: Row): PlanSettings {
  const settings: PlanSettings = {
    planId: row.plan_id,
    administrators: row.administrators,
    delegates: row.delegates,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
  if (row.directions && Object.keys(row.directions).length > 0) settings.directions = row.directions;
  if (row.tolerance_percent !== null) settings.tolerancePercent = Number(row.tolerance_percent);
  if (row.updated_by !== null) settings.updatedBy = row.updated_by;
  return settings;
}

/** Each plan's settings for officers' updates, one row per plan. */
export function sqlPlanSettingsStore(db: SqlExecutor): PlanSettingsStore {
  return {
    async get(planId) {
      const { rows } = await db.query<Row>(`SELECT ${columns} FROM plan_settings WHERE plan_id = $1`, [planId]);
      return rows[0] ? toSettings(rows[0]) : undefined;
    },

    async list() {
      const { rows } = await db.query<Row>(`SELECT ${columns} FROM plan_settings ORDER BY plan_id`);
      return rows.map(toSettings);
    },

    async update(planId, patch, by) {
      // A field left out of the patch keeps its stored value ($n IS NULL -> keep); tolerance can be
      // cleared explicitly by passing it as undefined in the patch object.
      const clearTolerance = 'tolerancePercent' in patch && patch.tolerancePercent === undefined;
      const { rows } = await db.query<Row>(
        `INSERT INTO plan_settings (plan_id, tolerance_percent, administrators, delegates, directions, updated_at, updated_by)
         VALUES ($1, $2, COALESCE($3::jsonb, '[]'::jsonb), COALESCE($4::jsonb, '{}'::jsonb), COALESCE($7::jsonb, '{}'::jsonb), now(), $5::jsonb)
         ON CONFLICT (plan_id) DO UPDATE SET
           tolerance_percent = CASE WHEN $6::boolean THEN NULL
             ELSE COALESCE(EXCLUDED.tolerance_percent, plan_settings.tolerance_percent) END,
           administrators = COALESCE($3::jsonb, plan_settings.administrators),
           delegates = COALESCE($4::jsonb, plan_settings.delegates),
           directions = COALESCE($7::jsonb, plan_settings.directions),
           updated_at = now(), updated_by = COALESCE(EXCLUDED.updated_by, plan_settings.updated_by)
         RETURNING ${columns}`,
        [
          planId,
          patch.tolerancePercent ?? null,
          patch.administrators ? JSON.stringify(patch.administrators) : null,
          patch.delegates ? JSON.stringify(patch.delegates) : null,
          by ? JSON.stringify(by) : null,
          clearTolerance,
          patch.directions ? JSON.stringify(patch.directions) : null,
        ],
      );
      return toSettings(rows[0]!);
    },
  };
}
