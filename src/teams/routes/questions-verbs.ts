import type { TurnContext } from 'botbuilder';
import type { QuestionContext } from '../../services/questions/context';
import type { BotDeps } from '../deps';

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

/** The conversation a chair is in, when it is one the "Submit a question" card can be posted to. */
export function sharedConversationId(context: TurnContext): string | undefined {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? context.activity.conversation.id : undefined;
}
