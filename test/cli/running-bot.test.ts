import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlFilePath, readControlFile } from '../../src/control/control-file';
import { spawnBot, type SpawnedBot } from '../helpers/spawn-bot';

const root = join(__dirname, '..', '..');
const sheet = join(root, 'test', 'fixtures', 'spreadsheets', 'officer-actions.csv');

/** Runs a command-line tool as `npm run <tool>` does (tsx), with the bot's settings. */
function runTool(tool: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('src', 'cli', `${tool}.ts`), ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('npm run import, report and question-pack while the bot runs on the embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'running-bot-'));
  const data = join(dir, 'data');
  const out = join(dir, 'out');
  // The embedded store, whatever the machine's DATABASE_URL (CI sets one for the PostgreSQL tests).
  const env = { DATA_DIR: data, SEED_ON_START: 'false', DATABASE_URL: '' };
  let bot: SpawnedBot;
  const counts = async () => ((await (await fetch(`http://127.0.0.1:${bot.port}/healthz`)).json()) as { counts: Record<string, number> }).counts;

  beforeAll(async () => {
    // NOTE: the sources through tsx, on a busy 2-core machine, can take a minute to start.
    bot = await spawnBot(env, root, { readyWithinMs: 180_000 });
    for (let i = 0; i < 100 && !existsSync(controlFilePath(data)); i += 1) await new Promise((r) => setTimeout(r, 100));
  }, 240_000);
  afterAll(async () => {
    await bot?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('keeps the control channel token in the data folder, readable by its owner only', () => {
    const control = readControlFile(data);
    expect(control?.pid).toBe(bot.process.pid);
    expect(statSync(controlFilePath(data)).mode & 0o777).toBe(0o600);
  });

  it('imports through the running bot, which answers from it at once', async () => {
    expect((await counts()).plans).toBe(0);
    const run = await runTool('import', [sheet], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(through the running bot, which owns the embedded database)');
    expect(run.stdout).toContain('Plan: Anytown Early Help Plan');
    expect((await counts()).plans).toBe(1);
  }, 120_000);

  it('writes the report files from the running bot', async () => {
    const run = await runTool('report', ['Anytown Early Help Plan', '--out', out], env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Anytown Early Help Plan: ');
    expect(run.stdout).toContain('(through the running bot)');
    const files = readdirSync(out).sort();
    expect(files).toEqual([expect.stringMatching(/^anytown-early-help-plan-status-\d{4}-\d{2}-\d{2}\.csv$/), expect.stringMatching(/\.docx$/)]);
    expect(readFileSync(join(out, files[1]!)).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(out, files[0]!), 'utf8')).toContain('ref,action,leads');
  }, 120_000);

  it('answers the question pack tool from the running bot too (here: no questions gathered)', async () => {
    const run = await runTool('question-pack', ['9 April 2026', '--out', out], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No questions were gathered for "9 April 2026"');
    expect(run.stderr).not.toContain('in use by process');
  }, 120_000);

  it('refuses a request without the token, and keeps to loopback', async () => {
    const control = readControlFile(data)!;
    const post = (authorization?: string) =>
      fetch(`http://127.0.0.1:${control.port}/control/report`, { method: 'POST', headers: authorization ? { authorization } : {}, body: JSON.stringify({ plan: 'Anytown', exceptionsOnly: false }) });
    expect((await post()).status).toBe(401);
    expect((await post(`Bearer ${control.token.replace(/.$/, (c) => (c === '0' ? '1' : '0'))}`)).status).toBe(401);
    expect((await post(`Bearer ${control.token}`)).status).toBe(200);
  });

  it('removes the control file when the bot stops, and the tools then open the folder themselves', async () => {
    await bot.stop();
    expect(existsSync(controlFilePath(data))).toBe(false);
    const run = await runTool('report', ['Anytown Early Help Plan', '--out', out], env);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('through the running bot');
  }, 120_000);
});
