import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { EMBEDDED_SETTINGS, toWire, type WorkerReply, type WorkerRequest, type WorkerStarted } from './pglite-protocol';

/**
 * The thread that runs the embedded database (PostgreSQL compiled to WebAssembly). PGlite executes
 * each statement synchronously; here that work runs beside the bot's turns instead of between them.
 * PGlite's own lock still runs one statement or transaction at a time.
 */
interface OpenTransaction {
  tx: Transaction;
  /** Ends the transaction: true commits, false rolls back. */
  finish(commit: boolean): void;
  /** Settles once the transaction has committed or rolled back. */
  ended: Promise<void>;
}

class RolledBack extends Error {}

const port = parentPort;
const { dataDir } = workerData as { dataDir: string };

function reply(message: WorkerReply): void {
  try {
    port?.postMessage(message);
  } catch (error) {
    // NOTE: rows that cannot be copied to the bot's thread: the caller gets an error, not silence.
    port?.postMessage({ id: message.id, ok: false, error: toWire(new Error(`The result could not be sent back: ${(error as Error).message}`)) });
  }
}

async function main(): Promise<void> {
  if (!port) throw new Error('pglite-worker runs as a worker thread');
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir, startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS] });
  } catch (error) {
    port.postMessage({ started: false, error: toWire(error) } satisfies WorkerStarted);
    return;
  }
  const open = new Map<number, OpenTransaction>();

  const begin = (id: number): void => {
    let finish!: (commit: boolean) => void;
    const decided = new Promise<boolean>((resolve) => (finish = resolve));
    let ready!: (tx: Transaction) => void;
    const started = new Promise<Transaction>((resolve) => (ready = resolve));
    const ended = db
      .transaction(async (tx) => {
        ready(tx);
        if (!(await decided)) throw new RolledBack();
      })
      .then(
        () => undefined,
        (error: unknown) => {
          if (!(error instanceof RolledBack)) throw error;
        },
      );
    // NOTE: a transaction that fails to open rejects `ended` before `started` resolves.
    Promise.race([started, ended.then(() => undefined)]).then(
      (tx) => {
        if (!tx) return reply({ id, ok: false, error: toWire(new Error('The transaction could not be opened.')) });
        open.set(id, { tx, finish, ended });
        reply({ id, ok: true });
      },
      (error: unknown) => reply({ id, ok: false, error: toWire(error) }),
    );
  };

  const handle = async (request: WorkerRequest): Promise<unknown[] | undefined> => {
    switch (request.op) {
      case 'query': {
        if (request.tx === undefined) return (await db.query(request.sql, request.params)).rows;
        const transaction = open.get(request.tx);
        if (!transaction) throw new Error('The transaction has already ended.');
        return (await transaction.tx.query(request.sql, request.params)).rows;
      }
      case 'exec':
        await db.exec(request.sql);
        return undefined;
      case 'end': {
        const transaction = open.get(request.tx);
        if (!transaction) throw new Error('The transaction has already ended.');
        open.delete(request.tx);
        transaction.finish(request.commit);
        await transaction.ended;
        return undefined;
      }
      case 'close':
        await db.close();
        return undefined;
      default:
        throw new Error('Unknown request to the embedded database.');
    }
  };

  port.on('message', (request: WorkerRequest) => {
    if (request.op === 'begin') return begin(request.id);
    handle(request).then(
      (rows) => reply({ id: request.id, ok: true, ...(rows ? { rows } : {}) }),
      (error: unknown) => reply({ id: request.id, ok: false, error: toWire(error) }),
    );
  });
  port.postMessage({ started: true } satisfies WorkerStarted);
}

void main();
