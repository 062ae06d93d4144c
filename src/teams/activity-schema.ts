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

/** A one-line reason an activity was refused, naming the first bad field. */
export function activityProblem(body: unknown): string | undefined {
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
