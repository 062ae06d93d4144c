import { type Activity, TurnContext } from 'botbuilder';
import type { ConversationRecord, ConversationType } from '../store/ports';

const types: ConversationType[] = ['personal', 'groupChat', 'channel'];

/** What the bot needs to message this conversation later, taken from an incoming activity. */
export function toConversationRecord(activity: Partial<Activity>): ConversationRecord | undefined {
  const conversation = activity.conversation;
  if (!conversation?.id || !activity.serviceUrl) return undefined;
  const channelData = (activity.channelData ?? {}) as {
    tenant?: { id?: string };
    team?: { id?: string };
    channel?: { id?: string };
  };
  const declared = conversation.conversationType as ConversationType | undefined;
  const conversationType: ConversationType =
    declared && types.includes(declared) ? declared : channelData.channel?.id ? 'channel' : conversation.isGroup ? 'groupChat' : 'personal';
  return {
    id: conversation.id,
    conversationType,
    tenantId: conversation.tenantId ?? channelData.tenant?.id,
    teamId: channelData.team?.id,
    channelId: channelData.channel?.id,
    serviceUrl: activity.serviceUrl,
    reference: JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<string, unknown>,
    installed: true,
  };
}
