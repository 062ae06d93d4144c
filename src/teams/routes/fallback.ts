import { ActivityTypes, INVOKE_RESPONSE_KEY } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { cannotAnswerYet, describeCatalogue } from '../../services/describe-catalogue';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';

/**
 * Anything no other route took. MUST be registered last: teams-ai routes are first-match-wins.
 * It never guesses: it says what it could not do and how to find out what it can.
 */
export function registerFallback(app: Application<AppTurnState>, deps: BotDeps): void {
  // A card button whose verb no route handles (an old card, a removed feature): answer the invoke
  // so Teams shows a clear message on the card instead of its own error.
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    async (context) => {
      context.turnState.set(INVOKE_RESPONSE_KEY, {
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 200,
          body: {
            statusCode: 200,
            type: 'application/vnd.microsoft.activity.message',
            value: 'That card is out of date or not one I recognise, so nothing was changed. Type help to start again.',
          },
        },
      });
    },
    true,
  );

  app.activity(ActivityTypes.Message, async (context) => {
    const text = (context.activity.text ?? '').trim();
    if (!text && context.activity.value) {
      await context.sendActivity('That card is out of date or not one I recognise, so nothing was changed. Type help to start again.');
      return;
    }
    const summary = await describeCatalogue(deps.stores.health);
    await context.sendActivity(
      summary.isEmpty
        ? cannotAnswerYet
        : "I didn't recognise that as something I can do yet. Type help to see what I can do.",
    );
  });
}
