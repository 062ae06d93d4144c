import type { Application } from '@microsoft/teams-ai';
import { describeCatalogue, emptyCatalogueNote } from '../../services/describe-catalogue';
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
    const summary = await describeCatalogue(deps.stores.health);
    const card = deps.cards.render('help', {
      title: 'What I can do',
      intro: 'Type a command in this chat. In a channel or group chat, @mention me first.',
      sections: deps.commands.sections(),
      dataNote: summary.isEmpty
        ? emptyCatalogueNote
        : `Council data loaded: ${summary.sentence}.`,
    });
    await context.sendActivity(cardMessage(card));
  });
}
