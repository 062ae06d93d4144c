import type { ActionUpdateLog, AppendUpdateResult } from '../ports';
import type { ActionUpdate, ChangeAuthor, NewActionUpdate } from '../../domain/updates';
import type { SqlExecutor } from './sql-client';

interface Row {
  id: string;
  action_id: string;
  plan_id: string;
  status: string;
  previous_status: string | null;
  commentary: string;
  revised_due: string | null;
  evidence_url: string | null;
  author: ChangeAuthor;
  at: Date | string;
  version: number;
}

// NOTE: the date goes out as text so no driver turns it into a local-midnight Date.
const columns = `id, action_id, plan_id, status, previous_status, commentary, revised_due::text AS revised_due,
  evidence_url, author, at, version`;

/** A stored row as the port's record; absent optional fields stay absent. */
function toUpdate(row: Row): ActionUpdate {
  const update: ActionUpdate = {
    id: row.id,
    actionId: row.action_id,
    planId: row.plan_id,
    status: row.status,
    commentary: row.commentary,
    author: row.author,
    at: new Date(row.at).toISOString(),
    version: Number(row.version),
  };
  if (row.previous_status !== null) update.previousStatus = row.previous_status;
  if (row.revised_due !== null) update.revisedDue = row.revised_due;
  if (row.evidence_url !== null) update.evidenceUrl = row.evidence_url;
  return update;
}

/** Above this many ids, `latest` reads every action's newest update and keeps those asked for. */
const MANY_IDS = 300;

/** Append-only action status updates; the version and idempotency key are checked by the database. */
export function sqlActionUpdateStore(db: SqlExecutor): ActionUpdateLog {
  const select = async (where: string, params: unknown[]) =>
    (await db.query<Row>(`SELECT ${columns} FROM action_updates WHERE ${where}`, params)).rows.map(toUpdate);
  const latestOf = async (actionId: string) =>
    (await select('action_id = $1 ORDER BY version DESC LIMIT 1', [actionId]))[0];

  return {
    async latest(actionIds) {
      const found = new Map<string, ActionUpdate>();
      if (actionIds.length === 0) return found;
      // NOTE: a long list (thousands of actions, few with updates) reads every action's latest rather
      // than sending thousands of ids.
      const many = actionIds.length > MANY_IDS;
      const rows = await select(
        many
          ? '(action_id, version) IN (SELECT action_id, max(version) FROM action_updates GROUP BY action_id)'
          : `(action_id, version) IN (SELECT action_id, max(version) FROM action_updates
           WHERE action_id = ANY($1::text[]) GROUP BY action_id)`,
        many ? [] : [actionIds],
      );
      const wanted = new Set(actionIds);
      for (const update of rows) if (wanted.has(update.actionId)) found.set(update.actionId, update);
      return found;
    },

    history: (actionId) => select('action_id = $1 ORDER BY version', [actionId]),

    listSince: (since, planId) =>
      select('at >= $1::timestamptz AND ($2::text IS NULL OR plan_id = $2) ORDER BY at, action_id, version', [
        since,
        planId ?? null,
      ]),

    async append(update: NewActionUpdate, expectedVersion: number): Promise<AppendUpdateResult> {
      // The insert happens only when the action's newest version is the one the officer saw; two
      // racing submissions against the same version both pass that test, and UNIQUE (action_id,
      // version) lets one in. ON CONFLICT without a target also absorbs a repeated idempotency key.
      const { rows } = await db.query<Row>(
        `INSERT INTO action_updates (id, action_id, plan_id, status, previous_status, commentary, revised_due,
           evidence_url, author, at, version, idempotency_key)
         SELECT $1, $2, $3, $4, $5, $6, $7::date, $8, $9::jsonb, $10::timestamptz, $11::int + 1, $12
         WHERE COALESCE((SELECT max(version) FROM action_updates WHERE action_id = $2), 0) = $11::int
         ON CONFLICT DO NOTHING
         RETURNING ${columns}`,
        [
          update.id,
          update.actionId,
          update.planId,
          update.status,
          update.previousStatus ?? null,
          update.commentary,
          update.revisedDue ?? null,
          update.evidenceUrl ?? null,
          JSON.stringify(update.author),
          update.at,
          expectedVersion,
          update.idempotencyKey,
        ],
      );
      if (rows[0]) return { kind: 'ok', update: toUpdate(rows[0]) };
      const [earlier] = await select('idempotency_key = $1 OR id = $2 LIMIT 1', [update.idempotencyKey, update.id]);
      if (earlier) return { kind: 'duplicate', update: earlier };
      const latest = await latestOf(update.actionId);
      if (!latest) throw new Error(`Update of ${update.actionId} was not written and there is no newer one`);
      return { kind: 'conflict', latest };
    },
  };
}
