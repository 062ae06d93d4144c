import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors';
import { openPgliteThreadClient } from '../../src/store/embedded/pglite-thread-client';
import type { SqlClient } from '../../src/store/sql/sql-client';

describe('the embedded database on its own thread', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-thread-'));
  const threads: Worker[] = [];
  let released = 0;
  let sql: SqlClient;

  beforeAll(async () => {
    sql = await openPgliteThreadClient(dataDir, { release: () => (released += 1), onThread: (worker) => threads.push(worker) });
    await sql.exec('CREATE TABLE notes (id integer PRIMARY KEY, body jsonb NOT NULL, at timestamptz NOT NULL)');
  });
  afterAll(async () => {
    await sql.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives back rows as PGlite parses them: numbers, json and dates', async () => {
    const at = new Date('2023-01-19T18:30:00Z');
    await sql.query('INSERT INTO notes (id, body, at) VALUES ($1, $2::jsonb, $3)', [1, JSON.stringify({ rag: 'Amber' }), at]);
    const { rows } = await sql.query<{ id: number; body: { rag: string }; at: Date }>('SELECT id, body, at FROM notes WHERE id = 1');
    expect(rows).toEqual([{ id: 1, body: { rag: 'Amber' }, at }]);
  });

  it("passes on PostgreSQL's error with its code, and keeps working", async () => {
    const error = await sql.query('INSERT INTO notes (id, body, at) VALUES (1, $1::jsonb, now())', ['{}']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 'notes_pkey' });
    expect((error as Error).message).toMatch(/duplicate key/);
    expect((await sql.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 1 }]);
  });

  it('keeps all of a transaction or none of it', async () => {
    await sql.transaction(async (tx) => {
      await tx.query("INSERT INTO notes (id, body, at) VALUES (2, '{}', now())");
      await tx.query("INSERT INTO notes (id, body, at) VALUES (3, '{}', now())");
    });
    const failed = sql.transaction(async (tx) => {
      await tx.query("INSERT INTO notes (id, body, at) VALUES (4, '{}', now())");
      throw new Error('the card was rejected');
    });
    await expect(failed).rejects.toThrow('the card was rejected');
    expect((await sql.query<{ id: number }>('SELECT id FROM notes ORDER BY id')).rows.map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('runs statements from other turns while a transaction is open, after it ends', async () => {
    let inside!: () => void;
    const entered = new Promise<void>((resolve) => (inside = resolve));
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const slow = sql.transaction(async (tx) => {
      await tx.query("INSERT INTO notes (id, body, at) VALUES (5, '{}', now())");
      inside();
      await held;
    });
    await entered;
    const other = sql.query<{ n: number }>('SELECT count(*)::int AS n FROM notes');
    finish();
    await slow;
    expect((await other).rows).toEqual([{ n: 4 }]);
  });

  it('when the thread dies mid-transaction: the turn is told to try again, nothing half-written stays, the next call starts a new thread', async () => {
    let inside!: () => void;
    const entered = new Promise<void>((resolve) => (inside = resolve));
    const doomed = sql.transaction(async (tx) => {
      await tx.query("INSERT INTO notes (id, body, at) VALUES (6, '{}', now())");
      inside();
      await tx.query("INSERT INTO notes (id, body, at) VALUES (7, '{}', now())");
    });
    await entered;
    await threads.at(-1)?.terminate();
    await expect(doomed).rejects.toBeInstanceOf(StoreUnavailableError);
    const { rows } = await sql.query<{ id: number }>('SELECT id FROM notes ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 5]);
    expect(threads).toHaveLength(2);
  });

  it('when the thread dies, calls made together start one new thread between them', async () => {
    const before = threads.length;
    await threads.at(-1)?.terminate();
    const counts = await Promise.all([1, 2, 3].map(() => sql.query<{ n: number }>('SELECT count(*)::int AS n FROM notes')));
    expect(counts.map((c) => c.rows[0]?.n)).toEqual([4, 4, 4]);
    expect(threads).toHaveLength(before + 1);
  });

  it("gives a database error the stack of the store call that ran it", async () => {
    async function readMissingColumn() {
      return await sql.query('SELECT nope FROM notes');
    }
    const error = (await readMissingColumn().catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ code: '42703' });
    expect(error.stack).toContain('readMissingColumn');
  });

  it('once closed, refuses calls with "unavailable" and releases the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-thread-close-'));
    let freed = 0;
    try {
      const client = await openPgliteThreadClient(dir, { release: () => (freed += 1) });
      await client.close();
      await client.close();
      expect(freed).toBe(1);
      await expect(client.query('SELECT 1')).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(released).toBe(0);
  });

  it('answers the calls made before close before it closes (a write beside a turn)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-thread-drain-'));
    try {
      const client = await openPgliteThreadClient(dir);
      await client.exec('CREATE TABLE notes (id integer PRIMARY KEY)');
      const insert = client.query('INSERT INTO notes (id) VALUES (1)');
      const moved = client.transaction(async (tx) => {
        await tx.query('INSERT INTO notes (id) VALUES (2)');
        await tx.query('INSERT INTO notes (id) VALUES (3)');
      });
      await client.close();
      await expect(insert).resolves.toEqual({ rows: [] });
      await expect(moved).resolves.toBeUndefined();
      await expect(client.query('SELECT 1')).rejects.toBeInstanceOf(StoreUnavailableError);
      const reopened = await openPgliteThreadClient(dir);
      const { rows } = await reopened.query<{ id: number }>('SELECT id FROM notes ORDER BY id');
      await reopened.close();
      expect(rows).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a call that races close after the thread died is refused, and starts no thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-thread-race-'));
    const started: Worker[] = [];
    try {
      const client = await openPgliteThreadClient(dir, { onThread: (worker) => started.push(worker) });
      await started[0]?.terminate();
      const call = client.query('SELECT 1');
      await client.close();
      await expect(call).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(started).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(released).toBe(0);
  });
});
