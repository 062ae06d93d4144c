import type { Application } from '@microsoft/teams-ai';
import { outboxStatus, retryOutbox } from '../../services/outbox/outbox-status';
import { outboxCard, retrySentence } from '../../views/outbox-card';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';
import { onCardVerb } from './card-verbs';

export const outboxCommand = /^\s*outbox\s*[?.!]*\s*$/i;
export const retryCommand = /^\s*outbox\s+retry\s+(all|\S+)\s*$/i;

/** "outbox" and "outbox retry <key>|all": what the bot could not deliver, for its administrators. */
export function registerOutboxRoutes(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Administrators', usage: 'outbox', summary: 'Reminders, notices and feed posts waiting, retrying or given up, and why.' });
  deps.commands.add({ audience: 'Administrators', usage: 'outbox retry [key] (or all)', summary: 'Send messages that were given up on again, once the cause is fixed.' });

  app.message(outboxCommand, async (context) => {
    const view = await outboxStatus(deps.stores.outbox, deps.directory, toActor(context.activity));
    if (view.kind === 'refused') return void (await context.sendActivity(view.message));
    const card = outboxCard(deps, view);
    await context.sendActivity(cardMessage(card));
  });

  const retry = async (actor: ReturnType<typeof toActor>, key: string | undefined) => {
    const outcome = await retryOutbox(deps.stores.outbox, deps.directory, actor, key, deps.clock());
    deps.logger.info({ command: 'outbox retry', outcome: outcome.kind }, 'outbox command');
    if (outcome.kind === 'refused') return outcome.message;
    return retrySentence(outcome.count, key);
  };

  app.message(retryCommand, async (context) => {
    const key = retryCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    await context.sendActivity(await retry(toActor(context.activity), key.toLowerCase() === 'all' ? undefined : key));
  });

  onCardVerb(app, 'outbox.retry', async (context, { key }) => retry(toActor(context.activity), key));
}
