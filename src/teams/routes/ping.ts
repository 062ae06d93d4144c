import type { Application } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import type { AppTurnState } from '../turn-state';

// NOTE: anchored, so "ping me when 1.9 is updated" is a question, not this command.
export const pingCommand = /^\s*ping\s*[.!?]*\s*$/i;

/**
 * `ping`: answers "pong" with no data lookup. An operator's liveness check from Teams, and the echo
 * turn the ask benchmark compares question turns against (same HTTP, adapter, state and lock path).
 */
export function registerPing(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Administrators', usage: 'ping', summary: 'Checks that I am answering: I reply "pong".' });

  app.message(pingCommand, async (context) => {
    await context.sendActivity('pong');
  });
}
