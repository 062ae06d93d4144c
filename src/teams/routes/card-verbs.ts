import { CardFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCard, Application } from '@microsoft/teams-ai';
import type { CardJson } from '../../cards/render';
import { type CardReply, ForAll } from '../../views/card-reply';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';
import { type CardVerb, cardVerbs, parseVerb, type VerbData } from '../verbs';

export { type CardReply, ForAll, forAll } from '../../views/card-reply';

/** The reply as a new message: the sentence or the card. */
export async function sendReply(context: TurnContext, reply: CardReply): Promise<void> {
  await context.sendActivity(typeof reply === 'string' ? reply : cardMessage(reply instanceof ForAll ? reply.card : reply));
}

/** Replaces the card the person pressed, for everyone in the conversation; false when it cannot be found. */
async function replaceForAll(context: TurnContext, card: CardJson): Promise<boolean> {
  const id = context.activity.replyToId;
  if (!id) return false;
  await context.updateActivity({ type: 'message', id, attachments: [CardFactory.adaptiveCard(card)] });
  return true;
}

/** A verb's handler: the data parsed by the verb's schema, and the card's raw data (for an idempotency key). */
type VerbHandler<V extends CardVerb, R> = (context: TurnContext, data: VerbData<V>, raw: Record<string, unknown>) => Promise<R>;

/** Parses the data by the verb's schema in {@link cardVerbs}; data that does not fit gets the verb's stale answer. */
function parsed<V extends CardVerb, R>(verb: V, handle: VerbHandler<V, R>, onStale?: () => void) {
  return async (context: TurnContext, data: unknown): Promise<R | string> => {
    const raw = (data ?? {}) as Record<string, unknown>;
    const input = parseVerb(verb, raw);
    if (input !== undefined) return handle(context, input, raw);
    onStale?.();
    return cardVerbs[verb].stale;
  };
}

/**
 * Routes a card verb from both Action.Execute (an invoke: the reply card replaces the pressed one for
 * the person who pressed it, and for everyone when it is {@link ForAll}) and the Action.Submit fallback
 * of older clients (a message with `value.verb`: the reply comes as a new message), through one handler
 * that gets the data as the verb's schema parsed it (teams/verbs.ts).
 *
 * @remarks
 * Only a recorded result replaces the card for everyone: a rejected submission, a form with what
 * someone typed or a chair's decision goes back to that person alone.
 */
export function onCardVerb<V extends CardVerb>(app: Application<AppTurnState>, verb: V, handle: VerbHandler<V, CardReply>): void {
  const run = parsed(verb, handle);
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
    const reply = await run(context, data);
    if (typeof reply === 'string') return reply;
    if (!(reply instanceof ForAll)) return reply as AdaptiveCard;
    await replaceForAll(context, reply.card);
    return reply.card as AdaptiveCard;
  });
  app.adaptiveCards.actionSubmit(verb, async (context, _state, data) => {
    const reply = await run(context, data);
    if (reply instanceof ForAll && (await replaceForAll(context, reply.card))) return;
    await sendReply(context, reply);
  });
}

/**
 * Registers a refresh verb (a per-person view). Its answer goes straight into the invoke response:
 * teams-ai would post a card that carries a `refresh` to everyone in the conversation (and keep doing
 * so for that verb), and a per-person view must reach only the person whose client asked for it.
 * Data that does not fit is logged as refused.
 */
export function onView<V extends CardVerb>(app: Application<AppTurnState>, verb: V, log: (outcome: string) => void, view: VerbHandler<V, CardJson | string>): void {
  const run = parsed(verb, view, () => log('refused'));
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
    const reply = await run(context, data);
    const body = typeof reply === 'string' ? { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply } : { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: reply };
    await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
    // NOTE: teams-ai sends nothing more once an invoke response is there, so what is returned is unused.
    return '';
  });
}
