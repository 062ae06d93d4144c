import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { smallTalkOf } from '../../language/small-talk';
import { describeCatalogue } from '../../services/describe-catalogue';
import { thanksReply } from '../../views/small-talk';
import { welcomeCard } from '../../views/welcome-card';
import type { BotDeps } from '../deps';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';

const talk = (context: TurnContext) => (context.activity.attachments?.some((a) => a.contentType !== 'text/html') ? undefined : smallTalkOf(context.activity.text ?? ''));

/**
 * "Hi", "thanks", "cheers", "👍": messages that ask nothing get the welcome card (what the bot does
 * and holds) or a short reply, not "I couldn't find anything that answers 'thanks'".
 */
export function registerSmallTalk(app: Application<AppTurnState>, deps: BotDeps): void {
  const isSmallTalk = async (context: TurnContext) => talk(context) !== undefined;
  app.message(
    isSmallTalk,
    async (context) => {
      // NOTE: read again here (a selector cannot hand on what it read); a message is at most 100 characters to read.
      if (talk(context) === 'greeting') await context.sendActivity(cardMessage(welcomeCard(deps.cards, await describeCatalogue(deps.stores.health))));
      else await context.sendActivity(thanksReply);
    },
  );
}
