import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { type AskMemory, askMemorySchema } from '../../nlu/intents';
import { type AskCatalogue, createAskCache } from '../../services/ask/ask-catalogue';
import { answerMessage } from '../../services/ask/answer-compound';
import { askerCommittees } from '../../services/asker-committees';
import { cannotAnswerYet } from '../../services/describe-catalogue';
import type { BotDeps } from '../deps';
import { toActor } from '../actor';
import { cardMessage } from '../reply';
import type { AppTurnState } from '../turn-state';
import { renderAnswerCard } from '../../views/ask-card';

/** Free text with no card submission: a member's question. Exact commands are registered before this route. */
async function isQuestion(context: TurnContext): Promise<boolean> {
  const { activity } = context;
  return activity.type === 'message' && !!activity.text?.trim() && !activity.value;
}

/** In a channel, each new post is its own thread (conversation); the channel itself, without the thread. */
function channelOf(context: TurnContext): string | undefined {
  const conversation = context.activity.conversation;
  return conversation?.conversationType === 'channel' ? conversation.id.replace(/;messageid=.*$/, '') : undefined;
}

/** Channels remembered per person: the latest few. */
const CHANNELS_REMEMBERED = 5;

function rememberFor(current: Record<string, AskMemory> | undefined, channel: string, memory: AskMemory): Record<string, AskMemory> {
  const kept = Object.entries(current ?? {}).filter(([key]) => key !== channel).slice(-(CHANNELS_REMEMBERED - 1));
  return Object.fromEntries([...kept, [channel, memory]]);
}

/**
 * Members ask: any free text no exact command took is a question about the council's data. The answer
 * is an Adaptive Card (`cards/answer-<kind>.json`); the conversation remembers its subject so that
 * "and the target?" follows on. Must be registered after every exact command and before the fallback.
 */
export function registerAsk(app: Application<AppTurnState>, deps: BotDeps): { warmUp(): Promise<void>; catalogue(): Promise<AskCatalogue> } {
  deps.commands.add({
    audience: 'Anyone',
    usage: 'Ask in your own words',
    summary: 'e.g. "custody rate in Telford v England", "who leads 1.9 and is it late", "anything overdue in priority 4 of the YOT plan", "when does cabinet next meet". Follow-ups such as "and the target?" keep the subject.',
  });
  deps.commands.add({ audience: 'Anyone', usage: 'more', summary: 'The next page of a long list.' });
  const cache = createAskCache(deps.stores.catalogue, deps.directory.people, { questions: deps.stores.questions, snapshots: deps.askSnapshots });

  app.message(isQuestion, async (context, state) => {
    const started = performance.now();
    const catalogue = await cache.get();
    if (catalogue.index.entries.length === 0) {
      await context.sendActivity(cannotAnswerYet);
      return;
    }
    const channel = channelOf(context);
    const held = state.conversation.ask ?? (channel ? state.user.askByChannel?.[channel] : undefined);
    // NOTE: a conversation's first question has nothing to check (zod would build an error to say so).
    const memory = held === undefined ? undefined : askMemorySchema.safeParse(held);
    const committees = askerCommittees(deps.directory, toActor(context.activity));
    const { answers, memory: remembered } = await answerMessage(catalogue, deps.stores, {
      text: context.activity.text ?? '',
      ...(memory?.success ? { memory: memory.data } : {}),
      committees,
      ...(channel ? { channelId: channel } : {}),
      now: deps.clock(),
      timeZone: deps.timeZone,
    });
    if (remembered) {
      state.conversation.ask = remembered;
      if (channel) state.user.askByChannel = rememberFor(state.user.askByChannel, channel, remembered);
    }
    // Two questions in one get one card each, in the order they were asked.
    for (const answer of answers) await context.sendActivity(cardMessage(renderAnswerCard(deps.cards, answer)));
    // NOTE: the question itself may hold personal data: only its outcome is logged.
    deps.logger.debug({ answerKinds: answers.map((a) => a.kind), ms: Math.round(performance.now() - started) }, 'question answered');
  });

  // Builds the question index before the first member asks, instead of during their turn.
  return { warmUp: async () => void (await cache.get()), catalogue: () => cache.get() };
}
