import type { ConversationStore } from '../ports';
import type { ConversationRecord, ConversationType } from '../../domain/conversations';
import type { SqlExecutor } from './sql-client';

interface Row {
  id: string;
  conversation_type: ConversationType;
  tenant_id: string | null;
  team_id: string | null;
  channel_id: string | null;
  service_url: string;
  reference: Record<string, unknown>;
  installed: boolean;
}

const toRecord = (row: Row): ConversationRecord => ({
  id: row.id,
  conversationType: row.conversation_type,
  tenantId: row.tenant_id ?? undefined,
  teamId: row.team_id ?? undefined,
  channelId: row.channel_id ?? undefined,
  serviceUrl: row.service_url,
  reference: row.reference,
  installed: row.installed,
});

const toRow = (r: ConversationRecord): Row => ({
  id: r.id,
  conversation_type: r.conversationType,
  tenant_id: r.tenantId ?? null,
  team_id: r.teamId ?? null,
  channel_id: r.channelId ?? null,
  service_url: r.serviceUrl,
  reference: r.reference,
  installed: r.installed,
});

const columns = 'id, conversation_type, tenant_id, team_id, channel_id, service_url, reference, installed';

/** Conversation references upserted (upsertAll): its statement, the rows' JSON in `param`. */
export const upsertAllStatement = (param: string): string => `INSERT INTO conversations (${columns})
       SELECT ${columns} FROM jsonb_to_recordset(${param}::jsonb) AS r(id text, conversation_type text, tenant_id text,
         team_id text, channel_id text, service_url text, reference jsonb, installed boolean)
       ON CONFLICT (id) DO UPDATE SET conversation_type = EXCLUDED.conversation_type,
         tenant_id = COALESCE(EXCLUDED.tenant_id, conversations.tenant_id),
         team_id = COALESCE(EXCLUDED.team_id, conversations.team_id),
         channel_id = COALESCE(EXCLUDED.channel_id, conversations.channel_id),
         service_url = EXCLUDED.service_url, reference = EXCLUDED.reference,
         installed = EXCLUDED.installed, last_seen = now()
       WHERE (conversations.conversation_type, conversations.service_url, conversations.reference, conversations.installed)
           IS DISTINCT FROM (EXCLUDED.conversation_type, EXCLUDED.service_url, EXCLUDED.reference, EXCLUDED.installed)
         OR (EXCLUDED.tenant_id IS NOT NULL AND EXCLUDED.tenant_id IS DISTINCT FROM conversations.tenant_id)
         OR (EXCLUDED.team_id IS NOT NULL AND EXCLUDED.team_id IS DISTINCT FROM conversations.team_id)
         OR (EXCLUDED.channel_id IS NOT NULL AND EXCLUDED.channel_id IS DISTINCT FROM conversations.channel_id)
         OR conversations.last_seen < now() - interval '10 minutes'`;

/** The JSON upsertAllStatement takes: one row per id, as a statement may not change the same row twice. */
export const conversationRowsJson = (records: ConversationRecord[]): string => JSON.stringify([...new Map(records.map((r) => [r.id, r])).values()].map(toRow));

/**
 * Conversation references, refreshed so proactive messages use the latest service URL. An upsert that
 * changes nothing (the first turn after a restart, another instance's turn) writes no new row version,
 * unless `last_seen` is ten minutes old.
 */
export function sqlConversationStore(db: SqlExecutor): ConversationStore {
  const upsertAll = async (records: ConversationRecord[]): Promise<void> => {
    if (records.length === 0) return;
    await db.query(upsertAllStatement('$1'), [conversationRowsJson(records)]);
  };

  return {
    upsert: (record) => upsertAll([record]),
    upsertAll,

    async get(id) {
      const { rows } = await db.query<Row>(`SELECT ${columns} FROM conversations WHERE id = $1`, [id]);
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    async list(filter = {}) {
      const { rows } = await db.query<Row>(
        `SELECT ${columns} FROM conversations
         WHERE ($1::text IS NULL OR conversation_type = $1) AND (NOT $2::boolean OR installed)
         ORDER BY id LIMIT $3`,
        [filter.conversationType ?? null, filter.installedOnly ?? false, filter.limit ?? null],
      );
      return rows.map(toRecord);
    },

    async findPersonalChat(aadObjectId) {
      const { rows } = await db.query<Row>(
        `SELECT ${columns} FROM conversations
         WHERE conversation_type = 'personal' AND installed AND lower(reference->'user'->>'aadObjectId') = $1
         ORDER BY id LIMIT 1`,
        [aadObjectId.toLowerCase()],
      );
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    async markUninstalled(id) {
      await db.query('UPDATE conversations SET installed = false, last_seen = now() WHERE id = $1', [id]);
    },
  };
}
