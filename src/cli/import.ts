import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ConfigError, loadConfig, loadEnvFile } from '../config';
import { askRunningBot } from '../control/ask-running-bot';
import { formatImportReport } from '../domain/import-report';
import { importFiles } from '../services/import-files';
import { openStores } from '../store/open-stores';

/**
 * `npm run import -- <file> [<file> ...]`: imports agenda packs (.txt/.md) and spreadsheets
 * (.xlsx, or .csv files taken together) into the store the settings name, and prints a report.
 * Nothing is changed unless every file reads cleanly. While the bot runs on the embedded store, the
 * files go to it over its local control channel (src/control).
 */
async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    process.stderr.write('Usage: npm run import -- <pack.txt | plan.xlsx | actions.csv ...>\n');
    return 2;
  }
  let config;
  try {
    loadEnvFile();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}. See env.sample.\n`);
      return 1;
    }
    throw error;
  }
  const files = [];
  for (const path of paths) {
    try {
      files.push({ fileName: basename(path), bytes: readFileSync(path) });
    } catch (error) {
      process.stderr.write(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 1;
    }
  }
  const dataDir = config.DATABASE_URL ? undefined : config.DATA_DIR;
  const running = await askRunningBot(dataDir, '/control/import', { files: files.map((f) => ({ fileName: f.fileName, base64: f.bytes.toString('base64') })) });
  if (running.via === 'bot') {
    const answer = running.body as { ok: boolean; text?: string; warnings?: string[]; errors?: string[] };
    process.stdout.write('(through the running bot, which owns the embedded database)\n');
    if (!answer.ok) {
      process.stderr.write(`Nothing was imported. Fix these and run the import again:\n${(answer.errors ?? []).map((e) => `  - ${e}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write(`${answer.text ?? ''}\n`);
    for (const warning of answer.warnings ?? []) process.stdout.write(`  warning: ${warning}\n`);
    return 0;
  }
  const stores = await openStores({ databaseUrl: config.DATABASE_URL, dataDir });
  try {
    const outcome = await importFiles(stores.catalogue, files);
    if (!outcome.ok) {
      process.stderr.write(`Nothing was imported. Fix these and run the import again:\n${outcome.errors.map((e) => `  - ${e}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write(`${formatImportReport(outcome.report)}\n`);
    for (const warning of outcome.warnings) process.stdout.write(`  warning: ${warning}\n`);
    return 0;
  } finally {
    await stores.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
