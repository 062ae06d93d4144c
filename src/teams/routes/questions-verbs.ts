import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard, Application } from '@microsoft/teams-ai';
import type { CardJson } from '../../cards/render';
import type { QuestionContext } from '../../services/questions/context';
import type { Delivery } from '../../services/questions/notify';
import type { BotDeps } from '../deps';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';

/** A card verb's answer: a card for the person who pressed the button, or a sentence. */
export type QuestionReply = CardJson | string;

export const staleCard = 'That card is out of date or not one I recognise, so nothing was changed. Type help to start again.';

/** The question use cases' context for this turn. */
export function questionContext(deps: BotDeps): QuestionContext {
  return {
    questions: deps.stores.questions,
    catalogue: deps.stores.catalogue,
    outbox: deps.stores.outbox,
    cards: deps.cards,
    directory: deps.directory,
    now: deps.clock(),
    timeZone: deps.timeZone,
  };
}

/**
 * Routes a question card verb from Action.Execute (the answer replaces the pressed card for that
 * person only: forms carry what they typed, and chairs' decisions are theirs) and from the
 * Action.Submit fallback (the answer comes as a new message).
 */
export function onQuestionVerb(
  app: Application<AppTurnState>,
  verb: string,
  handle: (context: TurnContext, data: Record<string, unknown>) => Promise<QuestionReply>,
): void {
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
    const reply = await handle(context, (data ?? {}) as Record<string, unknown>);
    return typeof reply === 'string' ? reply : (reply as unknown as AdaptiveCard);
  });
  app.adaptiveCards.actionSubmit(verb, async (context, _state, data) => {
    const reply = await handle(context, (data ?? {}) as Record<string, unknown>);
    await context.sendActivity(typeof reply === 'string' ? reply : cardMessage(reply));
  });
}

/** "Told 2 people." with who could not be reached, for a chair's confirmation. */
export function toldSentence(told: Delivery): string {
  const n = told.queued;
  const base = n === 0 ? 'Nobody needed telling by message.' : `Told ${n} ${n === 1 ? 'person' : 'people'} in a 1:1 chat.`;
  if (told.unreachable.length === 0) return base;
  return `${base} ${told.unreachable.join(', ')} could not be told: no Teams id in the directory.`;
}

/** The conversation a chair is in, when it is one the "Submit a question" card can be posted to. */
export function sharedConversationId(context: TurnContext): string | undefined {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? context.activity.conversation.id : undefined;
}
