import type { Application } from '@microsoft/teams-ai';
import { forgetConversation } from '../../services/forget-conversation';
import { describeCatalogue } from '../../services/describe-catalogue';
import { welcomeCard } from '../../views/welcome-card';
import type { BotDeps } from '../deps';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';

/** Welcome when the bot is installed for a person or added to a chat or team; forget a removal. */
export function registerWelcome(app: Application<AppTurnState>, deps: BotDeps): void {
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const added = context.activity.membersAdded ?? [];
    if (!added.some((member) => member.id === botId)) return;
    await context.sendActivity(cardMessage(welcomeCard(deps.cards, await describeCatalogue(deps.stores.health))));
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    const botId = context.activity.recipient?.id;
    if ((context.activity.membersRemoved ?? []).some((member) => member.id === botId)) {
      await forgetConversation(deps.stores.conversations, context.activity.conversation.id);
    }
  });

  app.activity('installationUpdate', async (context) => {
    const action = (context.activity as { action?: string }).action ?? '';
    if (action.startsWith('remove')) await forgetConversation(deps.stores.conversations, context.activity.conversation.id);
  });
}
