import type { ConversationStore } from '../store/ports';

/**
 * The bot was removed from a conversation (or uninstalled by a person): its reference is kept but
 * marked, so nothing proactive is sent there again until it is added back.
 */
export async function forgetConversation(conversations: ConversationStore, conversationId: string): Promise<void> {
  await conversations.markUninstalled(conversationId);
}
