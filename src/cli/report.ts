import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ConfigError, loadConfig, loadEnvFile } from '../config';
import { askRunningBot } from '../control/ask-running-bot';
import { buildStatusReport } from '../services/reports/build-report';
import { findPlan, whichPlanText } from '../services/reports/find-plan';
import { writeReportFiles } from '../services/reports/write-report';
import { openStores } from '../store/open-stores';

const usage = 'Usage: npm run report -- <plan name, alias or id> [--exceptions] [--out <folder>]\n';

/** Reads `<plan words...> [--exceptions] [--out dir]`. */
export function parseReportArgs(argv: string[]): { plan: string; exceptionsOnly: boolean; outDir: string } | undefined {
  const words: string[] = [];
  let exceptionsOnly = false;
  let outDir = 'reports';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--exceptions') exceptionsOnly = true;
    else if (arg === '--out') {
      const dir = argv[(i += 1)];
      if (!dir) return undefined;
      outDir = dir;
    } else if (arg.startsWith('--')) return undefined;
    else words.push(arg);
  }
  return words.length > 0 ? { plan: words.join(' '), exceptionsOnly, outDir } : undefined;
}

/**
 * `npm run report -- <plan> [--exceptions] [--out dir]`: the plan's status report for its committee
 * as Word (.docx) and CSV, from the store the settings name. While the bot runs on the embedded
 * database (one process owns its folder), the bot builds them, asked over its local control channel.
 */
async function main(argv: string[]): Promise<number> {
  const args = parseReportArgs(argv);
  if (!args) {
    process.stderr.write(usage);
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
  const running = await askRunningBot(dataDir, '/control/report', { plan: args.plan, exceptionsOnly: args.exceptionsOnly });
  if (running.via === 'bot') {
    const answer = running.body as { ok: boolean; message?: string; summary?: string; stem?: string; docx?: string; csv?: string };
    if (!answer.ok || !answer.stem) {
      process.stderr.write(`${answer.message ?? 'The running bot could not build the report.'}\n`);
      return 1;
    }
    await mkdir(args.outDir, { recursive: true });
    const stem = join(args.outDir, basename(answer.stem));
    await writeFile(`${stem}.docx`, Buffer.from(answer.docx ?? '', 'base64'));
    await writeFile(`${stem}.csv`, answer.csv ?? '', 'utf8');
    process.stdout.write(`${answer.summary ?? ''} (through the running bot)\n  ${stem}.docx\n  ${stem}.csv\n`);
    return 0;
  }
  const stores = await openStores({ databaseUrl: config.DATABASE_URL, dataDir });
  try {
    const found = await findPlan(stores.catalogue, args.plan);
    if (found.kind !== 'found') {
      process.stderr.write(`${whichPlanText(found, args.plan)}\n`);
      return 1;
    }
    const report = await buildStatusReport(stores, found.plan, { exceptionsOnly: args.exceptionsOnly, now: new Date(), timeZone: config.TIME_ZONE });
    const paths = await writeReportFiles(report, args.outDir);
    process.stdout.write(`${found.plan.name}: ${report.lines.length} of ${report.totalActions} actions.\n  ${paths.docx}\n  ${paths.csv}\n`);
    return 0;
  } finally {
    await stores.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`Report failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
