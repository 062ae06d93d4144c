import { createHash } from 'node:crypto';
import { type Activity, CardFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCard, Application } from '@microsoft/teams-ai';
import type { CardJson } from '../../cards/render';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';

/** What a card verb answers: a card (replacing the clicked one for everyone, or not), or a short message. */
export type CardReply = { card: CardJson; forAll: boolean } | { text: string };

/** JSON with sorted keys, so the same data always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([k, v]) => k !== 'verb' && v !== undefined);
    return `{${entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The idempotency key of a card submission: the conversation, the card message, the verb, the person
 * and what they submitted. Teams redelivers a slow invoke with all of these the same, so it is
 * recorded once; a deliberate new submission differs at least in the version the card carries.
 */
export function submissionKey(activity: Partial<Activity>, verb: string, data: unknown): string {
  const who = activity.from?.aadObjectId ?? activity.from?.id ?? '';
  const parts = [activity.conversation?.id ?? '', activity.replyToId ?? '', verb, who, canonical(data)];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Replaces the card the person pressed, for everyone in the conversation; false when it cannot be found. */
async function replaceForAll(context: TurnContext, card: CardJson): Promise<boolean> {
  const id = context.activity.replyToId;
  if (!id) return false;
  await context.updateActivity({ type: 'message', id, attachments: [CardFactory.adaptiveCard(card)] });
  return true;
}

/**
 * Routes a card verb from both Action.Execute (an invoke: the reply card replaces the clicked one for
 * the person who pressed it, and for everyone when `forAll`) and the Action.Submit fallback of older
 * clients (a message with `value.verb`), through the one handler.
 *
 * @remarks
 * Only a result replaces the card for everyone: a rejected submission goes back to the person who
 * typed it, so their half-finished input is not shown to the whole channel.
 */
export function onCardVerb(
  app: Application<AppTurnState>,
  verb: string,
  handle: (context: TurnContext, data: Record<string, unknown>) => Promise<CardReply>,
): void {
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
    const reply = await handle(context, (data ?? {}) as Record<string, unknown>);
    if ('text' in reply) return reply.text;
    if (reply.forAll) await replaceForAll(context, reply.card);
    return reply.card as AdaptiveCard;
  });
  app.adaptiveCards.actionSubmit(verb, async (context, _state, data) => {
    const reply = await handle(context, (data ?? {}) as Record<string, unknown>);
    if ('text' in reply) {
      await context.sendActivity(reply.text);
      return;
    }
    if (reply.forAll && (await replaceForAll(context, reply.card))) return;
    await context.sendActivity(cardMessage(reply.card));
  });
}
