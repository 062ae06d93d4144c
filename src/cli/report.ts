import { ConfigError, loadConfig, loadEnvFile } from '../config';
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
 * as Word (.docx) and CSV, from the store the settings name. With the embedded database, stop the
 * bot first (one process owns its folder); with PostgreSQL it can run beside the bot.
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
  const stores = await openStores({ databaseUrl: config.DATABASE_URL, dataDir: config.DATABASE_URL ? undefined : config.DATA_DIR });
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
