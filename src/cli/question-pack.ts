import { ConfigError, loadConfig, loadEnvFile } from '../config';
import { exportQuestionPack } from '../services/questions/export-pack';
import { openStores } from '../store/open-stores';

/**
 * `npm run question-pack -- <meeting> [--out <folder>]`: writes a meeting's question pack (Word for
 * the supplementary agenda, and Markdown) from the store the settings name. <meeting> is the id the
 * pack card shows, or a date such as "9 April 2026".
 */
async function main(argv: string[]): Promise<number> {
  const outAt = argv.indexOf('--out');
  const outDir = outAt >= 0 ? argv[outAt + 1] : '.';
  const meeting = argv.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1)).join(' ').trim();
  if (!meeting || !outDir) {
    process.stderr.write('Usage: npm run question-pack -- <meeting id or date> [--out <folder>]\n');
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
  const stores = await openStores({ databaseUrl: config.DATABASE_URL, dataDir: config.DATABASE_URL ? undefined : config.DATA_DIR });
  try {
    const result = await exportQuestionPack(stores.questions, meeting, outDir, { now: new Date(), timeZone: config.TIME_ZONE });
    if (!result.ok) {
      process.stderr.write(`${result.message}\n`);
      return 1;
    }
    process.stdout.write(`${result.title}: ${result.count} accepted question${result.count === 1 ? '' : 's'}\n${result.files.map((f) => `  ${f}`).join('\n')}\n`);
    return 0;
  } finally {
    await stores.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Question pack failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
