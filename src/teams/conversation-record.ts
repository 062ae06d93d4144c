import { type Activity, TurnContext } from 'botbuilder';
import type { ConversationStore } from '../store/ports';
import type { ConversationRecord, ConversationType } from '../domain/conversations';
import { readTenant } from './tenant';

const types: ConversationType[] = ['personal', 'groupChat', 'channel'];

/** What the bot needs to message this conversation later, taken from an incoming activity. */
export function toConversationRecord(activity: Partial<Activity>): ConversationRecord | undefined {
  const conversation = activity.conversation;
  if (!conversation?.id || !activity.serviceUrl) return undefined;
  const channelData = (activity.channelData ?? {}) as {
    team?: { id?: string };
    channel?: { id?: string };
  };
  const declared = conversation.conversationType as ConversationType | undefined;
  const conversationType: ConversationType =
    declared && types.includes(declared) ? declared : channelData.channel?.id ? 'channel' : conversation.isGroup ? 'groupChat' : 'personal';
  // NOTE: the id of the message being answered is left out (proactive sends post new messages), and
  // so is the person who spoke last in a group chat or channel (a post there is to everyone); so the
  // reference stays the same from one turn to the next and need not be rewritten.
  const { activityId: _answered, user, ...rest } = TurnContext.getConversationReference(activity);
  const reference = conversationType === 'personal' ? { ...rest, user } : rest;
  return {
    id: conversation.id,
    conversationType,
    tenantId: readTenant(activity).tenant,
    teamId: channelData.team?.id,
    channelId: channelData.channel?.id,
    serviceUrl: activity.serviceUrl,
    reference: reference as Record<string, unknown>,
    installed: true,
  };
}

/** An install or membership event: about the conversation itself (its reference is always written). */
export function isLifecycle(activity: Partial<Activity>): boolean {
  return activity.type === 'conversationUpdate' || activity.type === 'installationUpdate';
}

const MAX_REMEMBERED = 20_000;
/** How often an unchanged reference is written anyway, so `last_seen` stays roughly true. */
const REFRESH_MS = 15 * 60_000;

/**
 * Keeps the stored conversation references current without a database write on every turn: a
 * reference is written when it is new to this instance, when it changed (another service URL, another
 * person speaking in a group chat), on every install or membership event, and otherwise at most every
 * quarter of an hour.
 */
export class ConversationRecorder {
  private readonly written = new Map<string, { json: string; at: number }>();

  constructor(
    private readonly store: Pick<ConversationStore, 'upsert'>,
    private readonly now: () => number = Date.now,
  ) {}

  async remember(activity: Partial<Activity>): Promise<void> {
    const record = toConversationRecord(activity);
    if (!record) return;
    const json = JSON.stringify(record);
    const last = this.written.get(record.id);
    if (!isLifecycle(activity) && last && last.json === json && this.now() - last.at < REFRESH_MS) return;
    // NOTE: forgotten before the write, so a failed write is retried on the next turn.
    this.written.delete(record.id);
    // NOTE: stored from its JSON, a copy apart from the activity (whose objects the reference shares).
    await this.store.upsert(JSON.parse(json) as ConversationRecord);
    if (this.written.size >= MAX_REMEMBERED) {
      const oldest = this.written.keys().next().value;
      if (oldest !== undefined) this.written.delete(oldest);
    }
    this.written.set(record.id, { json, at: this.now() });
  }
}
