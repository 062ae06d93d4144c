import type { Question, QuestionEvent, QuestionWindow } from '../../domain/questions';
import type { NewQuestion, QuestionStore } from '../ports';
import type { SqlClient, SqlExecutor } from './sql-client';

const REMOVED_PERSON = JSON.stringify({ name: '(removed)' });

async function insertEvents(tx: SqlExecutor, events: QuestionEvent[]): Promise<void> {
  for (const e of events) {
    await tx.query(
      `INSERT INTO question_events (window_id, question_id, kind, by_person, at, detail)
       VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz, $6::jsonb)`,
      [e.windowId, e.questionId ?? null, e.kind, JSON.stringify(e.by), e.at, JSON.stringify(e.detail)],
    );
  }
}

const questionDoc = ({ version: _v, ...rest }: Question) => JSON.stringify(rest);
const windowDoc = ({ version: _v, ...rest }: QuestionWindow) => JSON.stringify(rest);

type DocRow<T> = { doc: T; version: number };
const withVersion = <T>(row: DocRow<T>): T & { version: number } => ({ ...row.doc, version: Number(row.version) });

/**
 * Adds a question unless its idempotency key was recorded: numbers it after the window's last,
 * stores it and its event, in one statement (one round trip). Gives the number added, or the
 * question the key already added.
 */
const ADD_QUESTION = `WITH seen AS (SELECT question_id FROM question_events WHERE idempotency_key = $10),
  next AS (SELECT COALESCE(max(number), 0) + 1 AS n FROM questions WHERE window_id = $2),
  added AS (
    INSERT INTO questions (id, window_id, number, status, received_at, version, doc)
    SELECT $1, $2, next.n, $3, $4::timestamptz, 1, $5::jsonb || jsonb_build_object('number', next.n) FROM next
    WHERE NOT EXISTS (SELECT 1 FROM seen)
    RETURNING id, number
  ),
  logged AS (
    INSERT INTO question_events (window_id, question_id, kind, by_person, at, detail, idempotency_key)
    SELECT $11, added.id, $6, $7::jsonb, $8::timestamptz, $9::jsonb, $10 FROM added
  )
  SELECT (SELECT number FROM added) AS number, (SELECT question_id FROM seen) AS seen`;

