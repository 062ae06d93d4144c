/**
 * Messages between the bot's thread and the thread that runs the embedded database
 * (pglite-thread-client.ts ↔ pglite-worker.ts). One request, one reply, matched by id.
 */
export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; tx?: number }
  | { id: number; op: 'exec'; sql: string }
  /** Opens a transaction; its id is this request's id, named in later queries and in `end`. */
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'close' };

export type WorkerReply = { id: number; ok: true; rows?: unknown[] } | { id: number; ok: false; error: WireError };

/** What the bot's thread is told once the database is open (or why it could not be). */
export type WorkerStarted = { started: true } | { started: false; error: WireError };

/** An error as it crosses threads: its message and PostgreSQL's fields (code, detail, constraint…). */
export interface WireError {
  name: string;
  message: string;
  fields: Record<string, string | number>;
}

const FIELDS = ['code', 'severity', 'detail', 'hint', 'position', 'schema', 'table', 'column', 'constraint', 'routine'];

export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const field of FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number') fields[field] = value;
  }
  return { name: error.name, message: error.message, fields };
}

/** The error on the bot's side: same name, message and fields (its stack is the caller's, see traced()). */
export function fromWire(wire: WireError): Error {
  const error = Object.assign(new Error(wire.message), wire.fields);
  error.name = wire.name;
  return error;
}

/**
 * PostgreSQL settings for the embedded database.
 *
 * @remarks
 * PGlite's default shared_buffers (128 MB) stays resident for the life of the process, whether used or
 * not (measured: each 8 MB of it is about 8 MB more resident memory once open). 8 MB holds the seed
 * data's tables three times over (2.4 MB of the database's 10 MB; the rest is PostgreSQL's own
 * catalogue), and the kernel's page cache keeps the rest of a larger data folder warm.
 */
export const EMBEDDED_SETTINGS = ['-c', 'shared_buffers=8MB'];
