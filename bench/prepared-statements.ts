/**
 * `npx tsx bench/prepared-statements.ts`: processor time per statement in PGlite (in process, in
 * memory), for the turn-state upsert as the store sends it (bind parameters: PGlite prepares an
 * unnamed statement every time), the same as `EXECUTE` of a statement prepared once (which takes no
 * bind parameters: its JSON goes in as a literal), and `SELECT 1` as the floor. Rounds of each in
 * turn, the first two not counted. Says how much of a statement's cost is parsing and planning it.
 */
import { PGlite } from '@electric-sql/pglite';
async function main() {
  const db = await PGlite.create();
  await db.exec(`CREATE TABLE bot_state (key text PRIMARY KEY, doc jsonb NOT NULL, etag bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
  const sql = `INSERT INTO bot_state (key, doc, etag)
         SELECT r.key, r.doc, r.etag FROM jsonb_to_recordset($1::jsonb) AS r(key text, doc jsonb, etag bigint)
         ON CONFLICT (key) DO UPDATE SET doc = EXCLUDED.doc, etag = EXCLUDED.etag, updated_at = now()`;
  await db.exec(`PREPARE put(jsonb) AS ${sql.replace('$1::jsonb', '$1')}`);
  const doc = { ask: { subject: { kind: 'indicator', id: 'medway/medway/an-indicator', plan: 'medway/plan' }, words: ['a', 'b'] } };
  const row = (i: number) => JSON.stringify([{ key: `k${i % 64}`, doc: { ...doc, i }, etag: i }]);
  const methods: Record<string, (i: number) => Promise<unknown>> = {
    'recordset, params': (i) => db.query(sql, [row(i)]),
    'EXECUTE prepared, literal': (i) => db.query(`EXECUTE put('${row(i)}')`),
    'recordset, literal (no params)': (i) => db.query(sql.replace('$1', `'${row(i)}'`)),
    'SELECT 1': () => db.query('SELECT 1'),
    'SELECT $1 param': (i) => db.query('SELECT $1::int', [i]),
  };
  const cpu: Record<string, number> = {};
  let n = 0;
  for (let round = 0; round < 12; round++) {
    for (const [name, run] of Object.entries(methods)) {
      const c = process.cpuUsage();
      for (let i = 0; i < 200; i++) await run(n++);
      const u = process.cpuUsage(c);
      if (round > 1) cpu[name] = (cpu[name] ?? 0) + (u.user + u.system) / 1000;
    }
  }
  for (const [name, ms] of Object.entries(cpu)) process.stdout.write(`${name.padEnd(32)} ${(ms / (10 * 200)).toFixed(3)} ms CPU per statement\n`);
  await db.close();
}
main().catch((error: unknown) => {
  process.stderr.write(`prepared-statements failed: ${(error as Error).message}\n`);
  process.exit(1);
});
