import type { Application } from '@microsoft/teams-ai';
import { plainText } from '../../cards/text';
import { whenIn } from '../../domain/update-dates';
import { outboxStatus, retryOutbox } from '../../services/outbox/outbox-status';
import type { OutboxEntry } from '../../domain/outbox';
import { toActor } from '../actor';
import type { BotDeps } from '../deps';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';
import { onCardVerb } from './card-verbs';

export const outboxCommand = /^\s*outbox\s*[?.!]*\s*$/i;
export const retryCommand = /^\s*outbox\s+retry\s+(all|\S+)\s*$/i;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** One message as the admin card lists it: where it goes, how it went. Never its content. */
function describe(deps: BotDeps, m: OutboxEntry): { label: string; detail: string } {
  const to = m.target.kind === 'user' ? `To a person (Entra id ${m.target.aadObjectId}).` : `To conversation ${m.target.conversationId}.`;
  const when = m.status === 'dead' && m.deadAt ? ` Gave up ${whenIn(m.deadAt, deps.timeZone)}.` : m.nextAttemptAt ? ` Next try ${whenIn(m.nextAttemptAt, deps.timeZone)}.` : '';
  return { label: plainText(m.key), detail: plainText(`${to} ${plural(m.attempts, 'attempt')}. ${m.lastError ?? ''}${when}`) };
}

/** "outbox" and "outbox retry <key>|all": what the bot could not deliver, for its administrators. */
export function registerOutboxRoutes(app: Application<AppTurnState>, deps: BotDeps): void {
  deps.commands.add({ audience: 'Administrators', usage: 'outbox', summary: 'Reminders, notices and feed posts waiting, retrying or given up, and why.' });
  deps.commands.add({ audience: 'Administrators', usage: 'outbox retry [key] (or all)', summary: 'Send messages that were given up on again, once the cause is fixed.' });

  app.message(outboxCommand, async (context) => {
    const view = await outboxStatus(deps.stores.outbox, deps.directory, toActor(context.activity));
    if (view.kind === 'refused') return void (await context.sendActivity(view.message));
    const { counts } = view;
    const card = deps.cards.render('outbox-status', {
      title: 'Outbox',
      intro: 'Messages the bot sends outside a conversation (reminders, notices, feed posts), and how their delivery went.',
      counts: [
        { label: 'Waiting', value: String(counts.pending) },
        { label: 'Being sent', value: String(counts.sending) },
        { label: 'Sent', value: String(counts.sent) },
        { label: 'Given up', value: String(counts.dead) },
      ],
      sections: [
        { heading: 'Given up (kept; retry when the cause is fixed)', items: view.dead.map((m) => describe(deps, m)) },
        { heading: 'Waiting to try again', items: view.retrying.map((m) => describe(deps, m)) },
      ].filter((s) => s.items.length > 0),
      note: counts.dead + view.retrying.length === 0
        ? 'Nothing is failing.'
        : 'Type outbox retry followed by a key to retry one message, or press the button to retry everything given up.',
      canRetry: counts.dead > 0,
    });
    await context.sendActivity(cardMessage(card));
  });

  const retry = async (actor: ReturnType<typeof toActor>, key: string | undefined) => {
    const outcome = await retryOutbox(deps.stores.outbox, deps.directory, actor, key, deps.clock());
    deps.logger.info({ command: 'outbox retry', outcome: outcome.kind }, 'outbox command');
    if (outcome.kind === 'refused') return outcome.message;
    if (outcome.count === 0) return key ? `No message given up on has the key ${key}. Type outbox to see them.` : 'Nothing had been given up on.';
    return `${plural(outcome.count, 'message')} back in the queue; they go out within a minute.`;
  };

  app.message(retryCommand, async (context) => {
    const key = retryCommand.exec(context.activity.text ?? '')?.[1] ?? '';
    await context.sendActivity(await retry(toActor(context.activity), key.toLowerCase() === 'all' ? undefined : key));
  });

  onCardVerb(app, 'outbox.retry', async (context, data) => {
    const key = typeof data.key === 'string' && data.key ? data.key : undefined;
    return retry(toActor(context.activity), key);
  });
}
