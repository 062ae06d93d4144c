import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { buildAppPackage, InvalidManifestError } from './app-package/build-package';
import { parseEnvFile, MissingValuesError } from './app-package/placeholders';

const usage = `Usage: npm run package -- [--env-file <file>] [--out <zip>] [--copilot-agent] [NAME=value ...]

Builds the Teams app package (manifest.json + two icons) that a Teams admin uploads.
--copilot-agent also declares the bot as a Microsoft 365 Copilot custom engine agent
(copilotAgents.customEngineAgents, a public preview of Microsoft's; off by default).
Values for the manifest's placeholders come from NAME=value arguments, then the env file,
then the environment: TEAMS_APP_ID, BOT_ID, BOT_DOMAIN, DEVELOPER_NAME, DEVELOPER_WEBSITE_URL,
PRIVACY_URL, TERMS_OF_USE_URL, and optionally APP_VERSION (default: package.json's) and
APP_NAME_SUFFIX. See docs/deployment.md.
`;

interface Args {
  out: string;
  copilotAgent: boolean;
  envFiles: string[];
  values: Record<string, string>;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { out: 'build/appPackage.zip', copilotAgent: false, envFiles: [], values: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--copilot-agent') {
      args.copilotAgent = true;
    } else if (arg === '--out' || arg === '--env-file') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a value`);
      if (arg === '--out') args.out = value;
      else args.envFiles.push(value);
    } else if (/^[A-Z][A-Z0-9_]*=/.test(arg)) {
      const at = arg.indexOf('=');
      args.values[arg.slice(0, at)] = arg.slice(at + 1);
    } else {
      throw new Error(`unexpected argument "${arg}"`);
    }
  }
  return args;
}

/** `npm run package`: writes build/appPackage.zip and says what went into its command menu. */
async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const version = (JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  // NOTE: deployment values, not bot settings: the CLI's edge reads them, src/config.ts never sees them.
  const values: Record<string, string | undefined> = { APP_VERSION: version, ...process.env };
  for (const file of args.envFiles) Object.assign(values, parseEnvFile(readFileSync(file, 'utf8')));
  Object.assign(values, args.values);

  try {
    const built = await buildAppPackage({
      values,
      copilotAgent: args.copilotAgent,
      // NOTE: loaded only once the values are complete: building the app takes seconds.
      commands: async () => (await import('./app-package/registered-commands.js')).registeredCommands(),
    });
    const out = resolve(args.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, built.zip);
    const bot = (built.manifest.bots as { botId: string; commandLists?: { commands: { title: string }[] }[] }[])[0]!;
    const titles = bot.commandLists?.[0]?.commands.map((c) => c.title) ?? [];
    process.stdout.write(
      `Wrote ${relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out)} (${built.zip.length} bytes): app ${String(built.manifest.id)} version ${String(built.manifest.version)}, bot ${bot.botId}.\n` +
        `Command menu (personal, team, group chat): ${titles.join(', ') || 'none'}.\n`,
    );
    if (args.copilotAgent) process.stdout.write('Copilot: declared as a custom engine agent (public preview).\n');
    for (const { usage: command, reason } of built.left) process.stdout.write(`  not on the menu (help card only): ${command}: ${reason}\n`);
    return 0;
  } catch (error) {
    if (error instanceof MissingValuesError || error instanceof InvalidManifestError) {
      process.stderr.write(`No package written. ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
