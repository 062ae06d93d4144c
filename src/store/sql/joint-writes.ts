import type { ConversationRecord } from '../../domain/conversations';
import type { StateRecord } from '../ports';
import { conversationRowsJson, upsertAllStatement } from './conversation-store';
import type { SqlExecutor } from './sql-client';
import { putAllStatement, stateRowsJson } from './state-store';

/**
 * Turn state rows (StateStore.putAll) and conversation references (ConversationStore.upsertAll) in one
 * statement: each store's own statement, as a data-modifying WITH of it, so the two are written
 * together or not at all, for one statement's cost (the embedded store's write lane sends them so).
 */
export async function putStateAndConversations(db: SqlExecutor, rows: Array<StateRecord & { key: string }>, records: ConversationRecord[]): Promise<void> {
  await db.query(`WITH state AS (${putAllStatement('$1')}), refs AS (${upsertAllStatement('$2')}) SELECT 1`, [stateRowsJson(rows), conversationRowsJson(records)]);
}
