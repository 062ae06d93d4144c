import type { TurnContext } from 'botbuilder';
import type { QuestionContext } from '../../services/questions/context';
import type { Delivery } from '../../services/questions/notify';
import type { BotDeps } from '../deps';

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
