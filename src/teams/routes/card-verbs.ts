import { CardFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCard, Application } from '@microsoft/teams-ai';
import type { CardJson } from '../../cards/render';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';

/** A result card that replaces the pressed card for everyone in the conversation, not only the presser. */
export class ForAll {
  constructor(readonly card: CardJson) {}
}

/**
 * What a card verb (or a typed command) answers: a sentence, a card for the person who asked (a form,
 * a choice, a chair's decision), or a result everyone should see ({@link ForAll}).
 */
export type CardReply = string | CardJson | ForAll;

export const forAll = (card: CardJson): ForAll => new ForAll(card);

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

/**
 * Routes a card verb from both Action.Execute (an invoke: the reply card replaces the pressed one for
 * the person who pressed it, and for everyone when it is {@link ForAll}) and the Action.Submit fallback
 * of older clients (a message with `value.verb`: the reply comes as a new message), through one handler.
 *
 * @remarks
 * Only a recorded result replaces the card for everyone: a rejected submission, a form with what
 * someone typed or a chair's decision goes back to that person alone.
 */
export function onCardVerb(
  app: Application<AppTurnState>,
  verb: string,
  handle: (context: TurnContext, data: Record<string, unknown>) => Promise<CardReply>,
): void {
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
    const reply = await handle(context, (data ?? {}) as Record<string, unknown>);
    if (typeof reply === 'string') return reply;
    if (!(reply instanceof ForAll)) return reply as AdaptiveCard;
    await replaceForAll(context, reply.card);
    return reply.card as AdaptiveCard;
  });
  app.adaptiveCards.actionSubmit(verb, async (context, _state, data) => {
    const reply = await handle(context, (data ?? {}) as Record<string, unknown>);
    if (reply instanceof ForAll && (await replaceForAll(context, reply.card))) return;
    await sendReply(context, reply);
  });
}
