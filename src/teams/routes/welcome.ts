import type { Application } from '@microsoft/teams-ai';
import { describeCatalogue, emptyCatalogueNote } from '../../services/describe-catalogue';
import type { BotDeps } from '../deps';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';

const intro =
  "I answer questions about the council's plans, actions, indicators and meetings from the published papers, take status updates from action leads, and gather members' questions before overview and scrutiny meetings.";

/** Builds the welcome card's view model from what the store holds. */
export async function welcomeCard(deps: BotDeps) {
  const summary = await describeCatalogue(deps.stores.health);
  return deps.cards.render('welcome', {
    title: 'Board and scrutiny assistant',
    intro,
    hasData: !summary.isEmpty,
    counts: [
      { label: 'Plans', value: String(summary.counts.plans) },
      { label: 'Actions', value: String(summary.counts.actions) },
      { label: 'Indicators', value: String(summary.counts.indicators) },
      { label: 'Meetings', value: String(summary.counts.meetings) },
    ],
    emptyNote:
      emptyCatalogueNote,
    helpHint: 'Type help at any time to see what I can do. In a channel, @mention me first.',
  });
}

/** Welcome when the bot is installed for a person or added to a chat or team; forget a removal. */
export function registerWelcome(app: Application<AppTurnState>, deps: BotDeps): void {
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const added = context.activity.membersAdded ?? [];
    if (!added.some((member) => member.id === botId)) return;
    await context.sendActivity(cardMessage(await welcomeCard(deps)));
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    const botId = context.activity.recipient?.id;
    if ((context.activity.membersRemoved ?? []).some((member) => member.id === botId)) {
      await deps.stores.conversations.markUninstalled(context.activity.conversation.id);
    }
  });

  app.activity('installationUpdate', async (context) => {
    const action = (context.activity as { action?: string }).action ?? '';
    if (action.startsWith('remove')) await deps.stores.conversations.markUninstalled(context.activity.conversation.id);
  });
}
