import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** JSON with sorted keys, so the same data always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([k, v]) => k !== 'verb' && v !== undefined);
    return `{${entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The idempotency key of a card submission: the conversation, the card message, the verb, the person
 * and what they submitted. Teams redelivers a slow invoke with all of these the same, so it is
 * recorded once; a deliberate new submission differs at least in the version the card carries.
 */
export function submissionKey(activity: Partial<Activity>, verb: string, data: unknown): string {
  const who = activity.from?.aadObjectId ?? activity.from?.id ?? '';
  const parts = [activity.conversation?.id ?? '', activity.replyToId ?? '', verb, who, canonical(data)];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
