import { ConfigError, loadConfig, loadEnvFile } from '../config';
import { basename } from 'node:path';
import { askRunningBot } from '../control/ask-running-bot';
import { exportQuestionPack, writePackFiles } from '../services/questions/export-pack';
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
  const dataDir = config.DATABASE_URL ? undefined : config.DATA_DIR;
  const running = await askRunningBot(dataDir, '/control/question-pack', { meeting });
  if (running.via === 'bot') {
    const answer = running.body as { ok: boolean; message?: string; title?: string; count?: number; baseName?: string; docx?: string; markdown?: string };
    if (!answer.ok || !answer.baseName) {
      process.stderr.write(`${answer.message ?? 'The running bot could not build the pack.'}\n`);
      return 1;
    }
    const written = writePackFiles(
      { ok: true, title: answer.title ?? '', count: answer.count ?? 0, baseName: basename(answer.baseName), docx: Buffer.from(answer.docx ?? '', 'base64'), markdown: answer.markdown ?? '' },
      outDir,
    );
    if (written.ok) process.stdout.write(`${written.title}: ${written.count} accepted question${written.count === 1 ? '' : 's'} (through the running bot)\n${written.files.map((f) => `  ${f}`).join('\n')}\n`);
    return 0;
  }
  const stores = await openStores({ databaseUrl: config.DATABASE_URL, dataDir });
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