/** Question windows, questions and events in SQL both PGlite and PostgreSQL run. */
export function sqlQuestionStore(db: SqlClient): QuestionStore {
  const windows = async (where: string, params: unknown[], ex: SqlExecutor = db) =>
    (await ex.query<DocRow<QuestionWindow>>(`SELECT doc, version FROM question_windows ${where}`, params)).rows.map(withVersion);
  const questions = async (where: string, params: unknown[], ex: SqlExecutor = db) =>
    (await ex.query<DocRow<Question>>(`SELECT doc, version FROM questions ${where}`, params)).rows.map(withVersion);

  return {
    async createWindow(window, event) {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query(
          `INSERT INTO question_windows (id, meeting_id, meeting_date, deadline, version, doc)
           VALUES ($1, $2, $3::date, $4::timestamptz, 1, $5::jsonb) ON CONFLICT (meeting_id) DO NOTHING RETURNING id`,
          [window.id, window.meeting.id, window.meeting.date, window.deadline, windowDoc(window)],
        );
        if (rows.length === 0) {
          const [existing] = await windows('WHERE meeting_id = $1', [window.meeting.id], tx);
          return { kind: 'exists' as const, window: existing! };
        }
        await insertEvents(tx, [event]);
        return { kind: 'ok' as const, window: { ...window, version: 1 } };
      });
    },

    getWindow: async (id) => (await windows('WHERE id = $1', [id]))[0],
    windowForMeeting: async (meetingId) => (await windows('WHERE meeting_id = $1', [meetingId]))[0],
    listWindows: () => windows('ORDER BY meeting_date, id', []),

    async saveWindow(window, events) {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query(
          `UPDATE question_windows SET doc = $2::jsonb, deadline = $3::timestamptz, version = version + 1
           WHERE id = $1 AND version = $4 RETURNING version`,
          [window.id, windowDoc(window), window.deadline, window.version],
        );
        if (rows.length === 0) {
          const [current] = await windows('WHERE id = $1', [window.id], tx);
          return { kind: 'conflict' as const, current: current! };
        }
        await insertEvents(tx, events);
        return { kind: 'ok' as const, window: { ...window, version: window.version + 1 } };
      });
    },

    async addQuestion(question: NewQuestion, event, idempotencyKey) {
      const params = [
        question.id,
        question.windowId,
        question.status,
        question.receivedAt,
        JSON.stringify(question),
        event.kind,
        JSON.stringify(event.by),
        event.at,
        JSON.stringify(event.detail),
        idempotencyKey,
        event.windowId,
      ];
      const add = async (ex: SqlExecutor) => {
        const { rows } = await ex.query<{ number: number | null; seen: string | null }>(ADD_QUESTION, params);
        const seen = rows[0]?.seen;
        if (seen) return { kind: 'duplicate' as const, question: (await questions('WHERE id = $1', [seen], ex))[0]! };
        const stored: Question = { ...question, number: Number(rows[0]!.number), version: 1 };
        return { kind: 'ok' as const, question: stored };
      };
      // NOTE: the embedded database runs one statement at a time, so the one statement is enough:
      // no transaction holding the database across round trips to this thread while others wait.
      if (db.kind === 'embedded') return add(db);
      return db.transaction(async (tx) => {
        // NOTE: locking the window row serialises additions to one window, so numbers never clash
        // and a repeated key is seen by the statement after the lock (it reads what was committed).
        await tx.query('SELECT id FROM question_windows WHERE id = $1 FOR UPDATE', [question.windowId]);
        return add(tx);
      });
    },

    getQuestion: async (id) => (await questions('WHERE id = $1', [id]))[0],
    questionForKey: async (key) =>
      (await questions('WHERE id = (SELECT question_id FROM question_events WHERE idempotency_key = $1)', [key]))[0],
    listQuestions: (windowId) => questions('WHERE window_id = $1 ORDER BY number', [windowId]),

    async saveQuestions(changed, events) {
      return db.transaction(async (tx) => {
        const saved: Question[] = [];
        for (const q of changed) {
          const { rows } = await tx.query(
            `UPDATE questions SET doc = $2::jsonb, status = $3, version = version + 1
             WHERE id = $1 AND version = $4 RETURNING version`,
            [q.id, questionDoc(q), q.status, q.version],
          );
          if (rows.length === 0) {
            const [current] = await questions('WHERE id = $1', [q.id], tx);
            // Throwing rolls back the questions already written in this transaction.
            throw new ConflictSignal(current!);
          }
          saved.push({ ...q, version: q.version + 1 });
        }
        await insertEvents(tx, events);
        return { kind: 'ok' as const, questions: saved };
      }).catch((error: unknown) => {
        if (error instanceof ConflictSignal) return { kind: 'conflict' as const, current: error.current };
        throw error;
      });
    },

    async listEvents(windowId, questionId) {
      const { rows } = await db.query<{
        window_id: string;
        question_id: string | null;
        kind: QuestionEvent['kind'];
        by_person: QuestionEvent['by'];
        at: Date | string;
        detail: Record<string, unknown>;
      }>(
        // NOTE: two statements, not "$2 IS NULL OR question_id = $2": a question's history is read on
        // every review card, and the OR kept the planner off the question index (a scan of the window's events).
        questionId
          ? `SELECT window_id, question_id, kind, by_person, at, detail FROM question_events WHERE question_id = $2 AND window_id = $1 ORDER BY id`
          : `SELECT window_id, question_id, kind, by_person, at, detail FROM question_events WHERE window_id = $1 ORDER BY id`,
        questionId ? [windowId, questionId] : [windowId],
      );
      return rows.map((r) => ({
        windowId: r.window_id,
        ...(r.question_id ? { questionId: r.question_id } : {}),
        kind: r.kind,
        by: r.by_person,
        at: new Date(r.at).toISOString(),
        detail: r.detail,
      }));
    },

    async redactEvents(windowId) {
      await db.query(`UPDATE question_events SET by_person = $2::jsonb, detail = '{}'::jsonb WHERE window_id = $1`, [
        windowId,
        REMOVED_PERSON,
      ]);
    },
  };
}

/** Carries the newer question out of a transaction so it rolls back. */
class ConflictSignal extends Error {
  constructor(readonly current: Question) {
    super('question changed since it was read');
  }
}
