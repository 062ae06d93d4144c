import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultManifestDir } from '../../src/cli/app-package/build-package';
import { validateManifest } from '../../src/cli/app-package/validate-manifest';
import { sampleValues } from './sample-values';

const root = join(__dirname, '..', '..');
const run = promisify(execFile);
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** Runs `npm run package` as an admin would (without npm's banner), in a clean environment. */
async function packageApp(args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, ['src/cli/package-app.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cb-package-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // NOTE: it runs `npm run package` as a child process (tsx compiling the CLI), 15 s alone and far
  // longer on a busy two-core machine: a timeout of its own, not the suite's 30 s.
  it('builds the zip an admin uploads: a valid manifest and its two icons at the root', async () => {
    const envFile = join(dir, '.env.test');
    writeFileSync(envFile, Object.entries(sampleValues).map(([k, v]) => `${k}=${v}`).join('\n'));
    const out = join(dir, 'appPackage.zip');
    const result = await packageApp(['--env-file', envFile, '--out', out, 'APP_NAME_SUFFIX= (test)']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Command menu \(personal, team, group chat\): help/);

    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;
    expect(await validateManifest(manifest)).toEqual([]);
    expect(manifest).toMatchObject({ id: sampleValues.TEAMS_APP_ID, version: '1.2.0', name: { short: 'Board assistant (test)' } });
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest).not.toHaveProperty('copilotAgents');
    for (const icon of ['color.png', 'outline.png']) {
      expect((await zip.file(icon)!.async('nodebuffer')).equals(readFileSync(join(defaultManifestDir, icon)))).toBe(true);
    }
  }, 120_000);

  it('declares the Copilot custom engine agent only with --copilot-agent, and says so', async () => {
    const out = join(dir, 'copilot.zip');
    const values = Object.entries(sampleValues).map(([k, v]) => `${k}=${v}`);
    const result = await packageApp(['--copilot-agent', '--out', out, ...values]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Copilot: declared as a custom engine agent (public preview).');
    const manifest = JSON.parse(await (await JSZip.loadAsync(readFileSync(out))).file('manifest.json')!.async('string')) as Record<string, unknown>;
    expect(manifest.copilotAgents).toMatchObject({ customEngineAgents: [{ type: 'bot', id: sampleValues.BOT_ID }] });
    expect(await validateManifest(manifest)).toEqual([]);
  }, 120_000);

  it('writes nothing and names what is missing when values are not given', async () => {
    const out = join(dir, 'missing.zip');
    const result = await packageApp(['--out', out, `BOT_ID=${sampleValues.BOT_ID}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No package written\. No value for TEAMS_APP_ID, .*BOT_DOMAIN/);
    expect(() => readFileSync(out)).toThrow();
  });
});
