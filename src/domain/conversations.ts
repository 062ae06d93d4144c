/** The conversations the bot is installed in, as kept between turns. */

export type ConversationType = 'personal' | 'groupChat' | 'channel';

/** Where the bot can message proactively: a Bot Framework conversation reference and what it is. */
export interface ConversationRecord {
  id: string;
  conversationType: ConversationType;
  tenantId?: string;
  teamId?: string;
  channelId?: string;
  serviceUrl: string;
  reference: Record<string, unknown>;
  installed: boolean;
}
