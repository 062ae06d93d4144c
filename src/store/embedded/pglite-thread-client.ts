import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from '../../errors';
import type { SqlClient, SqlExecutor } from '../sql/sql-client';
import { fromWire, type WorkerReply, type WorkerRequest, type WorkerStarted } from './pglite-protocol';

/** A request before it is given its id (Omit over each member of the union). */
type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** The database's error, with the stack of the store call that ran it (the reply arrives from an event). */
async function traced<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof Error && !(error instanceof StoreUnavailableError)) Error.captureStackTrace(error, traced);
    throw error;
  }
}

/**
 * The database thread's own JavaScript heap: PGlite's code and rows on their way (about 20 MB in use).
 * Its own limit, as `--max-old-space-size` (MAX_HEAP_MB) would otherwise apply to it too.
 */
const THREAD_HEAP = { maxOldGenerationSizeMb: 128 };

/** Starts the database thread: the compiled file (npm start), or the source through tsx (tests, dev). */
function startWorker(dataDir: string): Worker {
  const file = join(__dirname, `pglite-worker${extname(__filename)}`);
  const options = { workerData: { dataDir }, resourceLimits: THREAD_HEAP };
  if (extname(__filename) !== '.ts') return new Worker(file, options);
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(file)});`, { ...options, eval: true });
}

/** One database thread, from start to exit. */
class Connection {
  private readonly pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  /** Set once the thread has stopped, or is stopping; every call then fails with it. */
  gone: StoreUnavailableError | undefined;

  private constructor(readonly worker: Worker) {
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.rows ?? []);
      else waiting.reject(fromWire(reply.error));
    });
    worker.on('error', (error) => this.fail(`The embedded database stopped: ${error.message}`));
    // NOTE: a reply that cannot be read leaves its caller waiting for ever: start again instead.
    worker.on('messageerror', () => {
      this.fail('A reply from the embedded database could not be read.');
      void worker.terminate();
    });
    worker.on('exit', (code) => this.fail(`The embedded database stopped (exit ${code}).`));
  }

  static async open(dataDir: string, onThread?: (worker: Worker) => void): Promise<Connection> {
    const worker = startWorker(dataDir);
    onThread?.(worker);
    // NOTE: any[]: the three events take different arguments.
    const listeners: Array<[string, (...args: any[]) => void]> = [];
    try {
      await new Promise<void>((resolve, reject) => {
        listeners.push(
          ['message', (message: WorkerStarted) => (message.started ? resolve() : reject(fromWire(message.error)))],
          ['error', reject],
          ['exit', (code: number) => reject(new Error(`it stopped while opening (exit ${code})`))],
        );
        for (const [event, listener] of listeners) worker.once(event, listener);
      });
    } catch (error) {
      await worker.terminate();
      throw new StoreUnavailableError(`The embedded database could not be opened: ${(error as Error).message}`, error);
    } finally {
      // NOTE: not removeAllListeners(): a Worker's own listeners connect its message port.
      for (const [event, listener] of listeners) worker.off(event, listener);
    }
    return new Connection(worker);
  }

  fail(reason: string): void {
    this.gone ??= new StoreUnavailableError(reason);
    for (const waiting of this.pending.values()) waiting.reject(this.gone);
    this.pending.clear();
  }

  /** Sends one request; its id names the transaction when the request is a begin. */
  post(request: Request): { id: number; reply: Promise<unknown[]> } {
    const id = this.nextId++;
    const reply = new Promise<unknown[]>((resolve, reject) => {
      if (this.gone) return reject(this.gone);
      try {
        this.worker.postMessage({ ...request, id } as WorkerRequest);
      } catch (error) {
        return reject(new Error(`The statement could not be sent to the database thread: ${(error as Error).message}`));
      }
      this.pending.set(id, { resolve, reject });
    });
    return { id, reply };
  }

  send(request: Request): Promise<unknown[]> {
    return this.post(request).reply;
  }
}

export interface ThreadOptions {
  /** Called once the database is closed (the folder's lock). */
  release?: () => void;
  /** Sees each database thread as it starts (tests stop one to play a crash). */
  onThread?: (worker: Worker) => void;
}

/**
 * The embedded database on its own thread (pglite-worker.ts), so that PostgreSQL's work runs beside
 * the bot's turns rather than between them. Same contract as the in-thread client.
 *
 * @remarks
 * If the thread stops, the calls waiting on it fail with StoreUnavailableError (the turn tells its
 * person to try again) and the next call starts a new thread on the same folder.
 */
export async function openPgliteThreadClient(dataDir: string, options: ThreadOptions = {}): Promise<SqlClient> {
  const { release = () => undefined, onThread } = options;
  let current: Promise<Connection> = Connection.open(dataDir, onThread);
  await current;
  let closed = false;
  /** Calls made before close(), not yet answered (close() waits for them), and who waits for none to be left. */
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const refuse = () => new StoreUnavailableError('The embedded database is closed.');
  /** Runs a call made while open; one made after close() is refused. */
  const tracked = async <T>(call: () => Promise<T>): Promise<T> => {
    if (closed) throw refuse();
    inFlight += 1;
    try {
      // NOTE: awaited here, not handed back: the caller's stack stays on the database's errors (traced).
      return await call();
    } finally {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    }
  };
  const connection = async (): Promise<Connection> => {
    const seen = current;
    const live = await seen.catch(() => undefined);
    if (live && !live.gone) return live;
    // NOTE: a call made before close() still runs on the live thread; none starts a new one after it.
    if (closed) throw refuse();
    // NOTE: the first call to find the thread gone starts the next one; calls with it wait on that.
    if (current === seen) current = Connection.open(dataDir, onThread);
    const fresh = await current;
    if (closed) throw refuse();
    return fresh;
  };
  const query = async <T>(sql: string, params: unknown[] | undefined, on: Connection, tx?: number) => ({
    rows: (await traced(on.send({ op: 'query', sql, ...(params ? { params } : {}), ...(tx === undefined ? {} : { tx }) }))) as T[],
  });

  return {
    kind: 'embedded',
    query: <T>(sql: string, params?: unknown[]) => tracked(async () => query<T>(sql, params, await connection())),
    transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> => tracked(() => inTransaction(fn)),
    exec: (sql: string) => tracked(async () => void (await traced((await connection()).send({ op: 'exec', sql })))),
    close: async () => {
      if (closed) return;
      closed = true;
      // NOTE: what was asked before closing is answered first (a write beside a turn that ended).
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      const last = await current.catch(() => undefined);
      try {
        if (last && !last.gone) await last.send({ op: 'close' });
      } finally {
        last?.fail('The embedded database is closed.');
        await last?.worker.terminate();
        release();
      }
    },
  };

  async function inTransaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const on = await connection();
    const { id: tx, reply: opened } = on.post({ op: 'begin' });
    await traced(opened);
    let result: T;
    try {
      result = await fn({ query: <R>(sql: string, params?: unknown[]) => query<R>(sql, params, on, tx) });
    } catch (error) {
      await on.send({ op: 'end', tx, commit: false }).catch(() => undefined);
      throw error;
    }
    await traced(on.send({ op: 'end', tx, commit: true }));
    return result;
  }
}
