import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * Every setting the bot reads, with what it means. `env.sample` lists the same keys; a test holds them
 * together. This is the only module that reads the environment (and only when `loadConfig` is called).
 */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const schema = z
  .object({
    PORT: z.preprocess(
      blankToUndefined,
      z.coerce.number().int().min(0).max(65535).default(3978),
    ).describe('TCP port the bot listens on for POST /api/messages and GET /healthz (0: any free port).'),
    HOST: z.preprocess(blankToUndefined, z.string().optional()).describe(
      'Interface to listen on. Empty: 127.0.0.1 (this machine only) in local mode, 0.0.0.0 (all) with BOT_ID.',
    ),
    DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')).describe(
      'Folder of the embedded database, used when DATABASE_URL is empty.',
    ),
    DATABASE_URL: z
      .preprocess(
        blankToUndefined,
        z
          .string()
          .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
          .optional(),
      )
      .describe('PostgreSQL connection string. Empty: use the embedded database in DATA_DIR.'),
    BOT_ID: z.preprocess(blankToUndefined, z.string().uuid('must be the Azure bot app id (a GUID)').optional()).describe(
      'Microsoft App ID of the Azure Bot. Empty: local mode, unauthenticated traffic accepted.',
    ),
    BOT_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()).describe('Client secret of the bot app.'),
    BOT_TENANT_ID: z
      .preprocess(blankToUndefined, z.string().uuid('must be the Entra tenant id (a GUID)').optional())
      .describe('Tenant of the single-tenant bot app.'),
    ALLOWED_TENANTS: z
      .preprocess(blankToUndefined, z.string().optional())
      .transform((value) =>
        (value ?? '')
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      )
      .refine(
        (tenants) => tenants.every((t) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(t)),
        'must be tenant ids (GUIDs) separated by commas',
      )
      .describe('Entra tenant ids whose Teams activities are served, comma-separated. Empty: any tenant.'),
    SEED_ON_START: z
      .preprocess(blankToUndefined, z.enum(['true', 'false']).default('true'))
      .transform((v) => v === 'true')
      .describe('Import the bundled agenda packs when the store is empty at start-up.'),
    SEED_CACHE_DIR: z
      .preprocess(blankToUndefined, z.string().default('./.cache/seeded'))
      .describe(
        'Folder keeping a copy of the embedded store as first seeded, keyed by the packs, the code and PGlite, to fill a new DATA_DIR from; "off" keeps none.',
      ),
    PEOPLE_FILE: z
      .preprocess(blankToUndefined, z.string().optional())
      .describe(
        'CSV of the people the bot knows (name,email,aadObjectId,roles,jobTitles,committees): who may update, chair, administer. Empty: nobody has a role.',
      ),
    TIME_ZONE: z
      .preprocess(
        blankToUndefined,
        z
          .string()
          .default('Europe/London')
          .refine((zone) => {
            try {
              new Intl.DateTimeFormat('en-GB', { timeZone: zone });
              return true;
            } catch {
              return false;
            }
          }, 'is not an IANA time zone such as Europe/London'),
      )
      .describe('Time zone for deadlines, due dates and reminders.'),
    LOG_LEVEL: z
      .preprocess(blankToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'))
      .describe('Least severe log level written (JSON lines on stdout).'),
    MAX_BODY_BYTES: z
      .preprocess(blankToUndefined, z.coerce.number().int().min(16_384).max(10_485_760).default(262_144))
      .describe('Largest request body accepted on /api/messages, in bytes.'),
    MAX_CONCURRENT_TURNS: z
      .preprocess(blankToUndefined, z.coerce.number().int().min(1).max(1_000).default(16))
      .describe('Turns run at once on an instance; more wait in arrival order, so under overload every turn waits about equally instead of a few timing out.'),
    OUTBOX_INTERVAL_MS: z
      .preprocess(blankToUndefined, z.coerce.number().int().min(100).max(600_000).default(2_000))
      .describe('How often, in milliseconds, the outbox of proactive messages (reminders, notices, feed posts) is checked for messages to send.'),
    OUTBOX_MAX_ATTEMPTS: z
      .preprocess(blankToUndefined, z.coerce.number().int().min(1).max(50).default(8))
      .describe('Tries per proactive message before it is given up on (kept, and shown to administrators by the outbox command).'),
    SCHEDULER_INTERVAL_MS: z
      .preprocess(blankToUndefined, z.coerce.number().int().min(1_000).max(3_600_000).default(60_000))
      .describe('How often, in milliseconds, the scheduled jobs (reminders, board feed, weekly digest) look for work.'),
    MAX_HEAP_MB: z
      .preprocess(blankToUndefined, z.coerce.number().int().min(128).max(16_384).default(256))
      .describe(
        "V8's old-space limit in MB for npm start and the container (read by their command line from the environment, not from .env). Raise it for a catalogue many times the seed data.",
      ),
    QUESTION_RETENTION_DAYS: z
      .preprocess(blankToUndefined, z.coerce.number().int().min(0).max(36_500).default(365))
      .describe(
        "Days after a meeting that its questions' personal text (question, asker, answer) is kept; then it is blanked, keeping numbers, states and dates. 0 keeps it forever.",
      ),
  })
  .superRefine((env, ctx) => {
    if (env.BOT_ID && !env.BOT_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['BOT_PASSWORD'], message: 'is required when BOT_ID is set' });
    }
    if (env.BOT_ID && !env.BOT_TENANT_ID) {
      ctx.addIssue({ code: 'custom', path: ['BOT_TENANT_ID'], message: 'is required when BOT_ID is set (the bot is single-tenant)' });
    }
    if (!env.BOT_ID && (env.BOT_PASSWORD || env.BOT_TENANT_ID)) {
      ctx.addIssue({ code: 'custom', path: ['BOT_ID'], message: 'is required when BOT_PASSWORD or BOT_TENANT_ID is set' });
    }
  })
  // NOTE: local mode trusts every request, so by default it listens on this machine only.
  .transform((env) => ({ ...env, HOST: env.HOST ?? (env.BOT_ID ? '0.0.0.0' : '127.0.0.1') }));

export type Config = z.infer<typeof schema>;

/** The keys and their descriptions, for the env.sample check and the README. */
export const configKeys: Record<string, string> = Object.fromEntries(
  Object.entries((schema._def.schema._def.schema as z.AnyZodObject).shape).map(([key, value]) => [
    key,
    (value as z.ZodTypeAny).description ?? '',
  ]),
);

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the settings; throws a {@link ConfigError} whose message is one line per bad key. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`);
  throw new ConfigError(lines.join('; '));
}

/**
 * Loads settings from a `.env` file (KEY=value lines, as env.sample shows) when one is there; values
 * already in the environment win. For `npm start` and the CLIs; hosts usually set the environment.
 */
export function loadEnvFile(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}

/** True when the bot runs without Bot Framework credentials (Agents Playground, tests). */
export function isLocalMode(config: Config): boolean {
  return !config.BOT_ID;
}
