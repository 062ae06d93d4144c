import type { Application } from '@microsoft/teams-ai';
import { describeCatalogue } from '../../services/describe-catalogue';
import { helpCard } from '../../views/help-card';
import type { BotDeps } from '../deps';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';

// NOTE: teams-ai matches a string keyword as a substring ("can you help" would match), so exact
// commands are anchored regular expressions.
export const helpCommand = /^\s*(help|\?|what can you do\??)\s*[.!?]*\s*$/i;

/** `help`: the commands wired up, by audience, and how much data is loaded. */
export function registerHelp(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Anyone', usage: 'help', summary: 'What I can do, and how much council data I hold.' });

  app.message(helpCommand, async (context) => {
    const card = helpCard(deps.cards, deps.commands.sections(), await describeCatalogue(deps.stores.health));
    await context.sendActivity(cardMessage(card));
  });
}
