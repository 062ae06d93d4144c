import { randomBytes } from 'node:crypto';
import { CardFactory, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import type { CardRenderer } from '../cards/render';
import { asBotError, StoreUnavailableError } from '../errors';
import type { Logger } from '../logger';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A short reference a person can quote to IT, matching the log line of the failure. */
export function newErrorReference(): string {
  return [...randomBytes(8)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/**
 * The one place an unexpected failure in a turn ends: logged once with the activity and conversation
 * ids and a reference, and the person gets a short apology with that reference, never a stack trace.
 */
export async function reportTurnError(
  context: TurnContext,
  error: unknown,
  logger: Logger,
  cards: CardRenderer,
): Promise<void> {
  const reference = newErrorReference();
  const failure = asBotError(error);
  const activity = context.activity;
  const cause = failure.cause instanceof Error ? failure.cause : undefined;
  logger.error(
    {
      reference,
      code: failure.code,
      activityId: activity?.id,
      activityType: activity?.type,
      conversationId: activity?.conversation?.id,
      err: { message: failure.message, stack: failure.stack, cause: cause?.message },
    },
    'turn failed',
  );

  const message =
    failure instanceof StoreUnavailableError
      ? "I can't reach the council data store right now, so nothing was changed. Please try again in a minute."
      : 'Sorry, something went wrong on my side and I could not finish that. Please try again; if it keeps happening, give your IT team the reference below.';

  try {
    if (activity?.type === 'invoke') {
      // NOTE: an invoke needs an invoke response or Teams shows its own vague error on the card.
      context.turnState.set(INVOKE_RESPONSE_KEY, {
        type: 'invokeResponse',
        value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: `${message} (reference ${reference})` } },
      });
      return;
    }
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(cards.render('apology', { message, reference }))] });
  } catch (sendError) {
    logger.warn({ reference, err: { message: (sendError as Error).message } }, 'could not send the apology');
  }
}
