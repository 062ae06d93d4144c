import type { Activity } from 'botbuilder';
import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(512), name: z.string().max(512).optional(), aadObjectId: z.string().max(64).optional() }).passthrough();

/**
 * The shape an incoming Bot Framework activity must have before the adapter sees it: the fields the
 * bot reads are the types they should be. Everything else passes through untouched.
 */
export const incomingActivity = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    from: account,
    recipient: account,
    conversation: z
      .object({ id: z.string().min(1).max(1024), conversationType: z.string().max(64).optional(), tenantId: z.string().max(64).optional() })
      .passthrough(),
    text: z.string().max(28_000).optional(),
    name: z.string().max(256).optional(),
    replyToId: z.string().max(512).optional(),
    entities: z.array(z.record(z.unknown())).max(64).optional(),
    attachments: z.array(z.record(z.unknown())).max(32).optional(),
    channelData: z.record(z.unknown()).optional(),
    membersAdded: z.array(account).max(1000).optional(),
    membersRemoved: z.array(account).max(1000).optional(),
  })
  .passthrough();

type Fields = Record<string, unknown>;

/** An object as JSON gives it (zod reads anything else as another type, or leaves it to zod). */
const isPlain = (v: unknown): v is Fields =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype && typeof (v as Fields).then !== 'function';
const text = (v: unknown, min: number, max: number) => typeof v === 'string' && v.length >= min && v.length <= max;
const optional = (v: unknown, max: number) => v === undefined || text(v, 0, max);
const isAccount = (v: unknown) => isPlain(v) && text(v.id, 1, 512) && optional(v.name, 512) && optional(v.aadObjectId, 64);
const listOf = (v: unknown, max: number, each: (item: unknown) => boolean) => v === undefined || (Array.isArray(v) && v.length <= max && v.every(each));

/** The last service URL found well formed: Teams sends a handful, so a turn seldom parses one. */
let urlSeen: string | undefined;
function isUrl(v: unknown): boolean {
  if (!text(v, 1, 2048)) return false;
  if (v === urlSeen) return true;
  try {
    new URL(v as string);
  } catch {
    return false;
  }
  urlSeen = v as string;
  return true;
}

/**
 * {@link incomingActivity}'s rules in plain code, for the activities that keep them (nearly all): true
 * only where the schema would pass the body too. Anything else is left to the schema, which says why.
 * Parsing every activity with zod was about a twentieth of a ping turn's processor time, and its
 * allocations a tenth.
 */
function keepsTheRules(body: unknown): boolean {
  if (!isPlain(body)) return false;
  const { conversation: c } = body;
  return (
    text(body.type, 1, 64) &&
    optional(body.id, 512) &&
    text(body.channelId, 1, 64) &&
    isUrl(body.serviceUrl) &&
    isAccount(body.from) &&
    isAccount(body.recipient) &&
    isPlain(c) &&
    text(c.id, 1, 1024) &&
    optional(c.conversationType, 64) &&
    optional(c.tenantId, 64) &&
    optional(body.text, 28_000) &&
    optional(body.name, 256) &&
    optional(body.replyToId, 512) &&
    listOf(body.entities, 64, isPlain) &&
    listOf(body.attachments, 32, isPlain) &&
    (body.channelData === undefined || isPlain(body.channelData)) &&
    listOf(body.membersAdded, 1000, isAccount) &&
    listOf(body.membersRemoved, 1000, isAccount)
  );
}

/** A one-line reason an activity was refused, naming the first bad field. */
export function activityProblem(body: unknown): string | undefined {
  if (keepsTheRules(body)) return undefined;
  const result = incomingActivity.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.') || 'activity'}: ${issue.message}`;
}

/**
 * The request body as botbuilder's Activity, with its date-time fields as dates (what
 * CloudAdapter.process does before a turn; the bot calls the adapter below that).
 */
export function toActivity(body: Record<string, unknown>): Activity {
  const activity = { ...body } as Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}
